import "server-only";
import type { Executor } from "@/db/types";
import type { Actor } from "@/server/access/actor";
import { subscribeToBookingChanges } from "@/server/live/booking-changes";
import { AppError } from "../errors";
import { findOwnJourneyBooking } from "./get-journey";
import { journeyVersion } from "./load-journey";

/** Live views one customer may hold open at once (per app server). */
export const MAX_STREAMS_PER_CUSTOMER = 5;
/** A comment line this often keeps proxies and load balancers from closing an idle stream. */
export const HEARTBEAT_SECONDS = 25;
/** How often a stream checks that its session is still valid (signed out, deactivated → it closes). */
export const SESSION_RECHECK_SECONDS = 60;

const openStreams = new Map<string, number>();
const closers = new Set<() => void>();

/** Closes every open stream (shutdown: browsers reconnect to the next server by themselves). */
export function closeJourneyStreams(): void {
  for (const close of [...closers]) close();
}

/** The number of live streams this process holds (the bench reports it). */
export function openJourneyStreamCount(): number {
  return closers.size;
}

/**
 * GET /api/v1/me/bookings/{reference}/events: Server-Sent Events for the owner's journey. Sends
 * `event: journey` with `{ version }` at once and after every committed change that moves the version,
 * a heartbeat comment every 25 s, and closes when the session is gone (checked every 60 s) or the
 * client leaves.
 */
export async function openJourneyStream({
  db,
  actor,
  reference,
  currentActor,
  signal,
}: {
  db: Executor;
  actor: Actor | null;
  reference: string;
  /** Reads the request's session again: null once it has ended or the account is deactivated. */
  currentActor: () => Promise<Actor | null>;
  signal: AbortSignal;
}): Promise<ReadableStream<Uint8Array>> {
  const booking = await findOwnJourneyBooking(db, actor, reference);
  const customerId = actor!.id;
  const open = openStreams.get(customerId) ?? 0;
  if (open >= MAX_STREAMS_PER_CUSTOMER)
    throw new AppError(
      "RATE_LIMITED",
      `At most ${MAX_STREAMS_PER_CUSTOMER} live views at once: close another tab showing a booking`,
      { retryAfterSeconds: 30 },
    );
  openStreams.set(customerId, open + 1);

  const encoder = new TextEncoder();
  let closed = false;
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let lastVersion = -1;
  let checking: Promise<void> | undefined;
  let recheckPending = false;
  const timers: NodeJS.Timeout[] = [];
  let unsubscribe: (() => void) | undefined;

  const send = (text: string) => {
    if (!closed) controller.enqueue(encoder.encode(text));
  };
  const close = () => {
    if (closed) return;
    closed = true;
    closers.delete(close);
    for (const timer of timers) clearInterval(timer);
    unsubscribe?.();
    const left = (openStreams.get(customerId) ?? 1) - 1;
    if (left > 0) openStreams.set(customerId, left);
    else openStreams.delete(customerId);
    signal.removeEventListener("abort", close);
    try {
      controller.close();
    } catch {
      // Already closed by the client.
    }
  };
  // Changes arriving while a check runs are folded into one more check after it.
  const checkVersion = (): Promise<void> => {
    if (checking) {
      recheckPending = true;
      return checking;
    }
    checking = (async () => {
      try {
        do {
          recheckPending = false;
          const version = await journeyVersion(db, booking.id);
          if (version !== lastVersion) {
            lastVersion = version;
            send(`event: journey\ndata: ${JSON.stringify({ version })}\n\n`);
          }
        } while (recheckPending && !closed);
      } catch (error) {
        console.error(`Journey stream ${reference}: reading the version failed`, error);
      } finally {
        checking = undefined;
      }
    })();
    return checking;
  };

  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
    },
    cancel: close,
  });
  closers.add(close);
  signal.addEventListener("abort", close);
  try {
    unsubscribe = await subscribeToBookingChanges(booking.id, () => void checkVersion());
  } catch (error) {
    close();
    throw error;
  }
  // Browsers retry a dropped stream after this long (the page falls back to polling if they cannot).
  send("retry: 5000\n\n");
  await checkVersion();
  timers.push(setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_SECONDS * 1000));
  timers.push(
    setInterval(() => {
      currentActor().then(
        (current) => {
          if (!current || current.id !== customerId || current.role !== "customer") close();
        },
        () => close(),
      );
    }, SESSION_RECHECK_SECONDS * 1000),
  );
  for (const timer of timers) timer.unref();
  if (signal.aborted) close();
  return stream;
}
