"use client";

import { RotateCcwIcon } from "lucide-react";
import { useState, useTransition } from "react";
import { retryEmailAction } from "@/actions/emails";
import { Button } from "@/components/ui/button";

export function RetryButton({ id }: { id: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex items-center gap-3">
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await retryEmailAction(id);
            setMessage(
              result.ok ? "Queued again: the worker sends it within seconds." : (result.message ?? "Could not retry"),
            );
          })
        }
      >
        <RotateCcwIcon aria-hidden /> Retry sending
      </Button>
      <p role="status" className="text-sm text-muted-foreground">
        {message}
      </p>
    </div>
  );
}
