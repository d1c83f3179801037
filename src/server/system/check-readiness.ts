import "server-only";
import { sql } from "drizzle-orm";
import { getConnection } from "@/db/client";
import { migrationsAreCurrent } from "@/db/migrate";

export type Readiness = { status: "ready"; database: "pglite" | "pg" } | { status: "not_ready"; reason: string };

const TIMEOUT_MS = 3000;

export async function checkReadiness(): Promise<Readiness> {
  const check = async (): Promise<Readiness> => {
    const { db, driver } = await getConnection();
    await db.execute(sql`select 1`);
    if (!(await migrationsAreCurrent(db))) {
      return { status: "not_ready", reason: "Database migrations are pending: run npm run db:migrate" };
    }
    return { status: "ready", database: driver };
  };
  const timeout = new Promise<Readiness>((resolve) =>
    setTimeout(
      () => resolve({ status: "not_ready", reason: "The database did not answer in time" }),
      TIMEOUT_MS,
    ).unref(),
  );
  try {
    return await Promise.race([check(), timeout]);
  } catch (error) {
    console.error("Readiness check failed", error);
    return { status: "not_ready", reason: "The database is unreachable" };
  }
}
