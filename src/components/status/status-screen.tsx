import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/**
 * The body of every page that could not show what was asked for (not found, not for your role, an
 * error): what happened in plain words, then the ways on. The frame (header) comes from where it is used.
 */
export function StatusScreen({
  icon: Icon,
  eyebrow,
  title,
  children,
  actions,
}: {
  icon: LucideIcon;
  /** A short line above the title, such as "404 · Page not found". */
  eyebrow: string;
  title: string;
  children: ReactNode;
  actions: ReactNode;
}) {
  return (
    <div className="mx-auto grid w-full max-w-xl gap-5 px-1 py-10 sm:py-16">
      <span className="flex size-12 items-center justify-center rounded-full bg-secondary text-secondary-foreground">
        <Icon aria-hidden className="size-6" />
      </span>
      <div className="grid gap-2">
        <p className="text-sm font-medium text-muted-foreground">{eyebrow}</p>
        <h1 className="text-2xl font-semibold tracking-tight text-balance sm:text-3xl">{title}</h1>
        <div className="grid gap-2 text-muted-foreground [&_strong]:text-foreground">{children}</div>
      </div>
      <div className="flex flex-wrap gap-2">{actions}</div>
    </div>
  );
}
