// The sign-in pages' query parameters (/login, /login/two-factor, /reset-password) through the one
// text-parameter schema. These are links, not filters: a refused value is dropped, so the page behaves
// as if it were absent (the default destination, no error message, "this link is not valid").
import { z } from "zod";
import { optionalParam, pickParams, textParam, type SearchParamsInput } from "../url-params";

const dropIfRefused = (label: string, max: number) => optionalParam(textParam(label, { max })).catch(undefined);

const signInParamsSchema = z.object({
  next: dropIfRefused("next", 2048),
  via: dropIfRefused("via", 32),
  error: dropIfRefused("error", 128),
  token: dropIfRefused("token", 512),
  // A failed customer sign-in link's id (src/server/auth/sign-in-link.ts).
  link: dropIfRefused("link", 64),
});

export type SignInParams = z.output<typeof signInParamsSchema>;

export function parseSignInParams(searchParams: SearchParamsInput): SignInParams {
  return signInParamsSchema.parse(pickParams(searchParams, Object.keys(signInParamsSchema.shape)));
}
