import type { NextConfig } from "next";
import { contentSecurityPolicy } from "./src/web/http/content-security-policy";

const production = process.env.NODE_ENV === "production";

const securityHeaders = [
  // No inline script anywhere; src/proxy.ts gives each page request the same policy with a nonce.
  { key: "Content-Security-Policy", value: contentSecurityPolicy({ development: !production }) },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets two builds (say, two people's test runs on one machine) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
