"use client";

import { useForm, type FieldValues, type Resolver, type UseFormProps } from "react-hook-form";
import type { z } from "zod";

/** A zod schema fetched on first use, with the resolver that checks a form against it. */
export type LazyZodSchema<Input extends FieldValues, Output> = {
  resolver: Resolver<Input, unknown, Output>;
  /** Starts fetching the schema (call it when a person starts on the form); safe to call again. */
  preload: () => void;
};

/**
 * A schema kept out of its page's first load: zod, the resolver and the schema itself (the booking form's
 * carries the phone-number rules too: about 250 KB of script together) are fetched by `preload` or, at
 * the latest, by the first check. Until then the page needs none of them: nothing is checked before the
 * first submit (useLazyZodForm's modes are useZodForm's).
 */
export function lazyZodSchema<Input extends FieldValues, Output>(
  loadSchema: () => Promise<z.ZodType<Output, Input>>,
): LazyZodSchema<Input, Output> {
  let loading: Promise<Resolver<Input, unknown, Output>> | undefined;
  const load = () =>
    (loading ??= Promise.all([import("@hookform/resolvers/zod"), loadSchema()]).then(
      ([{ zodResolver }, schema]) => zodResolver(schema),
      (error: unknown) => {
        // A failed fetch (say, offline) is tried again by the next check.
        loading = undefined;
        throw error;
      },
    ));
  return {
    resolver: async (values, context, options) => (await load())(values, context, options),
    preload: () => void load().catch(() => {}),
  };
}

type LazyZodFormOptions<Input extends FieldValues, Output> = Omit<
  UseFormProps<Input, unknown, Output>,
  "resolver" | "mode" | "reValidateMode"
>;

/** useZodForm (./use-zod-form.ts) with a schema fetched on first use; errors appear and update the same way. */
export function useLazyZodForm<Input extends FieldValues, Output>(
  schema: LazyZodSchema<Input, Output>,
  options: LazyZodFormOptions<Input, Output> = {},
) {
  return useForm<Input, unknown, Output>({
    ...options,
    resolver: schema.resolver,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
}
