import { afterAll, beforeAll, describe } from "vitest";
import { testDatabases, type TestDatabase } from "./databases";

/**
 * Declares a suite once per database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set).
 * The callback gets a getter for that suite's fresh, migrated database.
 */
export function describeEachDatabase(title: string, body: (getDb: () => TestDatabase["db"]) => void) {
  for (const factory of testDatabases) {
    describe(`${title} [${factory.name}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await factory.open();
      });
      afterAll(async () => {
        await database?.close();
      });
      body(() => {
        if (!database) throw new Error("database not open yet");
        return database.db;
      });
    });
  }
}
