import { beforeAll } from "vitest";
import { useConnectionForTests } from "@/db/client";
import type { Database } from "@/db/types";
import { testListen } from "./databases";

/** Points the app's route handlers at this suite's test database. */
export function routesUseDatabase(getDb: () => Database) {
  beforeAll(() => {
    const db = getDb();
    useConnectionForTests({ db, driver: "pglite", close: async () => {}, listen: testListen(db) });
  });
}
