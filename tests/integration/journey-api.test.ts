import { sql } from "drizzle-orm";
import { afterEach, beforeAll, expect, it } from "vitest";
import { GET as getEvents } from "@/app/api/v1/me/bookings/[reference]/events/route";
import { GET as getJourneyRoute } from "@/app/api/v1/me/bookings/[reference]/journey/route";
import { queryRows } from "@/db/sql";
import { changeBookingStatus } from "@/server/bookings/change-status";
import { createBooking } from "@/server/bookings/create-booking";
import { addBookingNote } from "@/server/bookings/notes";
import { recordBookingEvent } from "@/server/bookings/record-booking-event";
import { MAX_STREAMS_PER_CUSTOMER, openJourneyStreamCount } from "@/server/journey/journey-stream";
import { bookingBody } from "@/testing/factories/booking-body";
import { XSS_PAYLOADS } from "../fixtures/xss-payloads";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";
import { TEST_ORIGIN } from "../support/session";
import { createMember, createTeam, type Member } from "../support/team";

// The owner's journey over HTTP: GET …/journey (ETag, 304) and GET …/events (Server-Sent Events), as
// customers, the team and visitors call them. Handlers are called directly with real session cookies.

const params = (reference: string) => ({ params: Promise.resolve({ reference }) });

const journey = (reference: string, headers: Record<string, string> = {}) =>
  getJourneyRoute(
    new Request(`${TEST_ORIGIN}/api/v1/me/bookings/${reference}/journey`, { headers }),
    params(reference),
  );

/** One open event stream, read block by block as the browser's EventSource would. */
type OpenStream = {
  response: Response;
  nextVersion: () => Promise<number>;
  untilClosed: () => Promise<void>;
  close: () => void;
};

const openStreams: OpenStream[] = [];

async function openEvents(reference: string, cookie?: string): Promise<OpenStream> {
  const abort = new AbortController();
  const response = await getEvents(
    new Request(`${TEST_ORIGIN}/api/v1/me/bookings/${reference}/events`, {
      headers: cookie ? { cookie } : {},
      signal: abort.signal,
    }),
    params(reference),
  );
  // An error answer keeps its body for .json(); only a stream is read here.
  const reader = response.ok ? response.body?.pipeThrough(new TextDecoderStream()).getReader() : undefined;
  let buffer = "";
  const stream: OpenStream = {
    response,
    close: () => abort.abort(),
    // The next `event: journey` block's version; heartbeats and `retry:` lines are skipped.
    nextVersion: async () => {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end).split("\n");
          buffer = buffer.slice(end + 2);
          if (block[0] !== "event: journey") continue;
          const data = block.find((line) => line.startsWith("data: "))!;
          return (JSON.parse(data.slice("data: ".length)) as { version: number }).version;
        }
        const { value, done } = await reader!.read();
        if (done) throw new Error("The stream closed before the next journey event");
        buffer += value;
      }
    },
    untilClosed: async () => {
      while (!(await reader!.read()).done);
    },
  };
  if (response.ok) openStreams.push(stream);
  return stream;
}

afterEach(() => {
  for (const stream of openStreams.splice(0)) stream.close();
});

beforeAll(() => {
  process.env.APP_URL = TEST_ORIGIN;
});

describeEachDatabase("the owner's journey API", (getDb) => {
  routesUseDatabase(getDb);
  let staff: Member;
  let ownerA: Member;
  let ownerB: Member;
  let cookieA = "";
  let cookieB = "";
  let staffCookie = "";
  let referenceA = "";
  let referenceB = "";

  /** A booking of `owner` (their email), with its id. */
  async function bookingOf(owner: Member, overrides: Parameters<typeof bookingBody>[0] = {}) {
    const body = bookingBody({ ...overrides, customer: { email: owner.email } });
    const { reference } = await createBooking({ db: getDb(), body, source: "api" });
    const [row] = await queryRows<{ id: string }>(getDb(), sql`select id from bookings where reference = ${reference}`);
    return { reference, id: row!.id };
  }

  beforeAll(async () => {
    const db = getDb();
    ({ staff } = await createTeam(db));
    ownerA = await createMember(db, "customer", { name: "Sara Al Mansoori" });
    ownerB = await createMember(db, "customer", { name: "Omar Haddad" });
    referenceA = (await bookingOf(ownerA)).reference;
    referenceB = (await bookingOf(ownerB)).reference;
    [cookieA, cookieB, staffCookie] = await Promise.all([
      ownerA.sessionCookie(),
      ownerB.sessionCookie(),
      staff.sessionCookie(),
    ]);
  });

  it("answers the owner with the journey and its ETag, then 304 for the same ETag until the booking moves", async () => {
    const { reference } = await bookingOf(ownerA);
    const first = await journey(reference, { cookie: cookieA });
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"\d+-no_flight"$/);
    const body = (await first.json()) as {
      reference: string;
      status: string;
      steps: { key: string; current: boolean }[];
    };
    expect(body).toMatchObject({ reference, status: "pending" });
    expect(body.steps.find((step) => step.current)?.key).toBe("received");

    const unchanged = await journey(reference, { cookie: cookieA, "if-none-match": etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get("etag")).toBe(etag);
    expect(await unchanged.text()).toBe("");

    await changeBookingStatus({ db: getDb(), actor: staff, reference, input: { status: "confirmed" } });
    const moved = await journey(reference, { cookie: cookieA, "if-none-match": etag });
    expect(moved.status).toBe(200);
    expect(moved.headers.get("etag")).not.toBe(etag);
    expect(((await moved.json()) as { status: string }).status).toBe("confirmed");
  });

  it("answers 404 to another customer on the journey and the stream, as for a reference nobody has", async () => {
    for (const [reference, cookie] of [
      [referenceA, cookieB],
      [referenceB, cookieA],
      ["PP-1999-99999", cookieA],
    ] as const) {
      const other = await journey(reference, { cookie });
      expect(other.status).toBe(404);
      expect(await other.text()).not.toContain("Sara");
      expect((await openEvents(reference, cookie)).response.status).toBe(404);
    }
    expect(openJourneyStreamCount()).toBe(0);
  });

  it("asks a visitor to sign in, and refuses the team (they read bookings through the team's routes)", async () => {
    expect((await journey(referenceA)).status).toBe(401);
    expect((await openEvents(referenceA)).response.status).toBe(401);
    expect((await journey(referenceA, { cookie: staffCookie })).status).toBe(403);
    expect((await openEvents(referenceA, staffCookie)).response.status).toBe(403);
  });

  it("never shows the team's notes or the text of fields the journey does not name, and updates only as text", async () => {
    const canary = `CANARY-${crypto.randomUUID()}`;
    const { reference, id } = await bookingOf(ownerA, {
      specialRequests: `Private: ${canary}\n${XSS_PAYLOADS.join("\n")}`.slice(0, 5000),
    });
    await addBookingNote({ db: getDb(), actor: staff, reference, input: { body: `Internal: ${canary}` } });
    for (const payload of XSS_PAYLOADS)
      await addBookingNote({ db: getDb(), actor: staff, reference, input: { body: payload } });

    const response = await journey(reference, { cookie: cookieA });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).not.toContain(canary);
    for (const payload of XSS_PAYLOADS) {
      expect(text).not.toContain(payload);
      expect(text).not.toContain(JSON.stringify(payload).slice(1, -1));
    }

    // What the team writes to the customer comes back exactly as it was written: data, never markup.
    const payload = XSS_PAYLOADS[0]!;
    await recordBookingEvent(getDb(), {
      bookingId: id,
      actorId: staff.id,
      type: "customer_update",
      data: { updateId: crypto.randomUUID(), text: payload, notified: false },
    });
    const withUpdate = (await (await journey(reference, { cookie: cookieA })).json()) as {
      updates: { text: string }[];
    };
    expect(withUpdate.updates.map((update) => update.text)).toEqual([payload]);
  });

  it("streams the journey's version at once, and the new one after staff change the status", async () => {
    const { reference } = await bookingOf(ownerA);
    const stream = await openEvents(reference, cookieA);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(stream.response.headers.get("cache-control")).toBe("no-store");
    expect(stream.response.headers.get("x-accel-buffering")).toBe("no");
    const first = await stream.nextVersion();
    const current = (await (await journey(reference, { cookie: cookieA })).json()) as { version: number };
    expect(first).toBe(current.version);

    await changeBookingStatus({ db: getDb(), actor: staff, reference, input: { status: "confirmed" } });
    const next = await stream.nextVersion();
    expect(next).toBeGreaterThan(first);
    const after = (await (await journey(reference, { cookie: cookieA })).json()) as { version: number; status: string };
    expect(after).toMatchObject({ version: next, status: "confirmed" });
  });

  it(`holds ${MAX_STREAMS_PER_CUSTOMER} streams per customer (the next is 429), and a closed one frees its place`, async () => {
    const owner = await createMember(getDb(), "customer");
    const { reference } = await bookingOf(owner);
    const cookie = await owner.sessionCookie();
    const before = openJourneyStreamCount();
    const streams: OpenStream[] = [];
    for (let index = 0; index < MAX_STREAMS_PER_CUSTOMER; index += 1) {
      const stream = await openEvents(reference, cookie);
      expect(stream.response.status).toBe(200);
      await stream.nextVersion();
      streams.push(stream);
    }
    expect(openJourneyStreamCount()).toBe(before + MAX_STREAMS_PER_CUSTOMER);

    const sixth = await openEvents(reference, cookie);
    expect(sixth.response.status).toBe(429);
    expect(sixth.response.headers.get("retry-after")).toBe("30");
    expect(((await sixth.response.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
    // Another customer is not held back by this one's streams.
    const others = await openEvents(referenceB, cookieB);
    expect(others.response.status).toBe(200);
    others.close();

    streams[0]!.close();
    await streams[0]!.untilClosed();
    expect(openJourneyStreamCount()).toBe(before + MAX_STREAMS_PER_CUSTOMER - 1);
    const again = await openEvents(reference, cookie);
    expect(again.response.status).toBe(200);
    for (const stream of [...streams, again]) stream.close();
    expect(openJourneyStreamCount()).toBe(before);
  });
});
