"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { clientIp } from "@/web/http/client-ip";
import { type Actor } from "@/server/access/actor";
import { getActor } from "@/server/auth/get-actor";
import { isAppError } from "@/server/errors";
import { changeRole } from "@/server/users/change-role";
import { deactivateUser } from "@/server/users/deactivate-user";
import { inviteUser } from "@/server/users/invite-user";
import { reactivateUser } from "@/server/users/reactivate-user";
import { sendPasswordReset } from "@/server/users/send-password-reset";
import { resetTwoFactor } from "@/server/users/reset-two-factor";
import { unlockUser } from "@/server/users/unlock-user";
import type { Database } from "@/db/types";

export type UserActionResult = { ok: true; message: string } | { ok: false; message: string; fields?: Record<string, string> };

type Context = { db: Database; actor: Actor | null; ipAddress: string };

/** Each action: who is asking, one use case, and its refusal turned into a message for the page. */
async function run(action: (context: Context) => Promise<string>): Promise<UserActionResult> {
  const requestHeaders = await headers();
  try {
    const message = await action({ db: await getDb(), actor: await getActor(requestHeaders), ipAddress: clientIp(requestHeaders) });
    revalidatePath("/admin/users");
    return { ok: true, message };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields };
    throw error;
  }
}

export async function inviteUserAction(input: unknown): Promise<UserActionResult> {
  return run(async (context) => {
    const { email, resent } = await inviteUser({ ...context, input });
    return resent ? `A fresh invitation is on its way to ${email}.` : `Invitation sent to ${email}.`;
  });
}

export async function changeRoleAction(userId: string, role: string): Promise<UserActionResult> {
  return run(async (context) => {
    const { changed } = await changeRole({ ...context, input: { userId, role } });
    return changed ? `Role changed to ${role}.` : `Already ${role}.`;
  });
}

export async function deactivateUserAction(userId: string): Promise<UserActionResult> {
  return run(async (context) => {
    await deactivateUser({ ...context, userId });
    return "Account deactivated; its sessions have ended.";
  });
}

export async function reactivateUserAction(userId: string): Promise<UserActionResult> {
  return run(async (context) => {
    await reactivateUser({ ...context, userId });
    return "Account reactivated: they can sign in again.";
  });
}

export async function sendPasswordResetAction(userId: string): Promise<UserActionResult> {
  return run(async (context) => {
    const { email } = await sendPasswordReset({ ...context, userId });
    return `Password reset link sent to ${email}.`;
  });
}

export async function unlockUserAction(userId: string): Promise<UserActionResult> {
  return run(async (context) => {
    await unlockUser({ ...context, userId });
    return "Account unlocked: they can sign in again.";
  });
}

export async function resetTwoFactorAction(userId: string): Promise<UserActionResult> {
  return run(async (context) => {
    const { changed } = await resetTwoFactor({ ...context, userId });
    return changed ? "Two-factor reset: they sign in with their password and set it up again." : "Two-factor was not on for this account.";
  });
}
