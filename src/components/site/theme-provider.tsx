"use client";

import { ThemeProvider as NextThemesProvider } from "next-themes";

/** `nonce`: the page request's script nonce, for next-themes' inline script (the policy allows no other). */
export function ThemeProvider({ children, nonce }: { children: React.ReactNode; nonce?: string }) {
  return (
    <NextThemesProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      {children}
    </NextThemesProvider>
  );
}
