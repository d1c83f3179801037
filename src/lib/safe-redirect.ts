const allowedPrefixes = ["/admin", "/portal"];

/** A post-sign-in target only if it is one of our own areas: never another site, never "//evil". */
export function safeRedirect(target: string | null | undefined, fallback: string): string {
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.includes("\\")) return fallback;
  const path = target.split(/[?#]/)[0]!;
  return allowedPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)) ? target : fallback;
}
