// CSV that opens cleanly in Excel: UTF-8 with a byte-order mark (Arabic names stay readable),
// CRLF line ends, every field quoted when needed, and formula injection defused.

export const CSV_BYTE_ORDER_MARK = "\uFEFF";

// A cell starting with one of these is run as a formula by spreadsheet programs (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}
