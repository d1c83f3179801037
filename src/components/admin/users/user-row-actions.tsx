"use client";

import { MoreHorizontalIcon } from "lucide-react";
import { useState, useTransition } from "react";
import {
  changeRoleAction,
  deactivateUserAction,
  reactivateUserAction,
  sendPasswordResetAction,
  resetTwoFactorAction,
  unlockUserAction,
} from "@/actions/users";
import { ConfirmDialog } from "@/components/form/confirm-dialog";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { TeamMemberStatus } from "@/server/users/team-member";
import type { ActionResult } from "@/contracts/action-result";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: "staff" | "admin";
  status: TeamMemberStatus;
  twoFactorEnabled: boolean;
};

/** The menu of things an admin can do to one account; deactivation asks first, since it signs them out. */
export function UserRowActions({ user, onResult }: { user: UserRow; onResult: (result: ActionResult) => void }) {
  const [pending, startTransition] = useTransition();
  const [confirmDeactivate, setConfirmDeactivate] = useState(false);
  const perform = (action: () => Promise<ActionResult>) =>
    startTransition(async () => {
      const result = await action();
      onResult({ ...result, message: `${user.name}: ${result.message}` });
    });
  const otherRole = user.role === "admin" ? "staff" : "admin";

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" disabled={pending} aria-label={`Actions for ${user.name}`}>
            <MoreHorizontalIcon aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => perform(() => changeRoleAction(user.id, otherRole))}>
            Make {otherRole}
          </DropdownMenuItem>
          {user.status !== "deactivated" && (
            <DropdownMenuItem onSelect={() => perform(() => sendPasswordResetAction(user.id))}>
              Send password reset link
            </DropdownMenuItem>
          )}
          {user.status === "locked" && (
            <DropdownMenuItem onSelect={() => perform(() => unlockUserAction(user.id))}>Unlock</DropdownMenuItem>
          )}
          {user.twoFactorEnabled && (
            <DropdownMenuItem onSelect={() => perform(() => resetTwoFactorAction(user.id))}>
              Reset two-factor (lost phone)
            </DropdownMenuItem>
          )}
          <DropdownMenuSeparator />
          {user.status === "deactivated" ? (
            <DropdownMenuItem onSelect={() => perform(() => reactivateUserAction(user.id))}>
              Reactivate
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem
              className="text-destructive focus:text-destructive"
              onSelect={() => setConfirmDeactivate(true)}
            >
              Deactivate…
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirmDeactivate}
        onOpenChange={setConfirmDeactivate}
        title={`Deactivate ${user.name}?`}
        description={`${user.email} is signed out everywhere at once and cannot sign in until an admin reactivates the account. Their bookings and history stay.`}
        cancelLabel="Cancel"
        confirmLabel="Deactivate"
        pending={pending}
        onConfirm={() => {
          setConfirmDeactivate(false);
          perform(() => deactivateUserAction(user.id));
        }}
      />
    </>
  );
}
