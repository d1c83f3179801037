import type * as React from "react";
import { cn } from "@/lib/utils";

/**
 * A box that scrolls sideways on narrow screens (a wide table, a code sample). It takes keyboard focus and
 * has a name, so a keyboard user can reach and scroll it (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function ScrollRegion({ label, className, ...props }: React.ComponentProps<"div"> & { label: string }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn(
        "overflow-x-auto focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none",
        className,
      )}
      {...props}
    />
  );
}
