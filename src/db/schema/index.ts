export * from "./enums";
export * from "./customers";
export * from "./bookings";
export * from "./pets";
export * from "./booking-events";
export * from "./rate-limits";
export * from "./email-outbox";
export * from "./dev-mailbox";
