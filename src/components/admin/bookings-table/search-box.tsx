"use client";

import { SearchIcon } from "lucide-react";
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import { Input } from "@/components/ui/input";

const DEBOUNCE_MS = 300;

/** Lets the table drop a search still waiting to apply when it opens a booking itself (a row's click). */
export type SearchBoxHandle = { cancel: () => void };

/** A plain click on a link: it navigates in this tab (a modified click or a new-tab link leaves the page be). */
function followsLink(event: MouseEvent, form: HTMLFormElement | null): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  return !!link && !form?.contains(link) && (link.getAttribute("target") ?? "_self") === "_self";
}

/**
 * One box for reference, customer name, email, phone, pet name and microchip. Searches as you type,
 * once typing pauses; follows the URL when it changes from elsewhere (back, a saved view, clear all).
 */
export function SearchBox({
  value,
  onSearch,
  ref,
}: {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
  ref?: Ref<SearchBoxHandle>;
}) {
  const [text, setText] = useState(value ?? "");
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const form = useRef<HTMLFormElement>(null);

  // The URL moved to a search this box did not send: show it (what was sent is already in the box).
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) {
      setText(value ?? "");
      setSent(value);
    }
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  // A link followed within the debounce: the search, applied later with router.replace, would replace
  // that navigation and leave the person on the table (the click "lost"). So the link wins and the
  // waiting search is dropped. In the capture phase, before the link's own handler starts navigating.
  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (followsLink(event, form.current)) clearTimeout(timer.current);
    }
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);
  useImperativeHandle(ref, () => ({ cancel: () => clearTimeout(timer.current) }), []);

  function send(next: string) {
    clearTimeout(timer.current);
    const q = next.trim() || undefined;
    if (q === sent) return;
    setSent(q);
    onSearch(q);
  }

  return (
    <form
      ref={form}
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
