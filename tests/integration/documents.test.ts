import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { queryRows } from "@/db/sql";
import { deleteBooking, purgeBooking } from "@/server/bookings/delete-booking";
import { createBooking } from "@/server/bookings/create-booking";
import { getBookingTimeline } from "@/server/bookings/booking-timeline";
import { startUpload } from "@/server/documents/start-upload";
import { processStorageDeletions, sweepStaleUploads } from "@/server/documents/storage-housekeeping";
import { useStorageForTests, type Storage } from "@/server/storage/get-storage";
import { LocalStorageDriver } from "@/server/storage/local-driver";
import { S3StorageDriver } from "@/server/storage/s3-driver";
import { bookingBody } from "@/testing/factories/booking-body";
import { eicar, htmlRenamedPdf, jpegHtmlPolyglot, pdfBytes, pngBytes } from "../fixtures/documents";
import {
  completeBookingUpload,
  completePublicUpload,
  deleteDocument,
  discardPublicUpload,
  download,
  listDocuments,
  openFileLink,
  restoreDocument,
  sendBytes,
  startBookingUpload,
  startPublicUpload,
  uploadForDraft,
  uploadToBooking,
} from "../support/documents-api";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";
import { S3RVER_CREDENTIALS, TestS3Server } from "../support/s3-server";
import { createMember, createTeam, type Member } from "../support/team";
import type { StartedUpload } from "@/contracts/documents/views";

const APP = "http://localhost:3000";
const LIMIT = 64 * 1024;
// Small limits so the corpus stays small: the rules are the same at 10 MB and 20 files.
process.env.APP_URL = APP;
process.env.UPLOAD_MAX_BYTES = String(LIMIT);
process.env.UPLOAD_MAX_FILES_PER_BOOKING = "3";
process.env.UPLOAD_RATE_LIMIT_MAX = "100000";
process.env.OPS_EMAIL = "ops.documents@pawpath.test";

const s3 = new TestS3Server({ allowedOrigins: [APP] });
let uploadsRoot = "";
let local: LocalStorageDriver;
let bucket: S3StorageDriver;

beforeAll(async () => {
  for (const [name, value] of Object.entries(S3RVER_CREDENTIALS)) vi.stubEnv(name, value);
  await s3.start();
  bucket = new S3StorageDriver({ bucket: s3.bucket, region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true });
  uploadsRoot = await fs.mkdtemp(path.join(os.tmpdir(), "pawpath-documents-"));
  local = new LocalStorageDriver({ root: uploadsRoot, secret: randomUUID() + randomUUID(), appUrl: APP });
});

afterAll(async () => {
  useStorageForTests(undefined);
  await s3.stop();
  await fs.rm(uploadsRoot, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

async function objectKeys(storage: Storage): Promise<string[]> {
  const all = [...(await storage.list("quarantine/")), ...(await storage.list("bookings/"))];
  return all.map((object) => object.key).sort();
}

async function errorOf(response: Response | undefined) {
  expect(response).toBeDefined();
  return ((await response!.json()) as { error: { code: string; message: string; fields?: Record<string, string> } })
    .error;
}

for (const driver of ["local", "s3"] as const) {
  describeEachDatabase(`documents on the ${driver} driver`, (getDb) => {
    routesUseDatabase(getDb);
    let storage: Storage;
    let admin: Member;
    let staff: Member;
    let owner: Member;
    let stranger: Member;
    const cookies: Record<string, string> = {};

    beforeAll(async () => {
      storage = driver === "local" ? local : bucket;
      useStorageForTests(storage);
      const db = getDb();
      ({ admin, staff } = await createTeam(db));
      owner = await createMember(db, "customer", { email: `owner.${randomUUID().slice(0, 8)}@example.com` });
      stranger = await createMember(db, "customer");
      for (const [name, member] of Object.entries({ admin, staff, owner, stranger }))
        cookies[name] = await member.sessionCookie();
    });

    /** A booking submitted with the form's uploads, by the owner's email. */
    async function bookWithDocuments(draftKey: string, documents: string[]) {
      const body = { ...bookingBody(), documents };
      body.customer.email = owner.email;
      return createBooking({ db: getDb(), body, source: "web_form", idempotencyKey: draftKey });
    }

    it("takes a form's uploads through quarantine into the booking it submits, for its pet", async () => {
      const draftKey = randomUUID();
      const passport = await uploadForDraft({ name: "passport.pdf", bytes: pdfBytes() }, draftKey, 0);
      expect(passport.start.status).toBe(201);
      expect(passport.complete!.status).toBe(200);
      expect(await passport.complete!.json()).toEqual({
        id: passport.id,
        status: "ready",
        contentType: "application/pdf",
        size: pdfBytes().length,
      });
      expect(await objectKeys(storage)).toContain(`quarantine/${passport.id}`);

      const created = await bookWithDocuments(draftKey, [passport.id!]);
      expect(created.documents).toEqual([passport.id]);
      const [row] = await queryRows<{ id: string; storage_key: string }>(
        getDb(),
        sql`select b.id, d.storage_key from bookings b join booking_documents d on d.booking_id = b.id where d.id = ${passport.id}`,
      );
      expect(row!.storage_key).toBe(`bookings/${row!.id}/${passport.id}`);
      expect(await objectKeys(storage)).not.toContain(`quarantine/${passport.id}`);

      const { items } = await listDocuments(cookies.staff!, created.reference);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ name: "passport.pdf", kind: "pet_passport", uploadedVia: "web_form" });
      expect(items[0]!.petName).toBe(bookingBody().pets[0]!.name);
      const timeline = await getBookingTimeline({ db: getDb(), actor: staff, bookingId: row!.id });
      expect(JSON.stringify(timeline)).toContain("Pet passport added");
    });

    it("attaches only the uploads made with the booking's own draft key", async () => {
      const draftKey = randomUUID();
      const mine = await uploadForDraft({ name: "mine.pdf", bytes: pdfBytes() }, draftKey);
      const theirs = await uploadForDraft({ name: "theirs.pdf", bytes: pdfBytes() }, randomUUID());
      const created = await bookWithDocuments(draftKey, [mine.id!, theirs.id!]);
      expect(created.documents).toEqual([mine.id]);
      const { items } = await listDocuments(cookies.admin!, created.reference);
      expect(items.map((item) => item.name)).toEqual(["mine.pdf"]);
      const replay = await bookWithDocuments(draftKey, [mine.id!, theirs.id!]);
      expect(replay).toMatchObject({ reference: created.reference, replayed: true, documents: [mine.id] });
    });

    it("replays a booking sent with an empty documents list and without one alike", async () => {
      const key = randomUUID();
      const body = bookingBody();
      const first = await createBooking({ db: getDb(), body, source: "api", idempotencyKey: key });
      const again = await createBooking({
        db: getDb(),
        body: { ...body, documents: [] },
        source: "api",
        idempotencyKey: key,
      });
      expect(again).toMatchObject({ reference: first.reference, replayed: true });
    });

    it("limits anonymous uploads per client address, and a refused start adds nothing", async () => {
      const clientIp = `198.51.100.${driver === "local" ? 1 : 2}`;
      const from = (ip: string) =>
        startUpload({
          db: getDb(),
          body: {
            kind: "other",
            fileName: "a.pdf",
            size: 10,
            contentType: "application/pdf",
            draftKey: "draft-key-limit",
          },
          via: "api",
          rateLimit: { clientIp: ip, max: 2, windowSeconds: 600 },
        });
      await from(clientIp);
      await from(clientIp);
      const [before] = await queryRows<{ count: number }>(
        getDb(),
        sql`select count(*)::int as count from booking_documents`,
      );
      await expect(from(clientIp)).rejects.toMatchObject({
        code: "RATE_LIMITED",
        retryAfterSeconds: expect.any(Number),
      });
      const [after] = await queryRows<{ count: number }>(
        getDb(),
        sql`select count(*)::int as count from booking_documents`,
      );
      expect(after!.count).toBe(before!.count);
    });

    it("discards a form's upload the person removed: bytes and row go at once, an attached one stays", async () => {
      const draftKey = randomUUID();
      const removed = await uploadForDraft({ name: "wrong-pet.pdf", bytes: pdfBytes() }, draftKey);
      const kept = await uploadForDraft({ name: "kept.pdf", bytes: pdfBytes() }, draftKey);
      expect((await discardPublicUpload(removed.id!)).status).toBe(204);
      expect(await objectKeys(storage)).not.toContain(`quarantine/${removed.id}`);
      expect((await discardPublicUpload(removed.id!)).status).toBe(404);
      const created = await bookWithDocuments(draftKey, [removed.id!, kept.id!]);
      expect(created.documents).toEqual([kept.id]);
      expect((await discardPublicUpload(kept.id!)).status).toBe(404);
      expect((await listDocuments(cookies.staff!, created.reference)).items.map((item) => item.name)).toEqual([
        "kept.pdf",
      ]);
      expect((await discardPublicUpload("../../etc/passwd")).status).toBe(404);
    });

    it("refuses documents without the Idempotency-Key they were uploaded with", async () => {
      const body = { ...bookingBody(), documents: [randomUUID()] };
      await expect(createBooking({ db: getDb(), body, source: "api" })).rejects.toMatchObject({
        code: "VALIDATION",
        fields: { idempotencyKey: expect.stringContaining("Idempotency-Key") },
      });
    });

    it("refuses the bad-file corpus by name and reason, and leaves nothing in storage", async () => {
      const before = await objectKeys(storage);
      const draftKey = randomUUID();
      const refused = async (file: { name: string; bytes: Uint8Array; size?: number }) => {
        const { start, complete } = await uploadForDraft(file, draftKey);
        return errorOf(start.status === 201 ? complete : start);
      };
      expect((await refused({ name: "invoice.pdf", bytes: htmlRenamedPdf })).fields?.file).toBe(
        "invoice.pdf is not a PDF, JPEG, PNG, HEIC or WebP file",
      );
      expect((await refused({ name: "eicar.pdf", bytes: eicar })).fields?.file).toBe(
        "eicar.pdf is not a PDF, JPEG, PNG, HEIC or WebP file",
      );
      expect((await refused({ name: "empty.pdf", bytes: new Uint8Array() })).fields?.file).toBe("empty.pdf is empty");
      const overLimit = pdfBytes("x".repeat(LIMIT));
      expect((await refused({ name: "big.pdf", bytes: overLimit })).fields?.file).toBe(
        `big.pdf is ${Math.ceil((overLimit.length / 1024) * 10) / 10} KB; the limit is 64 KB`,
      );
      // Declared small, sent large: the local route stops at the signed limit; s3rver takes it, complete refuses it.
      const liar = await startPublicUpload({ name: "liar.pdf", bytes: overLimit, size: 1000 }, draftKey);
      const started = (await liar.json()) as StartedUpload;
      const sent = await sendBytes(started, { name: "liar.pdf", bytes: overLimit });
      if (driver === "local") expect(sent).toBe(413);
      const completed = await completePublicUpload(started.id);
      expect(completed.status).toBe(400);
      expect((await errorOf(completed)).fields?.file).toMatch(
        /^liar\.pdf (is \d+(\.\d)? KB; the limit is 64 KB|has not arrived yet)/,
      );
      expect(await objectKeys(storage)).toEqual(before);
    });

    it("counts a booking's live documents under its lock: the one past the limit is refused by name", async () => {
      const { reference } = await bookWithDocuments(randomUUID(), []);
      const uploads = await Promise.all(
        ["one.pdf", "two.pdf", "three.pdf", "four.pdf"].map((name) =>
          uploadToBooking(cookies.staff!, reference, { name, bytes: pdfBytes(name) }),
        ),
      );
      const statuses = uploads.map((upload) => upload.complete?.status ?? upload.start.status);
      expect(statuses.filter((status) => status === 200 || status === 201)).toHaveLength(3);
      const refusedOne = uploads.find((upload) => (upload.complete ?? upload.start).status === 400)!;
      expect((await errorOf(refusedOne.complete ?? refusedOne.start)).fields?.file).toMatch(
        /^(one|two|three|four)\.pdf cannot be added: a booking holds at most 3 documents$/,
      );
      expect((await listDocuments(cookies.staff!, reference)).items).toHaveLength(3);
    });

    it("downloads through a short-lived link as an attachment with the checked type", async () => {
      const { reference } = await bookWithDocuments(randomUUID(), []);
      const image = await uploadToBooking(cookies.staff!, reference, {
        name: "luna.jpg",
        bytes: await jpegHtmlPolyglot(),
        contentType: "text/html",
        kind: "other",
      });
      expect(image.complete!.status).toBe(200);
      const answer = await download(cookies.owner!, reference, image.id!);
      expect(answer.status).toBe(303);
      expect(answer.headers.get("cache-control")).toBe("private, no-store");
      const link = answer.headers.get("location")!;
      const file = driver === "local" ? await openFileLink(link) : await fetch(link);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe("image/jpeg");
      expect(file.headers.get("content-disposition")).toBe(
        `attachment; filename="luna.jpg"; filename*=UTF-8''luna.jpg`,
      );
      if (driver === "local") {
        expect(file.headers.get("x-content-type-options")).toBe("nosniff");
        expect(file.headers.get("content-security-policy")).toBe("sandbox");
      }
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(await jpegHtmlPolyglot());
      expect((await download(cookies.stranger!, reference, image.id!)).status).toBe(404);
    });

    it("makes a WebP thumbnail of an image and shows it inline", async () => {
      const { reference } = await bookWithDocuments(randomUUID(), []);
      await uploadToBooking(cookies.admin!, reference, {
        name: "photo.png",
        bytes: await pngBytes(),
        contentType: "image/png",
      });
      const [document] = (await listDocuments(cookies.staff!, reference)).items;
      expect(document!.thumbnailUrl).toBeTruthy();
      const thumbnail =
        driver === "local" ? await openFileLink(document!.thumbnailUrl!) : await fetch(document!.thumbnailUrl!);
      expect(thumbnail.headers.get("content-type")).toBe("image/webp");
      expect(thumbnail.headers.get("content-disposition")).toMatch(/^inline;/);
      const bytes = new Uint8Array(await thumbnail.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(8, 12))).toBe("WEBP");
    });

    it("lets a customer add a document to their own booking only, and tells the team by email", async () => {
      const { reference } = await bookWithDocuments(randomUUID(), []);
      const added = await uploadToBooking(cookies.owner!, reference, {
        name: "titer.pdf",
        bytes: pdfBytes(),
        kind: "rabies_titer",
      });
      expect(added.complete!.status).toBe(200);
      const [email] = await queryRows<{ to_address: string; data: { document: { name: string } } }>(
        getDb(),
        sql`select to_address, data from email_outbox where template = 'document_uploaded' and idempotency_key = ${`document-uploaded/${added.id}`}`,
      );
      expect(email).toMatchObject({
        to_address: "ops.documents@pawpath.test",
        data: { document: { name: "titer.pdf" } },
      });
      expect((await listDocuments(cookies.owner!, reference)).items.map((item) => item.uploadedVia)).toEqual([
        "portal",
      ]);
      expect((await listDocuments(cookies.stranger!, reference)).status).toBe(404);
      expect(
        (await startBookingUpload(cookies.stranger!, reference, { name: "x.pdf", bytes: pdfBytes() })).status,
      ).toBe(404);
      expect((await deleteDocument(cookies.owner!, reference, added.id!)).status).toBe(404);
    });

    it("replaces a document keeping the old one as superseded; admins delete and restore", async () => {
      const { reference } = await bookWithDocuments(randomUUID(), []);
      const first = await uploadToBooking(cookies.staff!, reference, { name: "v1.pdf", bytes: pdfBytes("1") });
      const second = await uploadToBooking(
        cookies.staff!,
        reference,
        { name: "v2.pdf", bytes: pdfBytes("2") },
        { supersedesId: first.id },
      );
      expect(second.complete!.status).toBe(200);
      const { items } = await listDocuments(cookies.staff!, reference);
      expect(items.find((item) => item.id === first.id)).toMatchObject({ supersededById: second.id });
      expect(items.find((item) => item.id === second.id)).toMatchObject({ supersedesId: first.id });

      expect((await deleteDocument(cookies.staff!, reference, second.id!)).status).toBe(403);
      expect((await deleteDocument(cookies.admin!, reference, second.id!)).status).toBe(204);
      expect((await listDocuments(cookies.staff!, reference)).items.map((item) => item.id)).toEqual([first.id]);
      const deleted = (await listDocuments(cookies.admin!, reference)).items.find((item) => item.id === second.id);
      expect(deleted?.deletedAt).toBeTruthy();
      expect((await download(cookies.admin!, reference, second.id!)).status).toBe(404);
      expect((await restoreDocument(cookies.admin!, reference, second.id!)).status).toBe(200);
      expect((await listDocuments(cookies.staff!, reference)).items).toHaveLength(2);
    });

    it("refuses ids and tokens that are not ours before touching storage", async () => {
      const { reference } = await bookWithDocuments(randomUUID(), []);
      for (const id of ["../../etc/passwd", "/etc/passwd", "..%2F..%2Fsecret", `${randomUUID()}/../x`]) {
        expect((await completePublicUpload(id)).status).toBe(404);
        expect((await completeBookingUpload(cookies.staff!, reference, id)).status).toBe(404);
        expect((await download(cookies.staff!, reference, id)).status).toBe(404);
      }
    });

    it("purges a booking's objects with it, through the worker's queue", async () => {
      const draftKey = randomUUID();
      const upload = await uploadForDraft({ name: "purged.pdf", bytes: pdfBytes() }, draftKey);
      const { reference } = await bookWithDocuments(draftKey, [upload.id!]);
      await uploadToBooking(cookies.admin!, reference, {
        name: "photo.png",
        bytes: await pngBytes(),
        contentType: "image/png",
      });
      const [booking] = await queryRows<{ id: string }>(
        getDb(),
        sql`select id from bookings where reference = ${reference}`,
      );
      const folder = `bookings/${booking!.id}/`;
      expect(await storage.list(folder)).toHaveLength(3);
      await deleteBooking({ db: getDb(), actor: admin, reference });
      await purgeBooking({ db: getDb(), actor: admin, reference });
      expect(await storage.list(folder)).toHaveLength(3);
      await processStorageDeletions(getDb(), storage);
      expect(await storage.list(folder)).toEqual([]);
    });

    it("sweeps uploads never attached after a day, object and row", async () => {
      const upload = await uploadForDraft({ name: "abandoned.pdf", bytes: pdfBytes() }, randomUUID());
      await queryRows(
        getDb(),
        sql`update booking_documents set created_at = now() - interval '25 hours' where id = ${upload.id}`,
      );
      expect(await sweepStaleUploads(getDb())).toBeGreaterThanOrEqual(1);
      await processStorageDeletions(getDb(), storage);
      expect(await objectKeys(storage)).not.toContain(`quarantine/${upload.id}`);
    });
  });
}

it("expires local links: a tampered token is 404, an expired one 410", async () => {
  useStorageForTests(local);
  const key = `quarantine/${randomUUID()}`;
  await local.put(key, pdfBytes());
  const link = await local.createDownloadUrl({
    key,
    contentType: "application/pdf",
    disposition: "attachment",
    expiresInSeconds: 60,
  });
  expect((await openFileLink(link)).status).toBe(200);
  const tampered = link.slice(0, -3) + (link.endsWith("A") ? "BBB" : "AAA");
  expect((await openFileLink(tampered)).status).toBe(404);
  const expired = await local.createDownloadUrl({
    key,
    contentType: "application/pdf",
    disposition: "attachment",
    expiresInSeconds: -1,
  });
  expect((await openFileLink(expired)).status).toBe(410);
});

it("expires bucket links: a presigned download stops working once its time is up", async () => {
  const key = `quarantine/${randomUUID()}`;
  await bucket.put(key, pdfBytes(), "application/pdf");
  const link = (seconds: number) =>
    bucket.createDownloadUrl({
      key,
      contentType: "application/pdf",
      disposition: "attachment",
      expiresInSeconds: seconds,
    });
  const lasting = await fetch(await link(300));
  expect(lasting.status).toBe(200);
  await lasting.arrayBuffer();
  const brief = await link(1);
  // Waits for the state (refused), not for a fixed time.
  await expect
    .poll(
      async () => {
        const answer = await fetch(brief);
        await answer.arrayBuffer();
        return answer.status;
      },
      { timeout: 30_000, interval: 250 },
    )
    .toBe(403);
  await bucket.delete(key);
});
