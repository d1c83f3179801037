import "server-only";
import { getConnection, type Connection } from "@/db/client";
import { ANY_CHANGE } from "@/db/notifications";
import { BOOKING_CHANGED_CHANNEL } from "./booking-changes-channel";

type OnChange = () => void;

/**
 * This process's one LISTEN on `booking_changed`, fanned out to its subscribers by booking id. Started
 * on the first subscription and kept while the connection lives: one listening connection per process,
 * however many streams are open.
 */
class BookingChangeHub {
  private readonly subscribers = new Map<string, Set<OnChange>>();
  private listening: Promise<unknown> | undefined;

  constructor(private readonly connection: Connection) {}

  async subscribe(bookingId: string, onChange: OnChange): Promise<() => void> {
    this.listening ??= this.connection
      .listen(BOOKING_CHANGED_CHANNEL, (payload) => this.dispatch(payload))
      .catch((error: unknown) => {
        this.listening = undefined;
        throw error;
      });
    await this.listening;
    let callbacks = this.subscribers.get(bookingId);
    if (!callbacks) this.subscribers.set(bookingId, (callbacks = new Set()));
    callbacks.add(onChange);
    return () => {
      callbacks.delete(onChange);
      if (callbacks.size === 0 && this.subscribers.get(bookingId) === callbacks) this.subscribers.delete(bookingId);
    };
  }

  private dispatch(payload: string) {
    const targets =
      payload === ANY_CHANGE ? [...this.subscribers.values()] : [this.subscribers.get(payload) ?? new Set()];
    for (const callbacks of targets) for (const onChange of [...callbacks]) onChange();
  }
}

// One hub per connection (tests swap connections between suites; the app has one).
const hubs = new WeakMap<Connection, BookingChangeHub>();

/**
 * Calls `onChange` after each committed event of the booking (and after a lost listening connection came
 * back). Resolves once listening, with the function that unsubscribes.
 */
export async function subscribeToBookingChanges(bookingId: string, onChange: OnChange): Promise<() => void> {
  const connection = await getConnection();
  let hub = hubs.get(connection);
  if (!hub) hubs.set(connection, (hub = new BookingChangeHub(connection)));
  return hub.subscribe(bookingId, onChange);
}
