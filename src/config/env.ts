import "server-only";
import { z } from "zod";

const csv = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : ["true", "1", "yes"].includes(value)));

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Public origin of the app, used in links such as emails (https://bookings.pawpathsae.com). */
    APP_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Folder for the embedded database and local uploads. */
    DATA_DIR: z.string().min(1).default("./.data"),
    /** node-postgres connection string; without it the app uses embedded PGlite in DATA_DIR. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    /** Origins (scheme://host[:port]) allowed to call the public booking API from a browser. */
    PUBLIC_FORM_ORIGINS: csv.pipe(
      z.array(z.url({ protocol: /^https?$/ }).transform((origin) => new URL(origin).origin)),
    ),
    /** Bookings one IP address may submit per window. */
    INTAKE_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(30),
    INTAKE_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
    /** Seed demo bookings into an empty database at start; on by default in development only. */
    SEED_DEMO_DATA: booleanFlag,

    /** Signs sessions and links. Required (32+ characters) in production on a public APP_URL. */
    BETTER_AUTH_SECRET: z
      .string()
      .min(32, "must be at least 32 characters (openssl rand -base64 32)")
      // "aaaa…" or "changeme" repeated is long but guessable: a random secret has many distinct characters.
      .refine((value) => new Set(value).size >= 12, "looks guessable: generate one with openssl rand -base64 32")
      .optional(),

    /** Optional Google sign-in for staff: on only when both are set (Google Cloud OAuth client, web type). */
    GOOGLE_CLIENT_ID: z.string().min(1).optional(),
    GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
    /** The company's Google Workspace domain (pawpathsae.com); only its accounts may use Google sign-in. */
    GOOGLE_WORKSPACE_DOMAIN: z
      .string()
      .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i, "must be a domain such as pawpathsae.com")
      .transform((domain) => domain.toLowerCase())
      .optional(),

    /** Sign-in attempts (password or emailed link) one client IP may make per minute. */
    SIGN_IN_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(5),
    /** Password hashes computed at once (each holds ~19 MiB); more sign-ins wait their turn. */
    PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),

    /** Who delivers email: dev (the built-in mailbox, the default), smtp, resend or sendgrid. */
    EMAIL_PROVIDER: z.enum(["dev", "smtp", "resend", "sendgrid"]).default("dev"),
    /** smtp://user:pass@host:587 or smtps://user:pass@host:465 */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
      .optional(),
    RESEND_API_KEY: z.string().min(1).optional(),
    RESEND_BASE_URL: z.url().default("https://api.resend.com"),
    SENDGRID_API_KEY: z.string().min(1).optional(),
    SENDGRID_BASE_URL: z.url().default("https://api.sendgrid.com"),
    /** Signing secret of the Resend webhook (whsec_…) that reports bounces and complaints. */
    RESEND_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
    /** Public key (base64) of SendGrid's signed Event Webhook, which reports bounces and drops. */
    SENDGRID_WEBHOOK_PUBLIC_KEY: z.string().min(40).optional(),
    /** The sender, as "Name <address>" or an address. */
    EMAIL_FROM: z.string().min(3).default("PawPath Bookings <bookings@pawpathsae.com>"),
    /** Where customers' replies go; unset: to the sender. */
    EMAIL_REPLY_TO: z.email().optional(),
    /** The operations inbox: new bookings, and alerts when a server job fails (`npm run ops:alert`, the backup unit). */
    OPS_EMAIL: z.email().default("operations@pawpathsae.com"),
    /** Run the email worker inside the app server (default). Set false when `npm run worker` runs instead. */
    EMAIL_WORKER: booleanFlag,
    EMAIL_WORKER_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
    /** Where uploaded documents live: local (DATA_DIR/uploads, one server) or s3 (any number of servers). */
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name such as pawpath-documents")
      .optional(),
    S3_REGION: z
      .string()
      .regex(/^[a-z0-9-]+$/, "must be a region such as eu-central-1")
      .optional(),
    /** An S3-compatible endpoint (MinIO, R2, a local stand-in); unset: AWS itself. */
    S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    /** bucket in the path (https://host/bucket/key) instead of the host name; most S3-compatible stores want it. */
    S3_FORCE_PATH_STYLE: booleanFlag,
    /** Largest document accepted, in bytes (10 MiB). */
    UPLOAD_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .default(10 * 1024 * 1024),
    /** Live documents one booking may hold. */
    UPLOAD_MAX_FILES_PER_BOOKING: z.coerce.number().int().min(1).max(200).default(20),
    /** Anonymous uploads (public form and API) one client IP may start per window. */
    UPLOAD_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(60),
    UPLOAD_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
    /** Public tracking lookups (POST /api/v1/track, emailed links) one client IP may make per window. */
    TRACK_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(10),
    TRACK_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),

    /**
     * On SIGTERM, how long requests in flight may take to be answered before the process stops anyway.
     * Below the platform's own limit (systemd's 90 s, Kubernetes' 30 s) so the database still closes cleanly.
     */
    SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(600).default(25),
  })
  .superRefine((env, ctx) => {
    const localUrl = !env.APP_URL || /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/.test(env.APP_URL);
    if (env.NODE_ENV === "production" && !localUrl && env.SEED_DEMO_DATA) {
      ctx.addIssue({
        code: "custom",
        path: ["SEED_DEMO_DATA"],
        message: "must be off on a public production APP_URL: demo accounts have published passwords",
      });
    }
    if (env.NODE_ENV === "production" && !localUrl && !env.BETTER_AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["BETTER_AUTH_SECRET"],
        message: "is required in production: openssl rand -base64 32",
      });
    }
    if (Boolean(env.GOOGLE_CLIENT_ID) !== Boolean(env.GOOGLE_CLIENT_SECRET)) {
      const missing = env.GOOGLE_CLIENT_ID ? "GOOGLE_CLIENT_SECRET" : "GOOGLE_CLIENT_ID";
      ctx.addIssue({
        code: "custom",
        path: [missing],
        message: "Google sign-in needs both GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET",
      });
    }
    if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET && !env.GOOGLE_WORKSPACE_DOMAIN) {
      ctx.addIssue({
        code: "custom",
        path: ["GOOGLE_WORKSPACE_DOMAIN"],
        message: "is required when Google sign-in is on (for example pawpathsae.com)",
      });
    }
    if (env.STORAGE_DRIVER === "s3") {
      for (const setting of ["S3_BUCKET", "S3_REGION"] as const) {
        if (!env[setting])
          ctx.addIssue({ code: "custom", path: [setting], message: "is required when STORAGE_DRIVER=s3" });
      }
    }
    const needs = { smtp: "SMTP_URL", resend: "RESEND_API_KEY", sendgrid: "SENDGRID_API_KEY" } as const;
    if (env.EMAIL_PROVIDER !== "dev") {
      const setting = needs[env.EMAIL_PROVIDER];
      if (!env[setting])
        ctx.addIssue({
          code: "custom",
          path: [setting],
          message: `is required when EMAIL_PROVIDER=${env.EMAIL_PROVIDER}`,
        });
    }
  });

export type AppConfig = ReturnType<typeof buildConfig>;

function buildConfig(env: z.infer<typeof envSchema>) {
  return {
    ...env,
    APP_URL: env.APP_URL?.replace(/\/$/, "") ?? `http://localhost:${env.PORT}`,
    SEED_DEMO_DATA: env.SEED_DEMO_DATA ?? env.NODE_ENV === "development",
    EMAIL_WORKER: env.EMAIL_WORKER ?? true,
    S3_FORCE_PATH_STYLE: env.S3_FORCE_PATH_STYLE ?? false,
    GOOGLE_SIGN_IN: Boolean(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET && env.GOOGLE_WORKSPACE_DOMAIN),
  };
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * What is wrong with a setting, in the words of a settings table ("must be a whole number"): zod's own
 * defaults speak of types ("expected number, received NaN"). Messages written in the schema are kept.
 */
function settingProblem(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.expected === "number") return "must be a number";
  if (issue.code === "invalid_type" && issue.expected === "int") return "must be a whole number";
  if (issue.code === "too_small" && issue.message.startsWith("Too small"))
    return `must be at least ${String(issue.minimum)}`;
  if (issue.code === "too_big" && issue.message.startsWith("Too big"))
    return `must be at most ${String(issue.maximum)}`;
  if (issue.code === "invalid_value" && issue.message.startsWith("Invalid option"))
    return `must be one of ${issue.values.join(", ")}`;
  return issue.message;
}

/** Parses settings from an environment; throws ConfigError naming every bad setting. */
export function parseConfig(source: Record<string, string | undefined>): AppConfig {
  // Empty strings count as unset, the way shells and .env files write "not set".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${settingProblem(issue)}`),
    );
  }
  return buildConfig(result.data);
}

let cached: AppConfig | undefined;

/** The validated settings of this process, read once. */
export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
