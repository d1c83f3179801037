"use server";

import { revalidatePath } from "next/cache";
import { updateOwnContact } from "@/server/journey/update-own-contact";
import { action } from "@/web/action-client";

/** The portal's contact form: the customer corrects their phone, WhatsApp or preferred contact. */
export const updateContact = action("updateContact", async ({ db, actor }, input: unknown) => {
  const contact = await updateOwnContact({ db, actor, input });
  revalidatePath("/portal");
  return { data: contact, message: "Your contact details are saved." };
});
