import { cva, type VariantProps } from "class-variance-authority";
import type * as React from "react";
import { cn } from "@/lib/utils";

export const badgeVariants = cva(
  "inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
  {
    variants: {
      tone: {
        neutral: "border-border bg-muted text-foreground",
        info: "border-sky-500/30 bg-sky-500/10 text-sky-800 dark:text-sky-200",
        progress: "border-amber-500/30 bg-amber-500/10 text-amber-800 dark:text-amber-200",
        flight: "border-violet-500/30 bg-violet-500/10 text-violet-800 dark:text-violet-200",
        success: "border-emerald-500/30 bg-emerald-500/10 text-emerald-800 dark:text-emerald-200",
        danger: "border-red-500/30 bg-red-500/10 text-red-800 dark:text-red-200",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

export function Badge({
  className,
  tone,
  ...props
}: React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
