import { ROLES } from "@/lib/enum-values";

export type Role = (typeof ROLES)[number];

/** Every action the server checks. Keep in sync with the README's role matrix. */
export const PERMISSIONS = [
  "admin.access",
  "bookings.read",
  "bookings.edit",
  "bookings.delete",
  "bookings.changeStatus",
  // Cancelled → pending.
  "bookings.reopen",
  "bookings.assign",
  "notes.write",
  // Edit and delete other people's notes (everyone may edit and delete their own).
  "notes.moderate",
  "emails.read",
  "emails.retry",
  "users.manage",
  "settings.manage",
  "audit.read",
  "ownBookings.read",
  "documents.read",
  "documents.upload",
  "documents.delete",
  // Add documents to one's own bookings (the portal).
  "ownDocuments.upload",
  // Post an update for the customer on a booking (text, optional photo, optional email); withdraw one.
  "customerUpdates.write",
  "customerUpdates.withdraw",
  // Correct one's own phone, WhatsApp and preferred contact (the portal).
  "ownContact.edit",
  // Read an imported booking's original submission (the old system's whole document).
  "imports.read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** The one map from role to what it may do (the roadmap: admin edits and deletes, staff views and updates status). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS.filter((permission) => !permission.startsWith("own")),
  staff: [
    "admin.access",
    "bookings.read",
    "bookings.changeStatus",
    "bookings.assign",
    "notes.write",
    "documents.read",
    "documents.upload",
    "customerUpdates.write",
  ],
  customer: ["ownBookings.read", "ownDocuments.upload", "ownContact.edit"],
};

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
