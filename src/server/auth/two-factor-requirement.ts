import "server-only";
import type { Executor } from "@/db/types";
import { readSettings } from "@/server/settings/read-settings";

/**
 * True when the company requires two-factor and this staff member or admin has not turned it on.
 * Customers sign in by emailed link and are never asked. Only a team member without two-factor
 * costs the read of the setting.
 */
export async function mustEnableTwoFactor(
  db: Executor,
  user: { role: unknown; twoFactorEnabled: unknown },
): Promise<boolean> {
  if (user.role !== "staff" && user.role !== "admin") return false;
  if (user.twoFactorEnabled === true) return false;
  return (await readSettings(db, ["requireTwoFactor"])).requireTwoFactor;
}
