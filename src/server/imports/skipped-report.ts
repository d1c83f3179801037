import "server-only";
import fs from "node:fs";
import { once } from "node:events";
import { CSV_BYTE_ORDER_MARK, csvLine } from "@/lib/csv";
import type { SkippedDocument } from "./import-summary";

/**
 * The --report CSV: one row per reason of each skipped document (its _id, where it is in the input, the
 * field as the document names it, the form's message), formula-safe through src/lib/csv.ts. Written as
 * the run goes, so it holds nothing in memory.
 */
export async function openSkippedReport(file: string) {
  const out = fs.createWriteStream(file, { encoding: "utf8" });
  await Promise.race([once(out, "open"), once(out, "error").then(([error]) => Promise.reject(error as Error))]);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(CSV_BYTE_ORDER_MARK + csvLine(["source_id", "document", "line", "field", "reason"]));
  return {
    add: async (skipped: SkippedDocument) => {
      for (const reason of skipped.reasons)
        await write(
          csvLine([skipped.sourceId ?? "", skipped.position, skipped.line ?? "", reason.field, reason.message]),
        );
    },
    close: async () => {
      out.end();
      await once(out, "finish");
    },
  };
}
