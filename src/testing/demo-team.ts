// The team a development install (SEED_DEMO_DATA) and the browser tests' server start with: an admin
// and a staff member with well-known passwords on a machine nobody else reaches. Defined once, so
// the seed that creates them and the Playwright specs that sign in as them cannot disagree.

export type DemoMember = { email: string; name: string; role: "admin" | "staff"; password: string };

export const DEMO_TEAM = {
  admin: { email: "admin@pawpath.test", name: "Aisha Rahman", role: "admin", password: "demo-admin-pawpath" },
  staff: { email: "staff@pawpath.test", name: "Omar Haddad", role: "staff", password: "demo-staff-pawpath" },
} as const satisfies Record<DemoMember["role"], DemoMember>;
