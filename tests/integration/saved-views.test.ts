import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/server/access/actor";
import { createSavedView } from "@/server/saved-views/create-saved-view";
import { deleteSavedView } from "@/server/saved-views/delete-saved-view";
import { listSavedViews } from "@/server/saved-views/list-saved-views";
import { createUser } from "@/server/users/create-user";
import { describeEachDatabase } from "../support/each-database";

describeEachDatabase("saved views of the bookings table", (getDb) => {
  let admin: Actor;
  let omar: Actor;
  let layla: Actor;
  let customer: Actor;

  beforeAll(async () => {
    const unique = Date.now();
    const password = "a perfectly fine password";
    const make = async (name: string, role: Actor["role"]): Promise<Actor> => {
      const email = `views.${name.toLowerCase()}.${unique}@pawpath.test`;
      const user = await createUser({ db: getDb(), input: { email, name, role, password } });
      return { id: user.id, name, email, role };
    };
    admin = await make("Amira", "admin");
    omar = await make("Omar", "staff");
    layla = await make("Layla", "staff");
    customer = await make("Carla", "customer");
  });

  it("keeps a private view for its owner and a shared one for the whole team", async () => {
    const db = getDb();
    await createSavedView({
      db,
      actor: omar,
      input: { name: "My pending", shared: false, query: "status=pending&sort=travelDate" },
    });
    await createSavedView({
      db,
      actor: omar,
      input: { name: "Team: UK moves", shared: true, query: "destination=gb" },
    });

    const omarsList = await listSavedViews({ db, actor: omar });
    expect(omarsList.map((view) => view.name)).toEqual(["My pending", "Team: UK moves"]);
    expect(omarsList.every((view) => view.mine && view.canDelete)).toBe(true);

    const laylasList = await listSavedViews({ db, actor: layla });
    expect(laylasList).toEqual([
      expect.objectContaining({
        name: "Team: UK moves",
        shared: true,
        ownerName: "Omar",
        mine: false,
        canDelete: false,
        query: "destination=GB",
      }),
    ]);
  });

  it("stores the view's query in canonical form, without the page, with its columns", async () => {
    const view = await createSavedView({
      db: getDb(),
      actor: layla,
      input: {
        name: "Departures",
        query: "?page=4&sort=-createdAt&status=confirmed,pending&columns=customer,status,travelDate&utm=x",
      },
    });
    expect(view.query).toBe("status=confirmed%2Cpending&columns=reference%2Cstatus%2Ccustomer%2CtravelDate");
    expect(view.shared).toBe(false);
  });

  it("refuses a name already used by the same person, whatever its case, as a field error", async () => {
    const db = getDb();
    await createSavedView({ db, actor: layla, input: { name: "Urgent", query: "" } });
    await expect(
      createSavedView({ db, actor: layla, input: { name: "  urgent ", query: "status=pending" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { name: "You already have a view with this name" },
    });
    // Another person may use the same name.
    await expect(createSavedView({ db, actor: omar, input: { name: "Urgent", query: "" } })).resolves.toMatchObject({
      name: "Urgent",
    });
  });

  it("explains a missing or too long name and filters the table would refuse", async () => {
    const db = getDb();
    await expect(createSavedView({ db, actor: omar, input: { name: "   ", query: "" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { name: "Give the view a name" },
    });
    await expect(
      createSavedView({ db, actor: omar, input: { name: "x".repeat(81), query: "" } }),
    ).rejects.toMatchObject({
      fields: { name: "Keep the name to 80 characters or fewer" },
    });
    await expect(
      createSavedView({ db, actor: omar, input: { name: "Bad", query: "status=lost" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { query: expect.stringContaining("status must be one of") },
    });
    await expect(
      createSavedView({ db, actor: omar, input: { name: "Bad columns", query: "columns=customer,secret" } }),
    ).rejects.toMatchObject({
      fields: { query: expect.stringContaining("columns must be among") },
    });
  });

  it("lets people delete their own views, admins any shared one, and nobody another's private view", async () => {
    const db = getDb();
    const privateView = await createSavedView({ db, actor: omar, input: { name: "Only mine", query: "assignee=me" } });
    const sharedView = await createSavedView({
      db,
      actor: omar,
      input: { name: "Everyone's", shared: true, query: "assignee=unassigned" },
    });

    await expect(deleteSavedView({ db, actor: layla, id: sharedView.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteSavedView({ db, actor: layla, id: privateView.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteSavedView({ db, actor: admin, id: privateView.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteSavedView({ db, actor: omar, id: "not-a-uuid" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect((await listSavedViews({ db, actor: admin })).find((view) => view.id === sharedView.id)?.canDelete).toBe(
      true,
    );
    await deleteSavedView({ db, actor: admin, id: sharedView.id });
    await deleteSavedView({ db, actor: omar, id: privateView.id });
    const names = (await listSavedViews({ db, actor: omar })).map((view) => view.name);
    expect(names).not.toContain("Only mine");
    expect(names).not.toContain("Everyone's");
  });

  it("is closed to customers and to anyone not signed in", async () => {
    const db = getDb();
    await expect(listSavedViews({ db, actor: customer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listSavedViews({ db, actor: null })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(createSavedView({ db, actor: customer, input: { name: "Mine", query: "" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
