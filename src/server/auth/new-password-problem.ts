import { passwordSchema } from "@/contracts/auth/password-policy";
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "./common-passwords";

/**
 * Why a password may not be set, or undefined when it may: the policy the forms also check (length),
 * then the breached-password list, which only the server holds. Every path that sets a password asks.
 */
export async function newPasswordProblem(password: unknown): Promise<string | undefined> {
  const result = passwordSchema.safeParse(password);
  if (!result.success) return result.error.issues[0]?.message ?? "Choose another password";
  if (await isCommonPassword(result.data)) return COMMON_PASSWORD_MESSAGE;
  return undefined;
}
