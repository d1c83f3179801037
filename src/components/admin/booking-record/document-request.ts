"use client";

type ErrorAnswer = { error?: { message?: string } };

/**
 * Deletes or restores a document through the API (same origin, the session cookie). Answers null when it
 * worked, else the server's sentence to show beside the document.
 */
export async function documentRequest(url: string, method: "DELETE" | "POST"): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(url, { method });
  } catch {
    return "We could not reach the server. Check your connection and try again.";
  }
  if (response.ok) return null;
  const answer = (await response.json().catch(() => ({}))) as ErrorAnswer;
  return answer.error?.message ?? "That did not work. Reload the page and try again.";
}
