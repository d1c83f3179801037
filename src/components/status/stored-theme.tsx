"use client";

import { useEffect } from "react";
import { applyStoredTheme } from "@/components/site/theme";

/**
 * Applies the stored theme where the root layout's inline script cannot run: the global error page
 * replaces the root layout. Runs after the first paint, so a dark theme arrives a moment late there.
 */
export function StoredTheme() {
  useEffect(applyStoredTheme, []);
  return null;
}
