"use client";

import { SearchIcon } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Input } from "@/components/ui/input";

const DEBOUNCE_MS = 300;

/**
 * One box for reference, customer name, email, phone, pet name and microchip. Searches as you type,
 * once typing pauses; follows the URL when it changes from elsewhere (back, a saved view, clear all).
 */
export function SearchBox({
  value,
  onSearch,
}: {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
}) {
  const [text, setText] = useState(value ?? "");
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The URL moved to a search this box did not send: show it (what was sent is already in the box).
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) {
      setText(value ?? "");
      setSent(value);
    }
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  function send(next: string) {
    clearTimeout(timer.current);
    const q = next.trim() || undefined;
    if (q === sent) return;
    setSent(q);
    onSearch(q);
  }

  return (
    <form
      role="search"
      action="/admin"
      className="relative min-w-0 flex-1 sm:max-w-sm"
      onSubmit={(event) => {
        event.preventDefault();
        send(text);
      }}
    >
      <SearchIcon
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
        aria-hidden
      />
      <Input
        type="search"
        name="q"
        aria-label="Search bookings"
        placeholder="Reference, name, email, phone, pet, microchip"
        maxLength={200}
        className="pl-9"
        value={text}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => send(next), DEBOUNCE_MS);
        }}
      />
    </form>
  );
}
