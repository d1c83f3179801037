import type { ActionResult } from "@/contracts/action-result";
import { cn } from "@/lib/utils";

/** The answer to an action, where it happened: announced politely on success, at once on failure. */
export function ActionMessage({ result, className }: { result: ActionResult | null; className?: string }) {
  if (!result) return null;
  return (
    <p
      role={result.ok ? "status" : "alert"}
      className={cn("text-sm", result.ok ? "text-muted-foreground" : "font-medium text-destructive", className)}
    >
      {result.message}
    </p>
  );
}
