import "server-only";
import fs from "node:fs";
import readline from "node:readline";
import { EJSON, type Document } from "bson";
import { ImportInputError, type SourceDocument } from "./source-document";

/**
 * The documents of a mongoexport file, streamed: JSON lines (one document a line, the default) or one
 * JSON array (`--jsonArray`), told apart by the first character. Extended JSON v2, canonical or relaxed,
 * and the legacy forms older exports wrote (`{"$date": <ms>}`, `$numberLong`) are read by the bson
 * package into the types the driver returns (ObjectId, Date, Decimal128, Long, Int32, Double).
 * A line that is not a document stops the read with an ImportInputError naming it.
 */
export async function* readEjsonFile(file: string): AsyncGenerator<SourceDocument> {
  const first = await firstCharacter(file);
  if (first === undefined) return;
  yield* first === "[" ? readArray(file) : readLines(file);
}

function parseDocument(text: string, line: number): Document {
  let value: unknown;
  try {
    value = EJSON.parse(text, { relaxed: false });
  } catch (error) {
    throw new ImportInputError(`Line ${line} is not valid Extended JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new ImportInputError(`Line ${line} is not a document (an object in braces)`);
  return value as Document;
}

function openStream(file: string): fs.ReadStream {
  return fs.createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
}

/** A read error (no such file, a folder, no permission) in the words of the input. */
function unreadable(file: string, error: unknown): ImportInputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message;
  return new ImportInputError(`Cannot read ${file}: ${why}`);
}

async function firstCharacter(file: string): Promise<string | undefined> {
  try {
    for await (const chunk of openStream(file)) {
      const text = (chunk as string).replace(/^\uFEFF/, "").trimStart();
      if (text.length > 0) return text[0];
    }
    return undefined;
  } catch (error) {
    throw unreadable(file, error);
  }
}

async function* readLines(file: string): AsyncGenerator<SourceDocument> {
  const stream = openStream(file);
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line += 1;
      const content = line === 1 ? text.replace(/^\uFEFF/, "") : text;
      if (content.trim() === "") continue;
      yield { document: parseDocument(content, line), line };
    }
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw unreadable(file, error);
  } finally {
    lines.close();
    stream.destroy();
  }
}

/**
 * One JSON array, element by element: a small scanner finds where each top-level object ends (outside
 * strings, counting braces and brackets), so only one document's text is held at a time.
 */
async function* readArray(file: string): AsyncGenerator<SourceDocument> {
  const stream = openStream(file);
  let line = 1;
  let depth = 0; // 0 before the array, 1 inside it between elements, more inside an element
  let inString = false;
  let escaped = false;
  let ended = false;
  let element: string[] = [];
  let elementStart = 0; // index in the current chunk where the element's text begins
  let elementLine = 0;
  try {
    for await (const raw of stream) {
      const chunk = (raw as string).replace(/^\uFEFF/, "");
      elementStart = 0;
      for (let i = 0; i < chunk.length; i++) {
        const ch = chunk[i]!;
        if (ch === "\n") line += 1;
        if (depth >= 2) {
          if (inString) {
            if (escaped) escaped = false;
            else if (ch === "\\") escaped = true;
            else if (ch === '"') inString = false;
            continue;
          }
          if (ch === '"') inString = true;
          else if (ch === "{" || ch === "[") depth += 1;
          else if (ch === "}" || ch === "]") {
            depth -= 1;
            if (depth === 1) {
              element.push(chunk.slice(elementStart, i + 1));
              const text = element.join("");
              element = [];
              yield { document: parseDocument(text, elementLine), line: elementLine };
            }
          }
          continue;
        }
        if (ch === " " || ch === "\t" || ch === "\r" || ch === "\n") continue;
        if (ended) throw new ImportInputError(`Line ${line}: text after the end of the JSON array`);
        if (depth === 0) {
          if (ch !== "[") throw new ImportInputError(`Line ${line}: expected the JSON array to start with [`);
          depth = 1;
        } else if (ch === ",") {
          continue;
        } else if (ch === "]") {
          ended = true;
          depth = 0;
        } else if (ch === "{") {
          depth = 2;
          elementStart = i;
          elementLine = line;
        } else {
          throw new ImportInputError(`Line ${line} is not a document (an object in braces)`);
        }
      }
      if (depth >= 2) element.push(chunk.slice(elementStart));
    }
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw unreadable(file, error);
  } finally {
    stream.destroy();
  }
  if (depth >= 2) throw new ImportInputError(`Line ${elementLine}: the document starting here never ends`);
  if (!ended) throw new ImportInputError(`Line ${line}: the JSON array never ends (no closing ])`);
}
