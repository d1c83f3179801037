import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Logo } from "./logo";
import { SiteMenu } from "./site-menu";
import { ThemeToggle } from "./theme-toggle";

const PHONE_MENU = [
  { href: "/login", label: "Sign in" },
  { href: "/track", label: "Track a booking" },
  { href: "/#how-it-works", label: "How it works" },
  { href: "/docs/api", label: "API" },
] as const;

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b bg-background/85 backdrop-blur supports-[backdrop-filter]:bg-background/70">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <Logo />
        <nav aria-label="Main" className="flex items-center gap-1 sm:gap-2">
          <Button asChild variant="ghost" className="hidden sm:inline-flex">
            <Link href="/#how-it-works">How it works</Link>
          </Button>
          <Button asChild variant="ghost" className="hidden lg:inline-flex">
            <Link href="/track">Track a booking</Link>
          </Button>
          <Button asChild variant="ghost" className="hidden sm:inline-flex">
            <Link href="/docs/api">API</Link>
          </Button>
          <Button asChild variant="ghost" className="hidden sm:inline-flex">
            <Link href="/login">Sign in</Link>
          </Button>
          <ThemeToggle />
          <SiteMenu links={PHONE_MENU} />
          <Button asChild>
            <Link href="/book">Book a relocation</Link>
          </Button>
        </nav>
      </div>
    </header>
  );
}
