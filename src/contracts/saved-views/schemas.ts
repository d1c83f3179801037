import { z } from "zod";

export const SAVED_VIEW_NAME_MAX = 80;

/** "Save this view": a name, whether the team sees it, and the table's URL query as it is now. */
export const createSavedViewInputSchema = z.object({
  name: z
    .string({ error: "Give the view a name" })
    .trim()
    .min(1, { error: "Give the view a name" })
    .max(SAVED_VIEW_NAME_MAX, { error: `Keep the name to ${SAVED_VIEW_NAME_MAX} characters or fewer` })
    .refine((value) => !value.includes("\u0000") && value.isWellFormed(), {
      error: "The name contains an invalid character",
    }),
  shared: z.boolean({ error: "Choose whether the team sees this view" }).default(false),
  query: z
    .string({ error: "The view's filters are missing" })
    .max(2000, { error: "The view's filters are too long to save" })
    .refine((value) => !value.includes("\u0000") && value.isWellFormed(), {
      error: "The view's filters contain an invalid character",
    }),
});

export type CreateSavedViewInput = z.input<typeof createSavedViewInputSchema>;

/** A saved view as the table lists it. */
export type SavedViewSummary = {
  id: string;
  name: string;
  shared: boolean;
  /** Canonical URL query, without the leading "?"; "" is the default view. */
  query: string;
  ownerName: string;
  mine: boolean;
  canDelete: boolean;
};
