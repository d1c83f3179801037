import { randomUUID } from "node:crypto";
import type { Role } from "@/server/access/permissions";
import type { Actor } from "@/server/access/actor";
import type { Database } from "@/db/types";
import { createUser } from "@/server/users/create-user";
import { sessionCookie, signedInHeaders } from "./session";

// People for integration tests, created with passwords through the same use case as `user:create`.
// Emails are unique per call, so suites sharing a database never collide on an account.

export const TEST_PASSWORD = "a perfectly fine password";

/** An account: usable as the actor of a use case, and able to sign in through Better Auth. */
export type Member = Actor & {
  password: string;
  /** Signs in (a real password check, so only when a test needs it) and returns the session cookie. */
  sessionCookie(): Promise<string>;
  /** The headers of this person's signed-in browser, as server actions read them. */
  signedInHeaders(): Promise<Headers>;
};

export type MemberOptions = { name?: string; email?: string; password?: string };

export async function createMember(db: Database, role: Role, options: MemberOptions = {}): Promise<Member> {
  const name = options.name ?? `Test ${role}`;
  const email = options.email ?? `${role}.${randomUUID().slice(0, 12)}@pawpath.test`;
  const password = options.password ?? TEST_PASSWORD;
  const { id } = await createUser({ db, input: { email, name, role, password } });
  return {
    id,
    name,
    email,
    role,
    password,
    sessionCookie: () => sessionCookie(email, password),
    signedInHeaders: () => signedInHeaders(email, password),
  };
}

export type Team = { admin: Member; staff: Member };

/** The usual cast of a back-office test: an admin and a staff member. */
export async function createTeam(
  db: Database,
  options: { admin?: MemberOptions; staff?: MemberOptions; password?: string } = {},
): Promise<Team> {
  const withPassword = (member: MemberOptions = {}) => ({ password: options.password, ...member });
  return {
    admin: await createMember(db, "admin", withPassword(options.admin)),
    staff: await createMember(db, "staff", withPassword(options.staff)),
  };
}
