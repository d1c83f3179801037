import type { NextConfig } from "next";
import { contentSecurityPolicy } from "./src/web/http/content-security-policy";

const production = process.env.NODE_ENV === "production";

// No inline script anywhere; src/proxy.ts gives each page request the same policy with a nonce.
const pagePolicy = { key: "Content-Security-Policy", value: contentSecurityPolicy({ development: !production }) };
// A document served by its signed link runs nothing at all, whatever its bytes (the route sets it too:
// Next.js lets these config headers override a route's own).
const documentPolicy = { key: "Content-Security-Policy", value: "sandbox" };

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Compression is the proxy's job (Caddy's `encode`, deploy/Caddyfile): Next.js streams every response, so
  // it opened a gzip context even for 30 bytes, about 1 ms of CPU per request here (BENCHMARKS.md), and held
  // one per open event stream. Caddy never compresses text/event-stream (it is not in its list).
  compress: false,
  // Lets two builds (say, two people's test runs on one machine) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm run release` (scripts/release.mjs) packs the standalone output: the server with only the files it
  // needs. Asked for by the build's environment only, so that `next start` on a normal build stays quiet.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  typedRoutes: false,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/((?!api/v1/files/).*)", headers: [pagePolicy] },
      { source: "/api/v1/files/:token", headers: [documentPolicy] },
    ];
  },
};

export default nextConfig;
