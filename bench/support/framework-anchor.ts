// The smallest Next.js App Router page, built with this repository's own next and react: the floor that
// the framework's own script (React, the router, hydration) sets for any page of ours. `npm run lighthouse`
// measures it in the same run as the app's pages, so a score can be read against what the framework alone
// gets on the same machine at the same load. Written under bench/results/ (ignored by git) and built there;
// Turbopack resolves packages from the repository's node_modules.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startServer, type BenchServer } from "./server";

const REPOSITORY = process.cwd();
const ANCHOR_DIR = path.join(REPOSITORY, "bench/results/framework-anchor");

/**
 * What it serves: the home page's header, headline, paragraph and one client-side link, in the system font
 * with inline styles (no stylesheet, no web font, no component of ours, an empty icon so that the browser asks
 * for no favicon.ico), and the /api/ready that the bench's server start and Caddy's health check ask for.
 */
const FILES: Record<string, string> = {
  "next.config.mjs": `export default {
  turbopack: { root: ${JSON.stringify(REPOSITORY)} },
  outputFileTracingRoot: ${JSON.stringify(REPOSITORY)},
  poweredByHeader: false,
  compress: false,
};
`,
  "app/layout.jsx": `export const metadata = {
  title: "Framework anchor",
  description: "The smallest Next.js App Router page.",
  icons: { icon: "data:," },
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, fontFamily: "system-ui, sans-serif", color: "#1f2933" }}>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": `import Link from "next/link";

export default function Home() {
  return (
    <>
      <header style={{ padding: "16px", borderBottom: "1px solid #e5e7eb" }}>
        <Link href="/" style={{ fontWeight: 700, color: "inherit" }}>PawPath</Link>
      </header>
      <main style={{ padding: "48px 16px", maxWidth: 720 }}>
        <h1 style={{ fontSize: 36, lineHeight: 1.1 }}>Your pet's journey, planned and flown with care.</h1>
        <p style={{ color: "#52606d" }}>Tell us who is travelling and where; a specialist confirms the plan.</p>
        <Link href="/book">Book a relocation</Link>
      </main>
    </>
  );
}
`,
  "app/book/page.jsx": `export default function Book() {
  return <main style={{ padding: 16 }}>Booking form</main>;
}
`,
  "app/api/ready/route.js": `export function GET() {
  return Response.json({ status: "ready" });
}
`,
};

const NEXT_BIN = path.join(REPOSITORY, "node_modules/next/dist/bin/next");

/** Writes and builds the anchor unless the same files are already built (pass rebuild to force). */
export function ensureFrameworkAnchorBuild(rebuild: boolean) {
  const unchanged = Object.entries(FILES).every(([file, content]) => {
    const target = path.join(ANCHOR_DIR, file);
    return fs.existsSync(target) && fs.readFileSync(target, "utf8") === content;
  });
  if (!rebuild && unchanged && fs.existsSync(path.join(ANCHOR_DIR, ".next/BUILD_ID"))) return;
  fs.rmSync(ANCHOR_DIR, { recursive: true, force: true });
  for (const [file, content] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(ANCHOR_DIR, file)), { recursive: true });
    fs.writeFileSync(path.join(ANCHOR_DIR, file), content);
  }
  console.log("Building the framework anchor (the smallest Next.js page)…");
  const result = spawnSync(process.execPath, [NEXT_BIN, "build", ANCHOR_DIR], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build of the framework anchor failed");
}

/** `next start` on the anchor, on loopback, as the bench starts the app. */
export function startFrameworkAnchor(port: number): Promise<BenchServer> {
  return startServer({ NEXT_TELEMETRY_DISABLED: "1" }, port, ANCHOR_DIR);
}
