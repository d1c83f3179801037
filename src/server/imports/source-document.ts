import "server-only";
import type { Document } from "bson";

/** One document of the old collection, with the line it started on when it came from a file. */
export type SourceDocument = { document: Document; line?: number };

/**
 * The input cannot be read as documents (a missing file, a malformed line, an unreachable server):
 * the command-line answers with this message and exit code 2, never a stack trace.
 */
export class ImportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportInputError";
  }
}
