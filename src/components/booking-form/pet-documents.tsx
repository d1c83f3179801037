"use client";

import { UploadIcon } from "lucide-react";
import { useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { FieldError } from "@/components/form/field";
import { ACCEPTED_DOCUMENT_TYPES, DOCUMENT_KIND_LABELS } from "@/contracts/documents/document-labels";
import { DOCUMENT_KINDS, type DocumentKind } from "@/lib/enum-values";
import { cn } from "@/lib/utils";
import { useBookingFields } from "./booking-fields";
import { DocumentRow } from "./document-row";
import type { DocumentUploads } from "./document-uploads";
import { useUploadList } from "./use-document-uploads";

type PetDocumentsProps = {
  index: number;
  documents: DocumentUploads;
};

const hasFiles = (event: React.DragEvent) => event.dataTransfer.types.includes("Files");

/**
 * One pet's documents. The type is chosen first and given to every file added after it, since the
 * server fixes an upload's type when it starts. Files are picked (on phones the picker also offers
 * the camera, as the accepted types include images) or dropped anywhere on this part of the card.
 */
export function PetDocuments({ index, documents }: PetDocumentsProps) {
  const { control } = useBookingFields();
  const typedName = useWatch({ control, name: `pets.${index}.name` });
  const petName = typedName?.trim() || `pet ${index + 1}`;
  const uploads = useUploadList(documents).filter((upload) => upload.petIndex === index);
  const [kind, setKind] = useState<DocumentKind | "">("");
  const [kindError, setKindError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const kindTrigger = useRef<HTMLButtonElement>(null);
  const id = (name: string) => `pets-${index}-documents-${name}`;

  const kindChosen = () => {
    if (kind) return kind;
    setKindError("Choose the document type first, then add its files");
    kindTrigger.current?.focus();
    return null;
  };
  const addFiles = (files: File[]) => {
    const chosen = kindChosen();
    if (chosen && files.length > 0) documents.add(index, chosen, files);
  };

  return (
    <section
      aria-labelledby={id("title")}
      className={cn(
        "space-y-3 rounded-lg border border-dashed p-3 transition-colors sm:p-4",
        dragging && "border-primary bg-primary/5",
      )}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        addFiles([...event.dataTransfer.files]);
      }}
    >
      <div>
        <h4 id={id("title")} className="text-sm font-semibold">
          Documents for {petName}
        </h4>
        <p id={id("hint")} className="text-xs text-muted-foreground">
          Optional: passport, vaccination record, titer report, health certificate or permit, as a PDF or a photo (JPEG,
          PNG, HEIC or WebP). Choose the type, then add the files
          <span className="hidden sm:inline"> or drop them here</span>.
        </p>
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="grid gap-1.5 sm:w-64">
          <Label htmlFor={id("kind")}>
            Document type<span className="sr-only"> for {petName}</span>
          </Label>
          <Select
            value={kind}
            onValueChange={(value) => {
              setKind(value as DocumentKind);
              setKindError(undefined);
            }}
          >
            <SelectTrigger
              ref={kindTrigger}
              id={id("kind")}
              aria-invalid={kindError ? true : undefined}
              aria-describedby={kindError ? id("kind-error") : undefined}
            >
              <SelectValue placeholder="Choose a type" />
            </SelectTrigger>
            <SelectContent>
              {DOCUMENT_KINDS.map((value) => (
                <SelectItem key={value} value={value}>
                  {DOCUMENT_KIND_LABELS[value]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <FieldError id={id("kind-error")} message={kindError} />
        </div>
        <Button
          type="button"
          variant="outline"
          className="sm:mt-6"
          aria-describedby={id("hint")}
          onClick={() => {
            if (kindChosen()) picker.current?.click();
          }}
        >
          <UploadIcon aria-hidden /> Add files<span className="sr-only"> for {petName}</span>
        </Button>
        {/* Opened by the button above, which first makes sure a type is chosen. */}
        <input
          ref={picker}
          type="file"
          multiple
          accept={ACCEPTED_DOCUMENT_TYPES}
          hidden
          aria-label={`Files for ${petName}`}
          onChange={(event) => {
            addFiles([...(event.target.files ?? [])]);
            // Lets the same file be picked again after it was removed.
            event.target.value = "";
          }}
        />
      </div>
      {uploads.length > 0 && (
        <ul className="space-y-2" aria-label={`Files for ${petName}`}>
          {uploads.map((upload) => (
            <DocumentRow key={upload.key} upload={upload} documents={documents} />
          ))}
        </ul>
      )}
    </section>
  );
}
