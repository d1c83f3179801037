import { updateOwnContact } from "@/server/journey/update-own-contact";
import { route } from "@/web/route";

/** The signed-in customer corrects their phone, WhatsApp or preferred contact (never the email). */
export const PATCH = route({ sameOrigin: true }, async ({ ctx, body }) => {
  const contact = await updateOwnContact({ db: ctx.db, actor: ctx.actor, input: await body() });
  return Response.json(contact, { headers: { "Cache-Control": "no-store" } });
});
