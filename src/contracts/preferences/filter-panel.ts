// Whether the bookings table's filter panel is open, kept per browser in a cookie: the page reads it on
// the server, so the panel is rendered open or closed from the first byte (no flash, no script needed).
// Per browser rather than per person (like the columns): a phone and a desk want different answers.

export const FILTER_PANEL_COOKIE = "pawpath-table-filters";

/** Closed until someone opens it: the table's views and search cover most of a working day. */
export function filterPanelOpenFrom(value: string | undefined): boolean {
  return value === "open";
}

/** The cookie that remembers the panel for a year, on the back office's paths only. */
export function filterPanelCookie(open: boolean, secure: boolean): string {
  const attributes = [`Path=/admin`, `Max-Age=${60 * 60 * 24 * 365}`, "SameSite=Lax", ...(secure ? ["Secure"] : [])];
  return [`${FILTER_PANEL_COOKIE}=${open ? "open" : "closed"}`, ...attributes].join("; ");
}
