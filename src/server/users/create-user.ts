import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { accounts, users, type Role } from "@/db/schema";
import type { Database } from "@/db/types";
import { hashPassword } from "../auth/password-hash";
import { newPasswordProblem } from "../auth/new-password-problem";
import { AppError } from "../errors";
import { parseInput } from "../validation";
import { ROLES } from "@/lib/enum-values";
import { passwordSchema } from "@/contracts/auth/password-policy";

export const createUserInputSchema = z.object({
  email: z.email({ error: "Enter a valid email address" }),
  name: z.string().trim().min(1, { error: "Enter the person's name" }).max(200),
  role: z.enum(ROLES, { error: "Role must be admin, staff or customer" }),
  password: passwordSchema.optional(),
});

/**
 * Creates an account directly (the first admin from the command line, demo users). Staff normally
 * join by invitation; this is the bootstrap path, so it takes no actor.
 */
export async function createUser({ db, input }: { db: Database; input: unknown }): Promise<{ id: string; role: Role }> {
  const { email, name, role, password } = parseInput(createUserInputSchema, input, "The user details need attention");
  const passwordProblem = password === undefined ? undefined : await newPasswordProblem(password);
  if (passwordProblem)
    throw new AppError("VALIDATION", "The user details need attention", { fields: { password: passwordProblem } });
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = lower(${email})`);
    if (existing) throw new AppError("CONFLICT", `A user with the email ${email} already exists`);
    const [user] = await tx
      .insert(users)
      .values({ email: email.toLowerCase(), name, role, emailVerified: true })
      .returning({ id: users.id });
    if (!user) throw new Error("User insert returned no row");
    if (password) {
      await tx.insert(accounts).values({
        userId: user.id,
        accountId: user.id,
        providerId: "credential",
        password: await hashPassword(password),
      });
    }
    return { id: user.id, role };
  });
}
