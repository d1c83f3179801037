"use client";

import { useEffect } from "react";
import { applyStoredTheme, DARK_SCHEME_QUERY, THEME_STORAGE_KEY } from "./theme";

/** Follows the device switching between light and dark, and the switch used in another tab. */
export function FollowDeviceTheme() {
  useEffect(() => {
    const media = window.matchMedia(DARK_SCHEME_QUERY);
    const onStorage = (event: StorageEvent) => {
      if (event.key === THEME_STORAGE_KEY || event.key === null) applyStoredTheme();
    };
    media.addEventListener("change", applyStoredTheme);
    window.addEventListener("storage", onStorage);
    return () => {
      media.removeEventListener("change", applyStoredTheme);
      window.removeEventListener("storage", onStorage);
    };
  }, []);
  return null;
}
