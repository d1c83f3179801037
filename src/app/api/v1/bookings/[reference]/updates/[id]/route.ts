import { withdrawCustomerUpdate } from "@/server/customer-updates/withdraw-customer-update";
import { route } from "@/web/route";

type Params = { reference: string; id: string };

/** Withdraws a wrong update for the customer (admins): no journey shows it any more. */
export const DELETE = route<Params>({ sameOrigin: true }, async ({ ctx, params }) => {
  await withdrawCustomerUpdate({ db: ctx.db, actor: ctx.actor, reference: params.reference, updateId: params.id });
  return new Response(null, { status: 204 });
});
