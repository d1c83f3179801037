import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { getTableColumns } from "@/server/preferences/get-table-columns";
import { setTableColumns } from "@/server/preferences/set-table-columns";
import { BOOKING_TABLE_COLUMNS } from "@/contracts/preferences/table-columns";
import { createUser } from "@/server/users/create-user";
import { describeEachDatabase } from "../support/each-database";

describeEachDatabase("remembered bookings table columns", (getDb) => {
  let omar: Actor;
  let layla: Actor;

  beforeAll(async () => {
    const unique = Date.now();
    const make = async (name: string): Promise<Actor> => {
      const email = `columns.${name.toLowerCase()}.${unique}@pawpath.test`;
      const user = await createUser({
        db: getDb(),
        input: { email, name, role: "staff", password: "a perfectly fine password" },
      });
      return { id: user.id, name, email, role: "staff" };
    };
    omar = await make("Omar");
    layla = await make("Layla");
  });

  it("shows every column until a person chooses", async () => {
    expect(await getTableColumns({ db: getDb(), actor: omar })).toEqual([...BOOKING_TABLE_COLUMNS]);
  });

  it("remembers one person's choice, in table order, without touching anyone else's", async () => {
    const db = getDb();
    await setTableColumns({ db, actor: omar, columns: ["travelDate", "status", "customer"] });
    expect(await getTableColumns({ db, actor: omar })).toEqual(["reference", "status", "customer", "travelDate"]);
    // A second change replaces the first.
    await setTableColumns({ db, actor: omar, columns: ["status", "pets"] });
    expect(await getTableColumns({ db, actor: omar })).toEqual(["reference", "status", "pets"]);
    expect(await getTableColumns({ db, actor: layla })).toEqual([...BOOKING_TABLE_COLUMNS]);
  });

  it("refuses columns the table does not have", async () => {
    await expect(setTableColumns({ db: getDb(), actor: layla, columns: ["status", "password"] })).rejects.toMatchObject(
      {
        code: "VALIDATION",
        message: "Choose columns the table has",
      },
    );
    await expect(setTableColumns({ db: getDb(), actor: layla, columns: "status" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await getTableColumns({ db: getDb(), actor: layla })).toEqual([...BOOKING_TABLE_COLUMNS]);
  });

  it("is for the team only", async () => {
    await expect(getTableColumns({ db: getDb(), actor: null })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      setTableColumns({ db: getDb(), actor: { ...omar, role: "customer" }, columns: [] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
