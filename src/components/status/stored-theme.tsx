"use client";

import { useEffect } from "react";

/**
 * Applies the theme next-themes stored ("theme" in localStorage; "system" follows the device) where its
 * provider cannot run: the global error page replaces the root layout, and an inline script is refused by
 * the page's nonce policy. Runs after the first paint, so a dark theme arrives a moment late there.
 */
export function StoredTheme() {
  useEffect(() => {
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem("theme");
    } catch {
      // Storage blocked: follow the device.
    }
    const dark = stored === "dark" || (stored !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
    document.documentElement.classList.toggle("dark", dark);
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
  }, []);
  return null;
}
