// What Caddy compresses in front of the app (deploy/Caddyfile; tests/unit/caddy-encode.test.ts keeps the
// two in step): the app itself does not (next.config.ts). text/event-stream is left out on purpose.
export const CADDY_ENCODE_TYPES = [
  "text/html",
  "text/css",
  "text/plain",
  "text/csv",
  "text/x-component",
  "text/javascript",
  "application/javascript",
  "application/json",
  "application/problem+json",
  "application/manifest+json",
  "image/svg+xml",
] as const;

/** The `encode` block of a Caddy site, as deploy/Caddyfile has it. */
export function caddyEncodeBlock(indent = "  "): string {
  const lines = [
    "encode {",
    "  zstd",
    "  gzip",
    "  match {",
    ...CADDY_ENCODE_TYPES.map((type) => `    header Content-Type ${type}*`),
    "  }",
    "}",
  ];
  return lines.map((line) => indent + line).join("\n");
}
