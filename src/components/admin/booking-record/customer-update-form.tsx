"use client";

import { useRef, useState } from "react";
import { postCustomerUpdateAction } from "@/actions/booking-record";
import { documentsUrl } from "@/components/documents/document-format";
import { sendDocument, UploadRefused } from "@/components/documents/send-document";
import { controlProps, Field } from "@/components/form/field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/contracts/action-result";
import { customerUpdateSchema, MAX_CUSTOMER_UPDATE_LENGTH } from "@/contracts/journey/customer-update";
import { ActionMessage } from "./action-message";
import { NotifyCheckbox } from "./notify-checkbox";

const PHOTO_TYPES = "image/jpeg,image/png,image/webp,image/heic,image/heif";
const OFFLINE = "We could not reach the server. Check your connection and try again; your update is kept.";

type Errors = { text?: string; photo?: string };

/**
 * "Update for the customer": words (at most 1,000 characters), an optional photo and whether to email it.
 * The photo goes up first as one of the booking's documents (kind "other"), through the one uploader every
 * page uses; a second try after a refused post reuses it instead of uploading the same file again.
 */
export function CustomerUpdateForm({ reference }: { reference: string }) {
  const [text, setText] = useState("");
  const [photo, setPhoto] = useState<File | null>(null);
  const [notifyCustomer, setNotifyCustomer] = useState(true);
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState<"uploading" | "posting" | null>(null);
  const uploaded = useRef<{ file: File; id: string } | null>(null);
  const photoInput = useRef<HTMLInputElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);

  async function photoDocumentId(file: File): Promise<string> {
    if (uploaded.current?.file === file) return uploaded.current.id;
    const { id } = await sendDocument({
      file,
      startUrl: documentsUrl(reference),
      startBody: { kind: "other" },
      completeUrl: (uploadId) => `${documentsUrl(reference)}/${encodeURIComponent(uploadId)}/complete`,
    });
    uploaded.current = { file, id };
    return id;
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setResult(null);
    const checked = customerUpdateSchema.shape.text.safeParse(text);
    if (!checked.success) {
      setErrors({ text: checked.error.issues[0]?.message });
      textArea.current?.focus();
      return;
    }
    setErrors({});
    let photoId: string | undefined;
    if (photo) {
      setBusy("uploading");
      try {
        photoId = await photoDocumentId(photo);
      } catch (error) {
        setBusy(null);
        setErrors({ photo: error instanceof UploadRefused ? error.message : `${photo.name} could not be uploaded.` });
        photoInput.current?.focus();
        return;
      }
    }
    setBusy("posting");
    let answer: ActionResult;
    try {
      answer = await postCustomerUpdateAction(reference, { text, photoDocumentId: photoId, notifyCustomer });
    } catch {
      answer = { ok: false, message: OFFLINE };
    }
    setBusy(null);
    if (!answer.ok) {
      setErrors({ text: answer.fields?.text, photo: answer.fields?.photoDocumentId });
      if (!answer.fields?.text && !answer.fields?.photoDocumentId) setResult(answer);
      return;
    }
    setText("");
    setPhoto(null);
    uploaded.current = null;
    if (photoInput.current) photoInput.current.value = "";
    setResult(answer);
  }

  const length = text.length;
  return (
    <form onSubmit={submit} noValidate className="grid gap-3">
      <Field
        id="customer-update-text"
        label="Update for the customer"
        hint="The customer sees it on their booking page and on the tracking page."
        error={errors.text}
      >
        <Textarea
          ref={textArea}
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
          {...controlProps("customer-update-text", errors.text, "customer-update-text-hint")}
          aria-describedby={
            [
              "customer-update-text-hint",
              "customer-update-text-count",
              errors.text ? "customer-update-text-error" : null,
            ]
              .filter(Boolean)
              .join(" ") || undefined
          }
        />
        <p
          id="customer-update-text-count"
          className={
            length > MAX_CUSTOMER_UPDATE_LENGTH
              ? "text-xs font-medium text-destructive"
              : "text-xs text-muted-foreground"
          }
        >
          {length.toLocaleString("en")} of {MAX_CUSTOMER_UPDATE_LENGTH.toLocaleString("en")} characters
        </p>
      </Field>
      <Field
        id="customer-update-photo"
        label="Photo"
        optional
        hint="JPEG, PNG, HEIC or WebP. It is added to the booking's documents."
        error={errors.photo}
      >
        <Input
          ref={photoInput}
          type="file"
          accept={PHOTO_TYPES}
          disabled={busy !== null}
          onChange={(event) => {
            setPhoto(event.target.files?.[0] ?? null);
            setErrors((current) => ({ ...current, photo: undefined }));
          }}
          {...controlProps("customer-update-photo", errors.photo, "customer-update-photo-hint")}
        />
      </Field>
      <NotifyCheckbox
        id="customer-update-notify"
        checked={notifyCustomer}
        onChange={setNotifyCustomer}
        label="Email the customer"
      />
      <div className="flex items-center justify-end gap-3">
        <ActionMessage result={result} className="mr-auto" />
        <Button type="submit" size="sm" disabled={busy !== null}>
          {busy === "uploading" ? "Uploading the photo…" : busy === "posting" ? "Posting…" : "Post update"}
        </Button>
      </div>
    </form>
  );
}
