import { z } from "zod";

/** The roles an admin can give a colleague; customers are never invited, they book. */
export const TEAM_ROLES = ["staff", "admin"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

const teamRoleSchema = z.enum(TEAM_ROLES, { error: "Choose staff or admin" });

export const inviteUserInputSchema = z.object({
  email: z
    .string()
    .trim()
    .pipe(z.email({ error: "Enter a valid email address" }))
    .pipe(z.string().max(254, { error: "Email is too long" })),
  name: z.string().trim().min(1, { error: "Enter the person's name" }).max(200, { error: "Name is too long" }),
  role: teamRoleSchema,
});
export type InviteUserInput = z.input<typeof inviteUserInputSchema>;

export const userIdSchema = z.uuid({ error: "No such user" });

export const changeRoleInputSchema = z.object({ userId: userIdSchema, role: teamRoleSchema });
