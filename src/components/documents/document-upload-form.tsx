"use client";

import { useState } from "react";
import { Controller } from "react-hook-form";
import { z } from "zod";
import { controlProps, Field } from "@/components/form/field";
import { useZodForm } from "@/components/form/use-zod-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import {
  ACCEPTED_DOCUMENT_TYPES,
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  type DocumentKind,
} from "@/contracts/documents/schemas";
import { documentsUrl } from "./document-format";
import { sendDocument, UploadRefused } from "./send-document";

// Radix Select refuses an empty value, so "not about one pet" has a word of its own.
const WHOLE_BOOKING = "whole-booking";

const uploadFormSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS, { error: "Choose the document's type" }),
  petId: z.string(),
  files: z.custom<FileList>(
    (value) => typeof FileList !== "undefined" && value instanceof FileList && value.length > 0,
    {
      error: "Choose a file",
    },
  ),
});

export type DocumentPet = { id: string; name: string };

type DocumentUploadFormProps = {
  reference: string;
  pets: DocumentPet[];
  /** Prefixes the controls' ids: several forms can be on one page. */
  idPrefix: string;
  /** Replacing a document: the new one supersedes it and starts with its type and pet. */
  replacing?: { id: string; kind: DocumentKind; petId: string | null; name: string };
  submitLabel: string;
  onUploaded: (fileName: string) => void;
  onCancel?: () => void;
};

/**
 * Type, optional pet and file, then the bytes with progress. The server checks the file by its bytes;
 * its refusal (which names the file) appears under the file, and the choices stay for another try.
 */
export function DocumentUploadForm(props: DocumentUploadFormProps) {
  const { reference, pets, idPrefix, replacing, submitLabel, onUploaded, onCancel } = props;
  const [progress, setProgress] = useState<number | null>(null);
  const { control, register, handleSubmit, setError, formState } = useZodForm(uploadFormSchema, {
    defaultValues: { kind: replacing?.kind, petId: replacing?.petId ?? WHOLE_BOOKING },
  });
  const { errors, isSubmitting } = formState;
  const id = (name: string) => `${idPrefix}-${name}`;

  const submit = handleSubmit(async ({ kind, petId, files }) => {
    const file = files[0]!;
    setProgress(0);
    try {
      await sendDocument({
        file,
        startUrl: documentsUrl(reference),
        startBody: {
          kind,
          petId: petId === WHOLE_BOOKING ? undefined : petId,
          supersedesId: replacing?.id,
        },
        completeUrl: (uploadId) => `${documentsUrl(reference)}/${encodeURIComponent(uploadId)}/complete`,
        onProgress: setProgress,
      });
    } catch (error) {
      const message = error instanceof UploadRefused ? error.message : `${file.name} could not be uploaded. Try again.`;
      setError("files", { type: "server", message }, { shouldFocus: true });
      return;
    } finally {
      setProgress(null);
    }
    onUploaded(file.name);
  });

  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded-lg border bg-muted/30 p-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Field id={id("kind")} label="Type" error={errors.kind?.message}>
              <Select value={field.value ?? ""} onValueChange={field.onChange} disabled={isSubmitting}>
                <SelectTrigger ref={field.ref} {...controlProps(id("kind"), errors.kind?.message)}>
                  <SelectValue placeholder="Choose a type" />
                </SelectTrigger>
                <SelectContent>
                  {DOCUMENT_KINDS.map((kind) => (
                    <SelectItem key={kind} value={kind}>
                      {DOCUMENT_KIND_LABELS[kind]}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </Field>
          )}
        />
        {pets.length > 0 && (
          <Controller
            control={control}
            name="petId"
            render={({ field }) => (
              <Field id={id("pet")} label="Pet" optional>
                <Select value={field.value} onValueChange={field.onChange} disabled={isSubmitting}>
                  <SelectTrigger ref={field.ref} id={id("pet")}>
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value={WHOLE_BOOKING}>The whole booking</SelectItem>
                    {pets.map((pet) => (
                      <SelectItem key={pet.id} value={pet.id}>
                        {pet.name}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              </Field>
            )}
          />
        )}
      </div>
      <Field
        id={id("file")}
        label="File"
        hint="PDF, JPEG, PNG, HEIC or WebP. Phones can take a photo."
        error={errors.files?.message}
      >
        <Input
          type="file"
          accept={ACCEPTED_DOCUMENT_TYPES}
          disabled={isSubmitting}
          className="h-auto py-1.5"
          {...controlProps(id("file"), errors.files?.message, "hint")}
          {...register("files")}
        />
      </Field>
      {progress !== null && (
        <div className="flex items-center gap-2 text-sm text-muted-foreground">
          <progress
            value={progress}
            max={1}
            aria-label="Upload progress"
            className="h-2 w-full overflow-hidden rounded-full accent-primary"
          />
          <span aria-hidden="true">{Math.round(progress * 100)}%</span>
        </div>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        {onCancel && (
          <Button type="button" variant="ghost" size="sm" onClick={onCancel} disabled={isSubmitting}>
            Cancel
          </Button>
        )}
        <Button type="submit" size="sm" disabled={isSubmitting}>
          {isSubmitting ? "Uploading…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
