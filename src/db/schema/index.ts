import "server-only";

export * from "./enums";
export * from "./customers";
export * from "./bookings";
export * from "./pets";
export * from "./booking-events";
export * from "./rate-limits";
export * from "./email-outbox";
export * from "./dev-mailbox";
export * from "./auth";
export * from "./audit-log";
export * from "./settings";
export * from "./saved-views";
export * from "./booking-notes";
export * from "./booking-documents";
export * from "./booking-imports";
export * from "./booking-status-counts";
