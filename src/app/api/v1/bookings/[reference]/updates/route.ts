import { postCustomerUpdate } from "@/server/customer-updates/post-customer-update";
import { route } from "@/web/route";

type Params = { reference: string };

/** Posts an update for the customer (staff and admins): `{ text, photoDocumentId?, notifyCustomer }`. */
export const POST = route<Params>({ sameOrigin: true, bodyLimit: 32 * 1024 }, async ({ ctx, params, body }) => {
  const update = await postCustomerUpdate({
    db: ctx.db,
    actor: ctx.actor,
    reference: params.reference,
    input: await body(),
  });
  return Response.json(update, { status: 201 });
});
