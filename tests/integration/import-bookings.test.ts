import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BSON, EJSON, type Document } from "bson";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/sql";
import type { Database } from "@/db/types";
import { createBooking } from "@/server/bookings/create-booking";
import { findBookings, parseBookingListQuery } from "@/server/bookings/find-bookings";
import { findOwnBookings } from "@/server/bookings/find-own-bookings";
import { getBookingTimeline } from "@/server/bookings/booking-timeline";
import { getImportedSubmission } from "@/server/imports/get-imported-submission";
import { importBookings, type ImportBookingsOptions } from "@/server/imports/import-bookings";
import { importMappingSchema } from "@/server/imports/import-mapping";
import { readEjsonFile } from "@/server/imports/read-ejson-file";
import { DRIVER_READ_OPTIONS, cursorDocuments } from "@/server/imports/read-mongo-collection";
import type { SourceDocument } from "@/server/imports/source-document";
import { bookingBody } from "@/testing/factories/booking-body";
import { generatedDocuments, writeGeneratedFile } from "../fixtures/mongo/generate-bookings";
import { describeEachDatabase } from "../support/each-database";
import { createTeam, type Team } from "../support/team";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/mongo");
const fixture = (name: string) => path.join(FIXTURES, name);
const mappingFile = (name: string) =>
  importMappingSchema.parse(JSON.parse(fs.readFileSync(fixture(name), "utf8")) as unknown);
const commonMapping = mappingFile("common-shape-mapping.json");
// The generated documents write some UAE numbers without +971, as the old form took them.
const generatedMapping = importMappingSchema.parse({ defaultPhoneCountry: "AE" });
const TABLES = [
  "customers",
  "bookings",
  "pets",
  "booking_events",
  "booking_imports",
  "email_outbox",
  "audit_log",
] as const;

async function tableCounts(db: Database): Promise<Record<(typeof TABLES)[number], number>> {
  const counts = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) {
    const [row] = await queryRows<{ count: number }>(db, sql.raw(`select count(*)::int as count from ${table}`));
    counts[table] = row!.count;
  }
  return counts;
}

/** Every year sequence's position: a dry run must not move one. */
async function sequences(db: Database) {
  return queryRows<{ name: string; value: string | null }>(
    db,
    sql`select sequencename as name, last_value::text as value from pg_sequences
        where sequencename like 'booking_number_%' order by 1`,
  );
}

function run(db: Database, documents: AsyncIterable<SourceDocument>, options: Partial<ImportBookingsOptions> = {}) {
  return importBookings({
    db,
    documents,
    mapping: generatedMapping,
    dryRun: false,
    origin: { file: "test.jsonl" },
    ...options,
  });
}

async function generatedFile(count: number, seed: number): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-import-")), `generated-${seed}.jsonl`);
  await writeGeneratedFile(file, count, seed);
  return file;
}

/** A document source that fails after `limit` documents, as a killed process or a dropped cursor would stop. */
async function* failingAfter(source: AsyncIterable<SourceDocument>, limit: number): AsyncGenerator<SourceDocument> {
  let read = 0;
  for await (const item of source) {
    if (read === limit) throw new Error("the read stopped here");
    read += 1;
    yield item;
  }
}

describeEachDatabase("importBookings", (getDb) => {
  let team: Team;
  beforeAll(async () => {
    team = await createTeam(getDb());
  });

  it("imports the common shape and the legacy flat shape: references in the originals' years, no email, the original kept", async () => {
    const db = getDb();
    const before = await tableCounts(db);
    const common = await run(db, readEjsonFile(fixture("common-shape.jsonl")), { mapping: commonMapping });
    expect(common).toMatchObject({ read: 3, created: 3, skipped: 0 });
    const legacy = await run(db, readEjsonFile(fixture("legacy-flat.json")), {
      mapping: mappingFile("legacy-flat-mapping.json"),
    });
    expect(legacy).toMatchObject({ read: 2, created: 2, skipped: 0 });

    const after = await tableCounts(db);
    expect(after.bookings - before.bookings).toBe(5);
    expect(after.booking_imports - before.booking_imports).toBe(5);
    expect(after.pets - before.pets).toBe(6);
    expect(after.booking_events - before.booking_events).toBe(5);
    expect(after.email_outbox).toBe(before.email_outbox);
    expect(after.audit_log - before.audit_log).toBe(2);

    const rows = await queryRows<{
      source_id: string;
      reference: string;
      source: string;
      status: string;
      created_at: Date;
      phone: string;
      origin_country: string;
      destination_country: string;
      travel_date: string;
      weights: string[];
      event: { source: string; sourceId: string; runId: string };
      document: string;
    }>(
      db,
      sql`select i.source_id, b.reference, b.source, b.status, b.created_at, c.phone, b.origin_country,
            b.destination_country, b.travel_date::text as travel_date, i.document,
            (select array_agg(p.weight_kg::text order by p.position) from pets p where p.booking_id = b.id) as weights,
            (select e.data from booking_events e where e.booking_id = b.id and e.type = 'created') as event
          from booking_imports i join bookings b on b.id = i.booking_id join customers c on c.id = b.customer_id
          where i.run_id in (${common.runId}::uuid, ${legacy.runId}::uuid) order by i.source_id`,
    );
    const byId = Object.fromEntries(rows.map((row) => [row.source_id, row]));
    // Legacy {"$date": <ms>}: 2012-01-01 in Dubai; its reference is numbered in 2012.
    const omar = byId["4e5f6a7b8c9d0e1f20304001"]!;
    expect(omar.reference).toMatch(/^PP-2012-\d{5}$/);
    expect(new Date(omar.created_at).toISOString()).toBe("2012-01-01T10:00:00.000Z");
    expect(omar).toMatchObject({
      source: "import",
      status: "completed",
      origin_country: "AE",
      destination_country: "CA",
    });
    expect(omar.phone).toBe("+971 4 555 0199");
    expect(omar.weights).toEqual(["22.00"]);
    expect(omar.event).toEqual({ source: "import", sourceId: "4e5f6a7b8c9d0e1f20304001", runId: legacy.runId });
    // Unknown and legacy fields are kept in the original.
    const original = EJSON.parse(omar.document, { relaxed: false }) as Document;
    expect(original.legacyRef).toBe("BSE-2012-0007");
    expect(String(original.pet.age)).toBe("3");

    const hana = byId["4e5f6a7b8c9d0e1f20304002"]!;
    expect(hana.reference).toMatch(/^PP-2015-/);
    expect(hana).toMatchObject({ origin_country: "KR", destination_country: "AE", travel_date: "2015-03-01" });

    const layla = byId["5f1e9a2b3c4d5e6f70818201"]!;
    expect(layla.reference).toMatch(/^PP-2023-/);
    expect(layla.weights).toEqual(["12.50", "4.20"]);
    expect(layla).toMatchObject({ origin_country: "AE", destination_country: "GB", status: "pending" });
    // The ObjectId's timestamp dates a document without createdAt; the travel date is read in Dubai.
    const priya = byId["5f1e9a2b3c4d5e6f70818203"]!;
    expect(new Date(priya.created_at).getTime()).toBe(Date.parse("2020-07-27T09:11:07Z"));
    expect(priya).toMatchObject({ status: "completed", travel_date: "2021-10-01" });
    expect(byId["5f1e9a2b3c4d5e6f70818202"]!.phone).toBe("+971 50 765 4321");

    // Found by old id and by pet name through the bookings table's search.
    const byOldId = await findBookings({
      db,
      actor: team.staff,
      query: parseBookingListQuery({ q: "5f1e9a2b3c4d5e6f70818201" }),
    });
    expect(byOldId.items.map((item) => item.reference)).toEqual([layla.reference]);
    const byPet = await findBookings({ db, actor: team.staff, query: parseBookingListQuery({ q: "Mishmish" }) });
    expect(byPet.items.map((item) => item.reference)).toContain(layla.reference);

    // The timeline says it was imported; admins read the original, staff may not.
    const [bookingId] = (
      await queryRows<{ id: string }>(db, sql`select id from bookings where reference = ${layla.reference}`)
    ).map((row) => row.id);
    const timeline = await getBookingTimeline({ db, actor: team.staff, bookingId: bookingId! });
    const created = timeline.find((entry) => entry.title === "Booking created from an import")!;
    expect(created.lines).toEqual(["Old id 5f1e9a2b3c4d5e6f70818201", `Import run ${common.runId}`]);
    const submission = await getImportedSubmission({ db, actor: team.admin, bookingId: bookingId! });
    expect(submission?.text).toContain('"campaign": "spring-23"');
    await expect(getImportedSubmission({ db, actor: team.staff, bookingId: bookingId! })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    const [audit] = await queryRows<{ details: Record<string, unknown> }>(
      db,
      sql`select details from audit_log where action = 'bookings_imported' and details->>'runId' = ${legacy.runId}`,
    );
    expect(audit!.details).toMatchObject({ file: "test.jsonl", completed: true, read: 2, created: 2 });
  });

  it("creates nothing the second time, and tells changed documents from unchanged ones", async () => {
    const db = getDb();
    const again = await run(db, readEjsonFile(fixture("common-shape.jsonl")), { mapping: commonMapping });
    expect(again).toMatchObject({ read: 3, created: 0, alreadyImported: { unchanged: 3, changed: 0 } });
    const changed = fs
      .readFileSync(fixture("common-shape.jsonl"), "utf8")
      .replace('"status":"new"', '"status":"confirmed"');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pawpath-import-")), "changed.jsonl");
    fs.writeFileSync(file, changed);
    const third = await run(db, readEjsonFile(file), { mapping: commonMapping, dryRun: true });
    expect(third).toMatchObject({ created: 0, alreadyImported: { unchanged: 2, changed: 1 } });
  });

  it("a dry run writes nothing and takes no reference number", async () => {
    const db = getDb();
    const file = await generatedFile(600, 101);
    const counts = await tableCounts(db);
    const numbers = await sequences(db);
    const dry = await run(db, readEjsonFile(file), { dryRun: true, batchSize: 100 });
    expect(dry.read).toBe(600);
    expect(dry.created).toBe(600 - dry.skipped);
    expect(dry.skippedByReason["customer.email: Enter a valid email address, such as name@example.com"]).toBe(12);
    expect(await tableCounts(db)).toEqual(counts);
    expect(await sequences(db)).toEqual(numbers);

    const real = await run(db, readEjsonFile(file), { batchSize: 100 });
    expect(real.created).toBe(dry.created);
    expect(real.skipped).toBe(dry.skipped);
  });

  it("a run stopped after batch 3 and run again ends exactly complete", async () => {
    const db = getDb();
    const file = await generatedFile(1_000, 202);
    const before = await tableCounts(db);
    await expect(run(db, failingAfter(readEjsonFile(file), 350), { batchSize: 100 })).rejects.toThrow(
      "the read stopped here",
    );
    const stopped = await tableCounts(db);
    // Three whole batches; the fourth, half read, left nothing.
    const firstThree = [...generatedDocuments(300, 202)].filter((document) =>
      (document.customer as { email: string }).email.includes("@"),
    );
    expect(stopped.booking_imports - before.booking_imports).toBe(firstThree.length);

    const resumed = await run(db, readEjsonFile(file), { batchSize: 100 });
    expect(resumed.alreadyImported.unchanged).toBe(firstThree.length);
    const after = await tableCounts(db);
    expect(after.booking_imports - before.booking_imports).toBe(1_000 - resumed.skipped);
    expect(after.bookings - before.bookings).toBe(1_000 - resumed.skipped);
    expect(after.email_outbox).toBe(before.email_outbox);
    const [duplicates] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from (select source_id from booking_imports group by source_id having count(*) > 1) d`,
    );
    expect(duplicates!.count).toBe(0);
    // The stopped run left its audit line too, saying it did not finish.
    const [stoppedAudit] = await queryRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from audit_log where action = 'bookings_imported' and details->>'completed' = 'false'`,
    );
    expect(stoppedAudit!.count).toBeGreaterThanOrEqual(1);
  });

  it("a customer who booked again on the new form keeps their newer details", async () => {
    const db = getDb();
    const body = bookingBody();
    await createBooking({ db, body, source: "web_form" });
    const oldDocument = EJSON.parse(
      JSON.stringify({
        _id: { $oid: "7c0000000000000000000001" },
        createdAt: { $date: "2022-02-02T10:00:00Z" },
        customer: { name: "Old Name", email: body.customer.email.toUpperCase(), phone: "+971 50 999 8888" },
        origin: { country: "UAE", city: "Dubai" },
        destination: { country: "France", city: "Paris" },
        travelDate: "2022-03-01",
        pets: { name: "Oldie", species: "dog" },
        consent: true,
      }),
      { relaxed: false },
    ) as Document;
    const summary = await run(
      db,
      cursorDocuments(
        (async function* () {
          yield oldDocument;
        })(),
      ),
    );
    expect(summary).toMatchObject({ created: 1, customersCreated: 0 });
    const rows = await queryRows<{ full_name: string; phone: string; bookings: number }>(
      db,
      sql`select c.full_name, c.phone, (select count(*)::int from bookings b where b.customer_id = c.id) as bookings
          from customers c where lower(c.email) = lower(${body.customer.email})`,
    );
    expect(rows).toEqual([{ full_name: body.customer.name, phone: body.customer.phone, bookings: 2 }]);
    // Their portal lists the imported booking beside the new one (and nobody was emailed about it).
    const customer = {
      id: "portal-customer",
      name: body.customer.name,
      email: body.customer.email,
      role: "customer" as const,
    };
    const own = await findOwnBookings({ db, actor: customer });
    expect(own).toHaveLength(2);
  });

  it("documents as the driver decodes them give the same checksums as the file", async () => {
    const db = getDb();
    const file = await generatedFile(50, 303);
    const fromFile = await run(db, readEjsonFile(file), { batchSize: 20 });
    // What the driver hands over: the file's documents as BSON bytes, decoded with the adaptor's options.
    async function* driverCursor(): AsyncGenerator<Document> {
      for await (const { document } of readEjsonFile(file))
        yield BSON.deserialize(BSON.serialize(document), DRIVER_READ_OPTIONS);
    }
    const fromDriver = await run(db, cursorDocuments(driverCursor()), { dryRun: true });
    expect(fromDriver).toMatchObject({
      read: 50,
      created: 0,
      alreadyImported: { unchanged: fromFile.created, changed: 0 },
      skipped: fromFile.skipped,
    });
  });
});

describe("readEjsonFile", () => {
  it("names the line of a malformed document", async () => {
    const read = async () => {
      for await (const document of readEjsonFile(fixture("malformed.jsonl"))) void document;
    };
    await expect(read()).rejects.toThrow(/^Line 3 is not valid Extended JSON/);
  });
});
