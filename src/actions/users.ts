"use server";

import { revalidatePath } from "next/cache";
import { changeRole } from "@/server/users/change-role";
import { deactivateUser } from "@/server/users/deactivate-user";
import { inviteUser } from "@/server/users/invite-user";
import { reactivateUser } from "@/server/users/reactivate-user";
import { resetTwoFactor } from "@/server/users/reset-two-factor";
import { sendPasswordReset } from "@/server/users/send-password-reset";
import { unlockUser } from "@/server/users/unlock-user";
import { action, done } from "@/web/action-client";

// The team page's writes: one use case each (admins only; the use case checks and audits with the IP),
// answered with the sentence the page shows.

/** Every change here redraws the team list. */
function teamChanged(message: string) {
  revalidatePath("/admin/users");
  return done(message);
}

export const inviteUserAction = action("inviteUserAction", async ({ db, actor, ip }, input: unknown) => {
  const { email, resent } = await inviteUser({ db, actor, ipAddress: ip, input });
  return teamChanged(resent ? `A fresh invitation is on its way to ${email}.` : `Invitation sent to ${email}.`);
});

export const changeRoleAction = action("changeRoleAction", async ({ db, actor, ip }, userId: string, role: string) => {
  const { changed } = await changeRole({ db, actor, ipAddress: ip, input: { userId, role } });
  return teamChanged(changed ? `Role changed to ${role}.` : `Already ${role}.`);
});

export const deactivateUserAction = action("deactivateUserAction", async ({ db, actor, ip }, userId: string) => {
  await deactivateUser({ db, actor, ipAddress: ip, userId });
  return teamChanged("Account deactivated; its sessions have ended.");
});

export const reactivateUserAction = action("reactivateUserAction", async ({ db, actor, ip }, userId: string) => {
  await reactivateUser({ db, actor, ipAddress: ip, userId });
  return teamChanged("Account reactivated: they can sign in again.");
});

export const sendPasswordResetAction = action("sendPasswordResetAction", async ({ db, actor, ip }, userId: string) => {
  const { email } = await sendPasswordReset({ db, actor, ipAddress: ip, userId });
  return teamChanged(`Password reset link sent to ${email}.`);
});

export const unlockUserAction = action("unlockUserAction", async ({ db, actor, ip }, userId: string) => {
  await unlockUser({ db, actor, ipAddress: ip, userId });
  return teamChanged("Account unlocked: they can sign in again.");
});

export const resetTwoFactorAction = action("resetTwoFactorAction", async ({ db, actor, ip }, userId: string) => {
  const { changed } = await resetTwoFactor({ db, actor, ipAddress: ip, userId });
  return teamChanged(
    changed
      ? "Two-factor reset: they sign in with their password and set it up again."
      : "Two-factor was not on for this account.",
  );
});
