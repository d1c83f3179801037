"use client";

import { usePathname } from "next/navigation";
import { Logo } from "@/components/site/logo";
import { ErrorScreen, homeOfPath } from "@/components/status/error-screen";
import { StoredTheme } from "@/components/status/stored-theme";
import { inter } from "./fonts";
import "./globals.css";

/** The root layout itself failed: this page replaces it, so it brings its own document, styles and theme. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const pathname = usePathname();
  return (
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <body className="min-h-dvh font-sans">
        <title>Something went wrong · PawPath Bookings</title>
        <StoredTheme />
        <header className="border-b bg-background">
          <div className="mx-auto flex h-16 max-w-6xl items-center px-4 sm:px-6">
            <Logo />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 sm:px-6">
          <ErrorScreen digest={error.digest} reset={reset} home={homeOfPath(pathname)} reload />
        </main>
      </body>
    </html>
  );
}
