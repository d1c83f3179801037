import "server-only";
import { boolean, index, integer, bigint, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { ROLES } from "@/lib/enum-values";

// Better Auth's tables (user, session, account, verification, rateLimit models), written by hand from its
// documented schema with uuid ids (advanced.database.generateId = "uuid"); see src/server/auth/auth.ts.

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  // Stored lower-cased by Better Auth; unique.
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  // admin, staff or customer. Only the server sets it (never sign-up or profile bodies).
  role: text("role").notNull().default("customer"),
  // Deactivated accounts: sign-in refused, sessions ended.
  banned: boolean("banned").notNull().default(false),
  banReason: text("ban_reason"),
  banExpires: timestamp("ban_expires", { withTimezone: true }),
  lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  // Better Auth's two-factor plugin: true once the person has verified their authenticator app.
  twoFactorEnabled: boolean("two_factor_enabled").notNull().default(false),
  // Per-account lockout: failed password sign-ins counted within a window that starts at the first one.
  failedSignIns: integer("failed_sign_ins").notNull().default(0),
  failedSignInsSince: timestamp("failed_sign_ins_since", { withTimezone: true }),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  // Staff and admins join by invitation; null for customers and for accounts made on the command line.
  invitedAt: timestamp("invited_at", { withTimezone: true }),
  invitedById: uuid("invited_by_id"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    token: text("token").notNull().unique(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    impersonatedBy: text("impersonated_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Why: ending every session of a user (deactivation, password reset).
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const accounts = pgTable(
  "accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Why: loading a user's credentials at sign-in.
  (t) => [index("accounts_user_idx").on(t.userId)],
);

export const verifications = pgTable(
  "verifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Why: reset and sign-in links are looked up by identifier.
  (t) => [index("verifications_identifier_idx").on(t.identifier)],
);

/** Better Auth's own request counters, stored in the database so they hold across app servers. */
export const authRateLimits = pgTable("auth_rate_limits", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
});

/** Better Auth's two-factor plugin: one TOTP secret and the hashed backup codes per user. */
export const twoFactors = pgTable(
  "two_factors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    secret: text("secret").notNull(),
    backupCodes: text("backup_codes").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    verified: boolean("verified").notNull().default(true),
    failedVerificationCount: integer("failed_verification_count").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
  },
  // Why: the plugin loads a user's secret at every second-factor check.
  (t) => [index("two_factors_user_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type Role = (typeof ROLES)[number];
