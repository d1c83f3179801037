"use server";

import { revalidatePath } from "next/cache";
import { setTableColumns } from "@/server/preferences/set-table-columns";
import { createSavedView } from "@/server/saved-views/create-saved-view";
import { deleteSavedView } from "@/server/saved-views/delete-saved-view";
import { action } from "@/web/action-client";

// The bookings table's writes: saved views and the person's columns. Authorisation and validation are
// the use cases'; a refusal comes back as a result, so the table shows it where it happened.

export const saveViewAction = action("saveViewAction", async ({ db, actor }, input: unknown) => {
  const view = await createSavedView({ db, actor, input });
  revalidatePath("/admin");
  return { data: view };
});

export const deleteViewAction = action("deleteViewAction", async ({ db, actor }, id: unknown) => {
  await deleteSavedView({ db, actor, id });
  revalidatePath("/admin");
  return { data: undefined };
});

export const setTableColumnsAction = action("setTableColumnsAction", async ({ db, actor }, columns: unknown) => {
  await setTableColumns({ db, actor, columns });
  return { data: undefined };
});
