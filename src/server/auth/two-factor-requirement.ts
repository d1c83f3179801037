import "server-only";

/**
 * True when the company requires two-factor and this staff member or admin has not turned it on.
 * Customers sign in by emailed link and are never asked.
 */
export function twoFactorPending(
  user: { role: unknown; twoFactorEnabled: unknown },
  requireTwoFactor: boolean,
): boolean {
  if (user.role !== "staff" && user.role !== "admin") return false;
  return user.twoFactorEnabled !== true && requireTwoFactor;
}
