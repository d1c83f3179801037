import "server-only";
import type { SearchParamsInput } from "@/contracts/url-params";
import { isAppError } from "@/server/errors";

export type LoadedList<T> = { list: T; refused?: string[] };

/**
 * A list page's rows for its URL. A parameter the list's parser refuses (VALIDATION) never becomes a
 * 500: the page shows the unfiltered list and says which parameters it could not use. Anything else
 * (a permission, our failure) is thrown as before.
 */
export async function loadListFromUrl<T>(
  load: (query: SearchParamsInput) => Promise<T>,
  query: SearchParamsInput,
): Promise<LoadedList<T>> {
  try {
    return { list: await load(query) };
  } catch (error) {
    if (!isAppError(error) || error.code !== "VALIDATION") throw error;
    return { list: await load({}), refused: Object.values(error.fields ?? { url: error.message }) };
  }
}
