import { DEMO_TEAM } from "../../src/testing/demo-team";

// The team of an admin and a staff member: the e2e server seeds it (SEED_DEMO_DATA=true) from the
// same definition the development seed uses, so specs never create team members by hand. Each worker
// signs them in once (e2e/support/fixtures.ts); tests about signing in use the form themselves.

export type Account = { email: string; password: string };

export const DEMO_ADMIN: Account = { email: DEMO_TEAM.admin.email, password: DEMO_TEAM.admin.password };
export const DEMO_STAFF: Account = { email: DEMO_TEAM.staff.email, password: DEMO_TEAM.staff.password };
export const DEMO_ADMIN_NAME = DEMO_TEAM.admin.name;
