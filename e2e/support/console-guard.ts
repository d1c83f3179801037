import type { Browser, BrowserContext, ConsoleMessage, WebError } from "@playwright/test";

// Every browser test fails on a console error or warning, or an uncaught error, in any page it opens
// (e2e/support/fixtures.ts): a hydration mismatch or a refused script is a bug a person's browser sees
// even when the page looks right. A test that provokes one on purpose (a request it expects to be refused
// logs "Failed to load resource") says exactly which, with `consoleGuard.allow(...)`.

/** A message a test expects: its text, and where it came from (a failed request's URL) when given. */
export type ExpectedMessage = { text: string | RegExp; url?: string | RegExp };

/** Chromium's line for a request answered with an error status (the URL is the message's location). */
export function failedRequest(status: number, url: string | RegExp): ExpectedMessage {
  return { text: `Failed to load resource: the server responded with a status of ${status}`, url };
}

/**
 * Not the app's: Playwright's trace recorder (on for every test, `trace: "retain-on-failure"`) adds its script
 * to each frame, and the email previews' sandboxed frames (no scripts, by design) refuse it. The same page with
 * tracing off logs nothing.
 */
const TEST_DRIVER_MESSAGES: ExpectedMessage[] = [
  {
    text: "Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed and the 'allow-scripts' permission is not set.",
  },
];

type Seen = { kind: string; text: string; url: string };

const matches = (pattern: string | RegExp, value: string) =>
  typeof pattern === "string" ? value.includes(pattern) : pattern.test(value);

export class ConsoleGuard {
  private readonly seen: Seen[] = [];
  private readonly expected: ExpectedMessage[] = [...TEST_DRIVER_MESSAGES];

  /** Lets these messages through for the rest of the test; anything else still fails it. */
  allow(...messages: ExpectedMessage[]): void {
    this.expected.push(...messages);
  }

  /** Records the errors and warnings of every page of `context`, now and later. */
  watch(context: BrowserContext): void {
    context.on("console", (message: ConsoleMessage) => {
      if (message.type() !== "error" && message.type() !== "warning") return;
      this.seen.push({ kind: message.type(), text: message.text(), url: message.location().url });
    });
    context.on("weberror", (error: WebError) => {
      this.seen.push({ kind: "uncaught", text: String(error.error()), url: error.page()?.url() ?? "" });
    });
  }

  /** Watches every context the browser opens until the returned function is called. */
  watchBrowser(browser: Browser): () => void {
    const onContext = (context: BrowserContext) => this.watch(context);
    browser.on("context", onContext);
    return () => browser.off("context", onContext);
  }

  /** The messages no `allow` covers, one line each. */
  unexpected(): string[] {
    return this.seen
      .filter(({ text, url }) => !this.expected.some((e) => matches(e.text, text) && (!e.url || matches(e.url, url))))
      .map(({ kind, text, url }) => `[${kind}] ${text}${url ? ` (${url})` : ""}`);
  }

  /** Throws with every unexpected message, if there was one. */
  assertClean(what: string): void {
    const lines = this.unexpected();
    if (lines.length)
      throw new Error(`${what} logged ${lines.length} console error(s) or warning(s):\n${lines.join("\n")}`);
  }
}
