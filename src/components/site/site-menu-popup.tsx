"use client";

import Link from "next/link";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { SiteMenuButton } from "./site-menu-button";
import type { SiteMenuLink } from "./site-menu";

/** The menu itself (Radix's dropdown: focus, arrow keys, Escape), loaded by SiteMenu on first use, open. */
export default function SiteMenuPopup({ links }: { links: readonly SiteMenuLink[] }) {
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>
        <SiteMenuButton />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="min-w-48">
        {links.map((link) => (
          <DropdownMenuItem key={link.href} asChild>
            <Link href={link.href}>{link.label}</Link>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
