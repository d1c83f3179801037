"use client";

import { lazy, Suspense, useState } from "react";
import { SiteMenuButton } from "./site-menu-button";

export type SiteMenuLink = { href: string; label: string };

// Radix's dropdown (with its positioning and focus layers, about 100 KB of script) is on every public
// page through the header, yet opened by few: it is fetched when the button is pointed at, focused or
// pressed, so a page's first load neither downloads nor starts it (issue 18 item 10).
const loadPopup = () => import("./site-menu-popup");
const SiteMenuPopup = lazy(loadPopup);

/** The links a narrow header has no room for, one tap away (a wide screen shows them all in the header). */
export function SiteMenu({ links }: { links: readonly SiteMenuLink[] }) {
  const [wanted, setWanted] = useState(false);
  const preload = () => void loadPopup();
  const button = (
    <SiteMenuButton aria-expanded={false} onPointerEnter={preload} onFocus={preload} onClick={() => setWanted(true)} />
  );
  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <SiteMenuPopup links={links} />
    </Suspense>
  );
}
