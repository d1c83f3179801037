/** Every action the audit log records, with the words the audit page shows for it. */
export const AUDIT_ACTION_LABELS = {
  sign_in: "Signed in",
  sign_in_failed: "Sign-in failed",
  account_locked: "Account locked after failed sign-ins",
  account_unlocked: "Account unlocked",
  user_invited: "Invited",
  role_changed: "Role changed",
  user_deactivated: "Account deactivated",
  user_reactivated: "Account reactivated",
  password_reset_sent: "Password reset link sent",
  two_factor_enabled: "Two-factor turned on",
  two_factor_disabled: "Two-factor turned off",
  two_factor_reset: "Two-factor reset by an admin",
  setting_changed: "Setting changed",
  booking_deleted: "Booking deleted",
  booking_restored: "Booking restored",
  booking_purged: "Booking permanently removed",
  bookings_imported: "Bookings imported",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && Object.hasOwn(AUDIT_ACTION_LABELS, value);
}

/** Plain words for an action; actions recorded by other parts of the app fall back to their name. */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTION_LABELS[action] : action.replaceAll("_", " ");
}
