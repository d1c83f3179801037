import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { queryRows } from "@/db/sql";
import type { Executor } from "@/db/types";
import { isRole } from "@/server/access/permissions";
import type { Actor } from "@/server/access/actor";
import { settingsFromRows } from "@/server/settings/read-settings";
import { getAuth, type Auth } from "./auth";
import type { SessionToken } from "./session-token";
import { twoFactorPending } from "./two-factor-requirement";

type SessionRow = {
  expires_at: Date | string;
  id: string;
  name: string;
  email: string;
  role: string;
  banned: boolean | null;
  two_factor_enabled: boolean;
  require_two_factor: unknown;
};

/** The session, its user and the two-factor setting in one round trip (it was three: session, user, setting). */
async function readSession(db: Executor, token: string): Promise<SessionRow | undefined> {
  const [row] = await queryRows<SessionRow>(
    db,
    sql`select s.expires_at, u.id, u.name, u.email, u.role, u.banned, u.two_factor_enabled,
          (select value from app_settings where key = 'requireTwoFactor') as require_two_factor
        from sessions s join users u on u.id = s.user_id
        where s.token = ${token}`,
  );
  return row;
}

function actorOf(row: SessionRow): Actor | null {
  if (row.banned || !isRole(row.role)) return null;
  const { requireTwoFactor } = settingsFromRows(
    row.require_two_factor === null ? [] : [{ key: "requireTwoFactor", value: row.require_two_factor }],
  );
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    mustEnableTwoFactor: twoFactorPending(
      { role: row.role, twoFactorEnabled: row.two_factor_enabled },
      requireTwoFactor,
    ),
  };
}

// Cookie headers whose session cookie Better Auth has verified, and what it read from them. Checking the
// signature is a pure function of the header and the secret, so a header seen before needs no second
// HMAC (WebCrypto's import and verify cost ~0.7 ms of CPU per request). Only the signature check is
// remembered (per Better Auth instance, so per secret): the session is read from the database every time.
const VERIFIED_COOKIE_HEADERS_KEPT = 1_000;
const verifiedCookieHeaders = new WeakMap<Auth, Map<string, SessionToken>>();

async function readSessionToken(headers: Headers): Promise<SessionToken> {
  const auth = await getAuth();
  let verified = verifiedCookieHeaders.get(auth);
  if (!verified) verifiedCookieHeaders.set(auth, (verified = new Map()));
  const cookieHeader = headers.get("cookie");
  const known = cookieHeader === null ? undefined : verified.get(cookieHeader);
  if (known) return known;
  const read = await auth.api.readSessionToken({ headers });
  if (read.token && cookieHeader !== null) {
    // The oldest goes first: a Map iterates in insertion order.
    if (verified.size >= VERIFIED_COOKIE_HEADERS_KEPT) verified.delete(verified.keys().next().value!);
    verified.set(cookieHeader, read);
  }
  return read;
}

/**
 * The signed-in person behind these request headers, or null. Reads the session, the user and the
 * settings from the database on every call (no cookie cache, no in-process cache), so a deactivated
 * account, a new role or the two-factor requirement take effect on the very next request. Pages and
 * actions reach it once per request through the request context (src/web/request-context.ts).
 *
 * Better Auth checks the cookie's signature (session-token.ts); a live session that is not yet due for
 * its daily extension is then read here in one statement. Anything else (no such session, expired, due
 * for extension) goes through Better Auth's own getSession, which ends or extends it and its cookie.
 */
export async function getActor(headers: Headers): Promise<Actor | null> {
  const { token, expiresIn, updateAge } = await readSessionToken(headers);
  if (!token) return null;
  const db = await getDb();
  const row = await readSession(db, token);
  if (row) {
    const expiresAt = new Date(row.expires_at).getTime();
    // Better Auth's own tests, in getSession: expired, and due for extension.
    const expired = expiresAt < Date.now();
    const dueForExtension = expiresAt - expiresIn * 1000 + updateAge * 1000 <= Date.now();
    if (!expired && !dueForExtension) return actorOf(row);
  }
  const session = await (await getAuth()).api.getSession({ headers, query: { disableCookieCache: true } });
  if (!session) return null;
  const extended = await readSession(db, session.session.token);
  return extended ? actorOf(extended) : null;
}
