"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type FieldValues, type UseFormProps } from "react-hook-form";
import type { z } from "zod";

type ZodFormOptions<Input extends FieldValues, Output> = Omit<
  UseFormProps<Input, unknown, Output>,
  "resolver" | "mode" | "reValidateMode"
>;

/**
 * Every form's react-hook-form, checked by its zod schema. Errors first appear on submit, then update as
 * the person types: validating on blur inserts an error line the moment focus leaves a field, which
 * moves the next control (or the submit button) between mouse-down and mouse-up, so that click is lost.
 */
export function useZodForm<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  options: ZodFormOptions<Input, Output> = {},
) {
  return useForm<Input, unknown, Output>({
    ...options,
    resolver: zodResolver(schema),
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
}
