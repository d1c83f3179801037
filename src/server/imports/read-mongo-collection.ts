import "server-only";
import type { Document } from "bson";
import { MongoClient, MongoServerSelectionError } from "mongodb";
import { describeMongoUri } from "./mongo-uri";
import { ImportInputError, type SourceDocument } from "./source-document";

/**
 * How documents are decoded from the driver: numbers keep their BSON types (Int32, Double, Long,
 * Decimal128), exactly as EJSON.parse(…, { relaxed: false }) reads a file, so one document gives the same
 * canonical text and checksum whichever way it arrives.
 */
export const DRIVER_READ_OPTIONS = { promoteValues: false } as const;

/** The documents of any driver cursor (or anything iterable like one), as the importer reads them. */
export async function* cursorDocuments(cursor: AsyncIterable<Document>): AsyncGenerator<SourceDocument> {
  for await (const document of cursor) yield { document };
}

export type MongoCollectionSource = {
  uri: string;
  db: string;
  collection: string;
  /** How long to look for a server before giving up (a refused connection ends then). */
  serverSelectionTimeoutMS: number;
  batchSize?: number;
};

/**
 * A live collection through the official driver, in _id order, decoded like a file. The client is
 * closed when the iteration ends, however it ends. A server that cannot be reached is an
 * ImportInputError naming the host (never the password).
 */
export async function* readMongoCollection(source: MongoCollectionSource): AsyncGenerator<SourceDocument> {
  const client = new MongoClient(source.uri, {
    serverSelectionTimeoutMS: source.serverSelectionTimeoutMS,
    connectTimeoutMS: source.serverSelectionTimeoutMS,
    appName: "pawpath-import",
    readPreference: "secondaryPreferred",
  });
  try {
    try {
      await client.connect();
    } catch (error) {
      const seconds = Math.round(source.serverSelectionTimeoutMS / 100) / 10;
      const cause = error instanceof MongoServerSelectionError ? `no server answered within ${seconds} s` : null;
      const where = describeMongoUri(source.uri);
      // A driver message may quote the URI it was given: only its host is shown.
      const message = cause ?? (error as Error).message.replaceAll(source.uri, where);
      throw new ImportInputError(`Could not connect to MongoDB at ${where}: ${message}`);
    }
    const cursor = client
      .db(source.db)
      .collection(source.collection)
      .find({}, { ...DRIVER_READ_OPTIONS, sort: { _id: 1 }, batchSize: source.batchSize ?? 1000 });
    yield* cursorDocuments(cursor);
  } finally {
    await client.close();
  }
}
