"use client";

import type { ActionResult } from "@/contracts/action-result";
import { useState } from "react";
import { addNoteAction, deleteNoteAction, editNoteAction } from "@/actions/booking-record";
import { ConfirmDialog } from "@/components/form/confirm-dialog";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "./action-message";
import { NoteForm } from "./note-form";
import { brand } from "@/config/brand";
import { formatInstant } from "@/lib/format-date-time";
import { useRecordAction } from "./use-record-action";

export type NoteItem = {
  id: string;
  body: string;
  authorName: string | null;
  createdAt: Date;
  edited: boolean;
  canEdit: boolean;
};

/** Internal notes, newest first: the team's own words, never shown to customers. */
export function NotesPanel({
  reference,
  notes,
  canWrite,
}: {
  reference: string;
  notes: NoteItem[];
  canWrite: boolean;
}) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<NoteItem | null>(null);
  const removal = useRecordAction();

  return (
    <div className="grid gap-4">
      {canWrite && (
        <NoteForm
          id="new-note"
          label="New internal note"
          submitLabel="Add note"
          onSubmit={(values) => addNoteAction(reference, values)}
          onDone={setResult}
        />
      )}
      <ActionMessage result={result} />
      {notes.length === 0 ? (
        <p className="text-sm text-muted-foreground">No internal notes yet.</p>
      ) : (
        <ul aria-label="Internal notes" className="divide-y">
          {notes.map((note) => (
            <li key={note.id} className="grid gap-1.5 py-3">
              <p className="text-xs text-muted-foreground">
                {note.authorName ?? "A former team member"} ·{" "}
                <time dateTime={note.createdAt.toISOString()}>{formatInstant(note.createdAt, brand.timeZone)}</time>
                {note.edited && " · edited"}
              </p>
              {editing === note.id ? (
                <NoteForm
                  id={`note-${note.id}`}
                  label="Edit note"
                  submitLabel="Save note"
                  defaultBody={note.body}
                  onSubmit={(values) => editNoteAction(reference, note.id, values)}
                  onDone={(saved) => {
                    setResult(saved);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                // Rendered as text: whatever a note says, it is never markup.
                <p className="text-sm break-words whitespace-pre-wrap">{note.body}</p>
              )}
              {note.canEdit && editing !== note.id && (
                <div className="flex gap-1">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={`Edit note by ${note.authorName ?? "a former team member"} from ${formatInstant(note.createdAt, brand.timeZone)}`}
                    onClick={() => setEditing(note.id)}
                  >
                    Edit
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={removal.pending}
                    aria-label={`Delete note by ${note.authorName ?? "a former team member"} from ${formatInstant(note.createdAt, brand.timeZone)}`}
                    onClick={() => setDeleting(note)}
                  >
                    Delete
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete this note?"
        description="The note's text is removed for good; the timeline keeps that a note was deleted."
        cancelLabel="Keep it"
        confirmLabel="Delete note"
        onConfirm={() => {
          const note = deleting;
          setDeleting(null);
          setResult(null);
          if (note) removal.run(() => deleteNoteAction(reference, note.id), setResult);
        }}
      />
    </div>
  );
}
