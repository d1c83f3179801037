import { Check, CircleDot, XCircle } from "lucide-react";
import type { JourneyStep } from "@/contracts/journey/journey";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";
import { cn } from "@/lib/utils";
import { JOURNEY_STEP_LABELS } from "./journey-words";

/** The steps as an ordered list: reached ones with their date, the current one marked for assistive technology. */
export function JourneySteps({ steps }: { steps: JourneyStep[] }) {
  const currentIndex = steps.findIndex((step) => step.current);
  return (
    <ol aria-label="Journey steps" className="grid gap-0">
      {steps.map((step, index) => {
        const reached = index <= currentIndex;
        const cancelled = step.key === "cancelled";
        const Icon = cancelled ? XCircle : step.current ? CircleDot : reached ? Check : null;
        return (
          <li
            key={step.key}
            aria-current={step.current ? "step" : undefined}
            className="relative flex gap-3 pb-4 last:pb-0"
          >
            {index < steps.length - 1 && (
              <span
                aria-hidden="true"
                className={cn(
                  "absolute top-7 bottom-0 left-3.5 w-px -translate-x-1/2",
                  index < currentIndex ? "bg-primary" : "bg-border",
                )}
              />
            )}
            <span
              aria-hidden="true"
              className={cn(
                "relative z-10 flex size-7 shrink-0 items-center justify-center rounded-full border",
                cancelled
                  ? "border-destructive bg-destructive text-white"
                  : reached
                    ? "border-primary bg-primary text-primary-foreground"
                    : "bg-background text-muted-foreground",
              )}
            >
              {Icon && <Icon className="size-4" />}
            </span>
            <div className="grid min-w-0 gap-0.5 pt-0.5">
              <p
                className={cn(
                  "text-sm",
                  step.current ? "font-semibold" : reached ? "font-medium" : "text-muted-foreground",
                )}
              >
                {JOURNEY_STEP_LABELS[step.key]}
                {step.current && <span className="sr-only"> (where your booking is now)</span>}
                {!reached && <span className="sr-only"> (not yet)</span>}
              </p>
              {reached && step.at && (
                <p className="text-xs text-muted-foreground">
                  <time dateTime={step.at}>{formatInstant(step.at, brand.timeZone)}</time>
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
