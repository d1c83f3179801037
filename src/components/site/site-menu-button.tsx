"use client";

import { MenuIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

/** The header's menu button on narrow screens: the same before and after its menu's script has loaded. */
export function SiteMenuButton(props: React.ComponentProps<typeof Button>) {
  return (
    <Button variant="ghost" size="icon" className="lg:hidden" aria-label="Menu" aria-haspopup="menu" {...props}>
      <MenuIcon aria-hidden="true" />
    </Button>
  );
}
