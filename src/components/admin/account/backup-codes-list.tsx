"use client";

import { CopyIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** The backup codes, shown once: each signs in a single time when the phone is not at hand. */
export function BackupCodesList({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="grid gap-2">
      <p className="text-sm">
        Save these backup codes somewhere safe, such as your password manager. Each works once, and they are not shown
        again.
      </p>
      <ul
        aria-label="Backup codes"
        className="grid grid-cols-2 gap-1 rounded-md border bg-muted/40 p-3 font-mono text-sm sm:max-w-sm"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={async () => {
            await navigator.clipboard.writeText(codes.join("\n"));
            setCopied(true);
          }}
        >
          <CopyIcon aria-hidden /> {copied ? "Copied" : "Copy the codes"}
        </Button>
      </div>
    </div>
  );
}
