"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/contracts/action-result";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";
import { cn } from "@/lib/utils";
import { InviteUserDialog } from "./invite-user-dialog";
import { UserRowActions, type UserRow } from "./user-row-actions";
import { UserStatusBadge } from "./user-status-badge";

type Props = {
  users: (UserRow & { lastSignInAt: string | null })[];
  currentUserId: string;
  /** How many there are and the links to the other pages, rendered by the server. */
  pager: ReactNode;
};

// The company's clock, fixed, so the server's render and the browser's agree.
const formatTime = (iso: string | null) => (iso ? formatInstant(iso, brand.timeZone) : "Never");

/** The team, the Invite button, and one message line for whatever was done last. */
export function UsersTable({ users, currentUserId, pager }: Props) {
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
          <p className="text-sm text-muted-foreground">
            Your team: invite colleagues, change roles, deactivate accounts.
          </p>
        </div>
        <InviteUserDialog onResult={(message) => setResult({ ok: true, data: undefined, message })} />
      </div>
      <p
        role="status"
        className={cn(
          "min-h-5 text-sm",
          result?.ok === false ? "font-medium text-destructive" : "text-muted-foreground",
        )}
      >
        {result?.message}
      </p>
      <div className="rounded-xl border bg-card">
        <Table>
          <TableCaption className="sr-only">Team members by name</TableCaption>
          <TableHeader className="bg-muted/50">
            <TableRow>
              <TableHead scope="col">Name</TableHead>
              <TableHead scope="col">Role</TableHead>
              <TableHead scope="col">Status</TableHead>
              <TableHead scope="col" className="hidden md:table-cell">
                Last sign-in
              </TableHead>
              <TableHead scope="col">
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((user) => (
              <TableRow key={user.id}>
                <TableCell>
                  <div className="font-medium">
                    {user.name}
                    {user.id === currentUserId && <span className="font-normal text-muted-foreground"> (you)</span>}
                  </div>
                  <div className="text-xs break-all text-muted-foreground">{user.email}</div>
                  <div className="text-xs text-muted-foreground md:hidden">
                    Last sign-in: {formatTime(user.lastSignInAt)}
                  </div>
                </TableCell>
                <TableCell className="capitalize">{user.role}</TableCell>
                <TableCell>
                  <UserStatusBadge status={user.status} />
                </TableCell>
                <TableCell className="hidden whitespace-nowrap text-muted-foreground md:table-cell">
                  {formatTime(user.lastSignInAt)}
                </TableCell>
                <TableCell className="text-right">
                  <div className="flex items-center justify-end gap-1">
                    <Link
                      href={`/admin/audit?targetType=user&targetId=${user.id}`}
                      className="hidden rounded-md px-2 py-1 text-xs text-primary underline-offset-4 hover:underline sm:inline"
                      aria-label={`History of ${user.name}`}
                    >
                      History
                    </Link>
                    <UserRowActions user={user} onResult={setResult} />
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {pager}
    </div>
  );
}
