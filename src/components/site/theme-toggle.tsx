"use client";

import { MoonIcon, SunIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { switchTheme } from "./theme";

export function ThemeToggle() {
  return (
    <Button variant="ghost" size="icon" aria-label="Switch between light and dark theme" onClick={switchTheme}>
      <SunIcon className="hidden dark:block" aria-hidden />
      <MoonIcon className="dark:hidden" aria-hidden />
    </Button>
  );
}
