/**
 * Headers Next.js reads as instructions from itself (prefetch, data and subrequest markers, invoke
 * hints). Next.js filters some of them already; `x-middleware-prefetch` is not among them.
 */
export const INTERNAL_HEADERS = [
  "x-middleware-prefetch",
  "x-middleware-subrequest",
  "x-middleware-subrequest-id",
  "x-nextjs-data",
  "x-invoke-path",
  "x-invoke-query",
  "x-invoke-output",
  "x-invoke-status",
  "x-invoke-error",
  "x-now-route-matches",
  "x-matched-path",
];
