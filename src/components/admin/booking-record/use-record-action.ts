"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/contracts/action-result";

/** Runs one of the record page's server actions with a pending state, and keeps its answer to show. */
export function useRecordAction() {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  function run(action: () => Promise<ActionResult>, after?: (result: ActionResult) => void) {
    startTransition(async () => {
      let answer: ActionResult;
      try {
        answer = await action();
      } catch {
        answer = { ok: false, message: "We could not reach the server. Check your connection and try again." };
      }
      setResult(answer);
      after?.(answer);
    });
  }
  return { pending, result, run, clear: () => setResult(null) };
}
