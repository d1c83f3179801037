// The app's Content-Security-Policy, in one place. next.config.ts sends it without a nonce on every
// response (API, JSON, redirects, static files: no script of ours runs there, so none is allowed
// inline); src/proxy.ts replaces it on every page request with one carrying a fresh nonce. Next.js
// reads that nonce from the request's policy and puts it on each of its own <script> tags; the root
// layout reads it the same way for the theme's inline script. docs/deploy.md explains the cost.
// No `import "server-only"`: next.config.ts imports this file, and that marker throws outside React's
// server build. Nothing here is secret; the nonce is made per request.

/** The response (and request) header that carries the policy. */
export const CONTENT_SECURITY_POLICY_HEADER = "content-security-policy";

export type PolicyOptions = {
  /** The page request's nonce; without one, no inline script may run. */
  nonce?: string;
  /** `next dev`: React's debugging tools need eval. */
  development: boolean;
  /** With STORAGE_DRIVER=s3, the bucket's origin: the browser posts documents to it and shows thumbnails from it. */
  storageOrigin?: string;
};

export function contentSecurityPolicy({ nonce, development, storageOrigin }: PolicyOptions): string {
  const storage = storageOrigin ? ` ${storageOrigin}` : "";
  // With a nonce, 'strict-dynamic' trusts only what a nonced script loads (Next.js's chunk loader), so
  // injected markup cannot run even a same-origin file; 'self' is the fallback for browsers that predate it.
  const scriptSources = ["'self'", ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : [])];
  if (development) scriptSources.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    // Server-rendered markup carries style attributes (React's `style` prop), which no nonce can cover,
    // and Radix's dialogs add <style> tags at run time without one; styles cannot run code, so they
    // keep 'unsafe-inline'.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${storage}`,
    "font-src 'self'",
    `connect-src 'self'${storage}`,
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable, and in the alphabet Next.js accepts in `'nonce-…'`. */
export function createScriptNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

const NONCE_SOURCE = /'nonce-([A-Za-z0-9+/_-]+={0,2})'/;

/** The nonce a page request's policy carries (the proxy put it there), as Next.js itself reads it. */
export function scriptNonceOf(policy: string | null): string | undefined {
  const scriptSrc = policy
    ?.split(";")
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith("script-src "));
  return scriptSrc ? NONCE_SOURCE.exec(scriptSrc)?.[1] : undefined;
}

/**
 * The origin the browser reaches the bucket at, from the same settings the S3 driver uses (read from the
 * environment: the proxy runs before the app's settings are loaded). Undefined for the local driver.
 */
export function storageOriginFrom(env: Record<string, string | undefined>): string | undefined {
  if (env.STORAGE_DRIVER !== "s3" || !env.S3_BUCKET) return undefined;
  const pathStyle = ["true", "1", "yes"].includes(env.S3_FORCE_PATH_STYLE ?? "");
  if (env.S3_ENDPOINT) {
    const endpoint = new URL(env.S3_ENDPOINT);
    return pathStyle ? endpoint.origin : `${endpoint.protocol}//${env.S3_BUCKET}.${endpoint.host}`;
  }
  const host = `s3.${env.S3_REGION ?? "us-east-1"}.amazonaws.com`;
  return pathStyle ? `https://${host}` : `https://${env.S3_BUCKET}.${host}`;
}
