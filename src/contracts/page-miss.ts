// Why a page answered 404, as the person should be told (src/web/page-miss.ts decides; the not-found
// pages show it with src/components/status/page-miss-screen.tsx).

/** Where a person's way back leads: the back office for the team, the portal for customers, else the site. */
export type Home = { href: "/admin" | "/portal" | "/"; label: string };

/**
 * "role": the page exists but their role may not open it (the guard answers 404 all the same: the access
 * rules keep that status); "booking": no booking of theirs has this reference; "page": nothing here.
 */
export type PageMiss =
  | { kind: "role"; area: "portal" | "admin" }
  | { kind: "booking"; area: "portal" | "admin"; reference: string }
  | { kind: "page" };
