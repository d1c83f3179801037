import { beforeAll } from "vitest";
import { useConnectionForTests } from "@/db/client";
import type { Database } from "@/db/types";

/** Points the app's route handlers at this suite's test database. */
export function routesUseDatabase(getDb: () => Database) {
  beforeAll(() => {
    useConnectionForTests({ db: getDb(), driver: "pglite", close: async () => {} });
  });
}
