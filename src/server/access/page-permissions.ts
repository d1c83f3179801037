import type { Permission } from "./permissions";

// The permission each signed-in page asks requirePagePermission for, by the start of its path, so that a
// not-found page can tell "this page is not for your role" from "there is no such page" (the guard answers
// both with the same 404, which the access rules keep). tests/unit/page-permissions.test.ts holds every
// page's own call to this list. Longest prefix first.
const PAGE_PERMISSIONS: readonly (readonly [prefix: string, permission: Permission])[] = [
  ["/admin/emails", "emails.read"],
  ["/admin/mailbox", "emails.read"],
  ["/admin/users", "users.manage"],
  ["/admin/audit", "audit.read"],
  ["/admin/settings", "settings.manage"],
  ["/admin/account", "admin.access"],
  ["/admin/bookings", "bookings.read"],
  ["/admin", "bookings.read"],
  ["/portal", "ownBookings.read"],
];

/** The permission the page at `pathname` needs; undefined for the public site. */
export function pagePermission(pathname: string): Permission | undefined {
  return PAGE_PERMISSIONS.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`))?.[1];
}
