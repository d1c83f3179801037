import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { brand } from "@/config/brand";
import { FollowDeviceTheme } from "@/components/site/follow-device-theme";
import { ThemeScript } from "@/components/site/theme-script";
import { CONTENT_SECURITY_POLICY_HEADER, scriptNonceOf } from "@/web/http/content-security-policy";
import { inter } from "./fonts";
// Loaded here with every page's styles (before ours, whose utilities size the flags), not by the flag
// component: a stylesheet of its own makes Next.js hint it to the browser wherever a route might draw a
// flag (a booking's 404 page, a link's prefetch), and the browser fetches it and warns it went unused.
import "flag-icons/css/flag-icons.min.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: brand.productName, template: `%s · ${brand.productName}` },
  description: brand.tagline,
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7fbfb" },
    { media: "(prefers-color-scheme: dark)", color: "#151c20" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The nonce src/proxy.ts gave this request, for the theme's inline script. Reading the request makes
  // every page dynamic, which a nonce requires: a page rendered at build time could not carry it.
  const nonce = scriptNonceOf((await headers()).get(CONTENT_SECURITY_POLICY_HEADER));
  return (
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="min-h-dvh font-sans">
        <FollowDeviceTheme />
        {children}
      </body>
    </html>
  );
}
