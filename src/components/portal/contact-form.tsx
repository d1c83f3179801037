"use client";

import { useState } from "react";
import { Controller } from "react-hook-form";
import { updateContact } from "@/actions/portal";
import { ChoiceGroup, controlProps, Field } from "@/components/form/field";
import { useZodForm } from "@/components/form/use-zod-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import type { ActionResult } from "@/contracts/action-result";
import { contactUpdateSchema, type ContactUpdateInput, type CustomerContact } from "@/contracts/journey/contact";

const FIELDS = ["phone", "whatsapp", "preferredContact"] as const;
const PHONE_HINT = "With the country code, such as +971 50 123 4567";

const contactOptions = [
  { value: "email", label: "Email" },
  { value: "phone", label: "Phone call" },
  { value: "whatsapp", label: "WhatsApp" },
] as const;

const valuesOf = (contact: CustomerContact): ContactUpdateInput => ({
  phone: contact.phone,
  whatsapp: contact.whatsapp ?? "",
  preferredContact: contact.preferredContact,
});

/**
 * The customer's own phone, WhatsApp and preferred contact, checked with the same rules as the API
 * (PATCH /api/v1/me/contact). The email is shown, not edited: it is how they sign in.
 */
export function ContactForm({ contact }: { contact: CustomerContact }) {
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, reset, formState } = useZodForm(contactUpdateSchema, {
    defaultValues: valuesOf(contact),
  });
  const { errors, isSubmitting } = formState;
  const error = (name: (typeof FIELDS)[number]) => errors[name]?.message;

  const submit = handleSubmit(
    async (input) => {
      setFormError(null);
      setSaved(null);
      let result: ActionResult<CustomerContact>;
      try {
        result = await updateContact(input);
      } catch {
        result = {
          ok: false,
          message: "We could not reach the server. Check your connection and try again; your changes are kept.",
        };
      }
      if (result.ok) {
        reset(valuesOf(result.data));
        return setSaved(result.message ?? "Your contact details are saved.");
      }
      setFormError(result.message);
      for (const [path, message] of Object.entries(result.fields ?? {})) {
        const field = FIELDS.find((name) => name === path);
        if (field) setError(field, { type: "server", message });
      }
    },
    // The form's own objection replaces the last answer.
    () => {
      setSaved(null);
      setFormError(null);
    },
  );

  return (
    <form onSubmit={submit} noValidate className="grid gap-4" aria-labelledby="own-contact-heading">
      <div>
        <h2 id="own-contact-heading" className="text-lg font-semibold">
          Your contact details
        </h2>
        <p className="text-sm text-muted-foreground">
          We use these to reach you about your bookings. You sign in with {contact.email}, so your email cannot be
          changed here.
        </p>
      </div>
      {formError && (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="own-contact-phone" label="Phone number" hint={PHONE_HINT} error={error("phone")}>
          <Input
            type="tel"
            autoComplete="tel"
            {...controlProps("own-contact-phone", error("phone"), PHONE_HINT)}
            {...register("phone")}
          />
        </Field>
        <Field id="own-contact-whatsapp" label="WhatsApp number" optional error={error("whatsapp")}>
          <Input
            type="tel"
            autoComplete="tel"
            {...controlProps("own-contact-whatsapp", error("whatsapp"))}
            {...register("whatsapp")}
          />
        </Field>
      </div>
      <Controller
        control={control}
        name="preferredContact"
        render={({ field }) => (
          <ChoiceGroup
            legend="Preferred contact"
            error={error("preferredContact")}
            errorId="own-contact-preferred-error"
          >
            <RadioGroup
              ref={field.ref}
              aria-label="Preferred contact"
              aria-describedby={error("preferredContact") ? "own-contact-preferred-error" : undefined}
              value={field.value ?? "email"}
              onValueChange={field.onChange}
              className="flex flex-wrap gap-4"
            >
              {contactOptions.map((option) => (
                <div key={option.value} className="flex items-center gap-2">
                  <RadioGroupItem value={option.value} id={`own-contact-preferred-${option.value}`} />
                  <Label htmlFor={`own-contact-preferred-${option.value}`} className="font-normal">
                    {option.label}
                  </Label>
                </div>
              ))}
            </RadioGroup>
          </ChoiceGroup>
        )}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save contact details"}
        </Button>
        <p role="status" className="text-sm font-medium">
          {saved}
        </p>
      </div>
    </form>
  );
}
