"use client";

import { BookmarkIcon, Trash2Icon } from "lucide-react";
import { useState, useTransition } from "react";
import { deleteViewAction } from "@/actions/bookings-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { SavedViewSummary } from "@/contracts/saved-views/schemas";
import { SaveViewDialog } from "./save-view-dialog";

type SavedViewsMenuProps = {
  views: SavedViewSummary[];
  /** The current view's query (filters, sort, columns) as it would be saved. */
  currentQuery: string;
  onOpenView: (href: string) => void;
  onMessage: (message: string) => void;
};

/** The saved views one can open (own and shared), saving the current one, deleting. */
export function SavedViewsMenu({ views, currentQuery, onOpenView, onMessage }: SavedViewsMenuProps) {
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  // The dialog (a form with its hooks) is mounted the first time it opens, then kept for its closing animation.
  const [dialogMounted, setDialogMounted] = useState(false);
  const [deleting, startDeleting] = useTransition();

  function remove(view: SavedViewSummary) {
    startDeleting(async () => {
      const result = await deleteViewAction(view.id);
      onMessage(result.ok ? `Deleted the view “${view.name}”.` : result.message);
    });
  }

  return (
    <>
      <Popover open={open} onOpenChange={setOpen}>
        <PopoverTrigger asChild>
          <Button variant="outline">
            <BookmarkIcon aria-hidden /> Saved views
          </Button>
        </PopoverTrigger>
        <PopoverContent align="end" className="w-80 p-2">
          {views.length === 0 ? (
            <p className="px-2 py-3 text-sm text-muted-foreground">
              No saved views yet. Save the current one to open it again later.
            </p>
          ) : (
            <ul aria-label="Saved views" className="max-h-72 space-y-0.5 overflow-y-auto">
              {views.map((view) => {
                const href = view.query ? `/admin?${view.query}` : "/admin";
                return (
                  <li key={view.id} className="flex items-center gap-1 rounded-md hover:bg-accent">
                    <a
                      href={href}
                      className="min-w-0 flex-1 px-2 py-1.5 text-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
                      onClick={(event) => {
                        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                        event.preventDefault();
                        setOpen(false);
                        onOpenView(href);
                      }}
                    >
                      <span className="block truncate font-medium">{view.name}</span>
                      {(view.shared || !view.mine) && (
                        <span className="flex items-center gap-1 text-xs text-muted-foreground">
                          {view.shared && <Badge>Shared</Badge>}
                          {!view.mine && `by ${view.ownerName}`}
                        </span>
                      )}
                    </a>
                    {view.canDelete && (
                      <Button
                        variant="ghost"
                        size="icon"
                        className="size-8"
                        aria-label={`Delete view ${view.name}`}
                        disabled={deleting}
                        onClick={() => remove(view)}
                      >
                        <Trash2Icon aria-hidden />
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <div className="mt-2 border-t pt-2">
            <Button
              variant="ghost"
              className="w-full justify-start"
              onClick={() => {
                setOpen(false);
                setDialogMounted(true);
                setSaving(true);
              }}
            >
              Save current view…
            </Button>
          </div>
        </PopoverContent>
      </Popover>
      {dialogMounted && (
        <SaveViewDialog
          open={saving}
          onOpenChange={setSaving}
          query={currentQuery}
          onSaved={(name) => onMessage(`Saved the view “${name}”.`)}
        />
      )}
    </>
  );
}
