"use server";

import { revalidatePath } from "next/cache";
import { retryEmail } from "@/server/email/retry-email";
import { action } from "@/web/action-client";

/** Puts a failed or dead email back in the queue (admins only; the use case checks). */
export const retryEmailAction = action("retryEmailAction", async ({ db, actor }, id: string) => {
  await retryEmail({ db, actor, id });
  revalidatePath(`/admin/emails/${id}`);
  return { data: undefined };
});
