"use client";

import { AlertCircleIcon, LoaderCircleIcon, PlusIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { useFieldArray, useWatch, type FieldPath } from "react-hook-form";
import { submitBooking } from "@/actions/intake";
import { errorAt } from "@/components/form/field";
import { lazyZodSchema, useLazyZodForm } from "@/components/form/use-lazy-zod-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { MAX_PETS } from "@/contracts/bookings/booking-choices";
import type { CreateBookingFormValues } from "@/contracts/bookings/schemas";
import { BookingFieldsProvider } from "./booking-fields";
import { ConsentFields } from "./consent-fields";
import { DocumentsNotice, type DocumentsStage } from "./documents-notice";
import { OwnerFields } from "./owner-fields";
import { PetDocuments } from "./pet-documents";
import { PetFields } from "./pet-fields";
import { RouteFields } from "./route-fields";
import { useDocumentUploads } from "./use-document-uploads";
import { useDraft, useIdempotencyKey } from "./use-session-state";
import { rememberBookedSummary } from "./booked-summary";

const emptyPet: CreateBookingFormValues["pets"][number] = {
  name: "",
  species: undefined as never,
  breed: "",
  microchip: "",
  notes: "",
};

const defaultValues: CreateBookingFormValues = {
  customer: { name: "", email: "", phone: "", whatsapp: "", preferredContact: "email" },
  route: {
    originCountry: "AE",
    originCity: "",
    destinationCountry: "",
    destinationCity: "",
    travelDate: "",
    serviceType: undefined as never,
  },
  pets: [emptyPet],
  specialRequests: "",
  consent: false as never,
};

// The form's rules (zod and the phone-number metadata) are fetched once a person starts on the form, not
// with the page: a third of /book's script, and most of the time it took to start (issue 18 item 10).
const bookingSchema = lazyZodSchema(() =>
  import("@/contracts/bookings/schemas").then((contract) => contract.createBookingBodySchema),
);

function submitLabel(isSubmitting: boolean, documentsStage: DocumentsStage) {
  if (!isSubmitting) return "Submit booking";
  return documentsStage === "waiting" ? "Waiting for uploads…" : "Sending your booking…";
}

export function BookingForm() {
  const router = useRouter();
  const idempotencyKey = useIdempotencyKey();
  const [formError, setFormError] = useState<string | null>(null);
  const [honeypot, setHoneypot] = useState("");
  const [documentsStage, setDocumentsStage] = useState<DocumentsStage>("idle");
  // Uploads start with the booking's idempotency key as their draft key: the server attaches only those.
  const { documents, clearDraft: clearDocumentsDraft } = useDocumentUploads(idempotencyKey.current);
  // Validated on submit, then as the person types (useZodForm says why); onTouched would also flag
  // every field of a pet just added with "Add another pet" before anyone touched it.
  const form = useLazyZodForm(bookingSchema, { defaultValues });
  const { control, register, handleSubmit, setError, reset, formState } = form;
  const { errors, isSubmitting } = formState;
  const pets = useFieldArray({ control, name: "pets" });
  // The pets on the form at the last submit: one added since then holds its errors back (PetFields says why).
  const [petsAtSubmit, setPetsAtSubmit] = useState<ReadonlySet<string>>(new Set());
  const values = useWatch({ control });
  const restoreDraft = useCallback((draft: CreateBookingFormValues) => reset(draft), [reset]);
  const clearDraft = useDraft(values, restoreDraft);

  const onSubmit = handleSubmit(async (body) => {
    setFormError(null);
    // The booking waits for files still uploading rather than leaving them behind.
    if (documents.uploadingCount() > 0) setDocumentsStage("waiting");
    await documents.settled();
    setDocumentsStage("checked");
    // A file that was not taken stops the submit, so nobody believes it was sent.
    if (documents.notUploaded().length > 0) return;
    // Without documents the body stays as before: a retry or an API replay with the same key must match it.
    const documentIds = documents.readyIds();
    try {
      const result = await submitBooking({
        values: documentIds.length > 0 ? { ...body, documents: documentIds } : body,
        idempotencyKey: idempotencyKey.current(),
        honeypot,
      });
      if (result.ok) {
        rememberBookedSummary(result.data.reference, body);
        clearDraft();
        clearDocumentsDraft();
        idempotencyKey.renew();
        router.push(`/book/thank-you/${encodeURIComponent(result.data.reference)}`);
        return;
      }
      setFormError(result.message);
      for (const [path, message] of Object.entries(result.fields ?? {})) {
        setError(path as FieldPath<CreateBookingFormValues>, { type: "server", message }, { shouldFocus: true });
      }
    } catch {
      // The same idempotency key goes with the retry, so a booking that did arrive is not made twice.
      setFormError("We could not reach our server. Check your connection and submit again; your details are kept.");
    }
  });

  const errorCount = Object.keys(errors).length;
  return (
    <BookingFieldsProvider form={form}>
      <form
        onSubmit={(event) => {
          setPetsAtSubmit(new Set(pets.fields.map((pet) => pet.id)));
          return onSubmit(event);
        }}
        onFocus={bookingSchema.preload}
        noValidate
        className="mt-8 space-y-10"
        aria-describedby={formError ? "form-error" : undefined}
      >
        {formError && (
          <Alert variant="destructive" id="form-error">
            <AlertCircleIcon aria-hidden />
            <AlertTitle>Your booking was not sent yet</AlertTitle>
            <AlertDescription>{formError}</AlertDescription>
          </Alert>
        )}
        <OwnerFields />
        <RouteFields />

        <section aria-labelledby="pets-heading" className="space-y-4">
          <div>
            <h2 id="pets-heading" className="text-xl font-semibold">
              Your pets
            </h2>
            <p className="text-sm text-muted-foreground">Add every pet travelling on this booking.</p>
          </div>
          {pets.fields.map((pet, index) => (
            <PetFields
              key={pet.id}
              index={index}
              holdErrors={formState.submitCount > 0 && !petsAtSubmit.has(pet.id)}
              onRemove={
                pets.fields.length > 1
                  ? () => {
                      documents.removePet(index);
                      pets.remove(index);
                    }
                  : undefined
              }
            >
              <PetDocuments index={index} documents={documents} />
            </PetFields>
          ))}
          <p className="text-sm font-medium text-destructive">
            {errorAt(errors, "pets.root") ?? errorAt(errors, "pets")}
          </p>
          {pets.fields.length < MAX_PETS && (
            <Button
              type="button"
              variant="outline"
              onClick={() => pets.append(emptyPet, { focusName: `pets.${pets.fields.length}.name` })}
            >
              <PlusIcon aria-hidden /> Add another pet
            </Button>
          )}
        </section>

        <ConsentFields control={control} register={register} errors={errors} />

        {/* Honeypot: invisible to people, tempting to bots. */}
        <div aria-hidden className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor="website">Website</label>
          <input
            id="website"
            name="website"
            tabIndex={-1}
            autoComplete="off"
            value={honeypot}
            onChange={(e) => setHoneypot(e.target.value)}
          />
        </div>

        <div className="flex flex-col-reverse items-stretch gap-3 border-t pt-6 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {errorCount > 0 && !isSubmitting ? (
              "Please correct the highlighted fields."
            ) : (
              <DocumentsNotice documents={documents} stage={documentsStage} />
            )}
          </p>
          <Button type="submit" size="lg" disabled={isSubmitting}>
            {isSubmitting && <LoaderCircleIcon className="animate-spin" aria-hidden />}
            {submitLabel(isSubmitting, documentsStage)}
          </Button>
        </div>
      </form>
    </BookingFieldsProvider>
  );
}
