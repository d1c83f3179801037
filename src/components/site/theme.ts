// The light/dark theme, without a library: the switch stores "light" or "dark" under THEME_STORAGE_KEY;
// with nothing stored (or "system", which next-themes wrote before) the page follows the device.
// The inline script in <head> applies it before the first paint; the switch and FollowDeviceTheme after.

export const THEME_STORAGE_KEY = "theme";
export const DARK_SCHEME_QUERY = "(prefers-color-scheme: dark)";

/**
 * Puts the stored choice (or the device's) on <html>. Self-contained on purpose: its source text is the
 * inline script (THEME_SCRIPT), so it may use nothing from outside its own body (keep the key in sync).
 */
export function applyStoredTheme(): void {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem("theme");
  } catch {
    // Storage blocked: follow the device.
  }
  const dark = stored === "dark" || (stored !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
  document.documentElement.style.colorScheme = dark ? "dark" : "light";
}

export const THEME_SCRIPT = `(${applyStoredTheme.toString()})()`;

/** The switch: shows the other theme and remembers it for this browser. */
export function switchTheme(): void {
  const dark = !document.documentElement.classList.contains("dark");
  document.documentElement.classList.toggle("dark", dark);
  document.documentElement.style.colorScheme = dark ? "dark" : "light";
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, dark ? "dark" : "light");
  } catch {
    // Storage blocked: the choice lasts until the next page load.
  }
}
