import "server-only";

/**
 * LISTEN on a channel: `onPayload` gets each NOTIFY's payload once its transaction commits, and "*" when
 * the connection was lost and made again (anything may have changed meanwhile). Resolves once listening;
 * the returned function stops.
 */
export type Listen = (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;

/** Anything may have changed (the listening connection was re-made): listeners re-read what they show. */
export const ANY_CHANGE = "*";

type PgliteLike = {
  listen: (channel: string, callback: (payload: string) => void) => Promise<() => Promise<void>>;
};

/** PGlite's own listen API: notifications from this process's single connection. */
export function pgliteListen(client: PgliteLike): Listen {
  return (channel, onPayload) => client.listen(channel, onPayload);
}

const RECONNECT_DELAYS_MS = [250, 1_000, 5_000];

/**
 * node-postgres: one dedicated client per LISTEN, outside the pool (a pooled connection goes back to
 * the pool and stops listening). Reconnects with back-off after a failover or a restart. Behind
 * PgBouncer in transaction mode LISTEN does not work: point DATABASE_URL at PostgreSQL or a session pool.
 */
export function createPgListen(connectionString: string): { listen: Listen; closeAll: () => Promise<void> } {
  const active = new Set<() => Promise<void>>();
  let closed = false;

  const listen: Listen = async (channel, onPayload) => {
    const { Client } = await import("pg");
    let client: InstanceType<typeof Client> | undefined;
    let stopped = false;
    let attempt = 0;

    const scheduleReconnect = () => {
      if (stopped || closed) return;
      const delay = RECONNECT_DELAYS_MS[Math.min(attempt++, RECONNECT_DELAYS_MS.length - 1)];
      setTimeout(() => {
        if (stopped || closed) return;
        connect().then(() => onPayload(ANY_CHANGE), scheduleReconnect);
      }, delay).unref();
    };

    const connect = async (): Promise<void> => {
      const next = new Client({ connectionString });
      next.on("notification", (message) => {
        if (message.channel === channel) onPayload(message.payload ?? "");
      });
      // A dropped connection is made again; until then nothing is delivered, so listeners re-read afterwards.
      next.on("error", () => undefined);
      next.on("end", () => {
        if (client !== next) return;
        client = undefined;
        scheduleReconnect();
      });
      try {
        await next.connect();
        // Quoted: the channel is ours, never user input, but quoting keeps it one name.
        await next.query(`listen "${channel.replaceAll('"', '""')}"`);
      } catch (error) {
        await next.end().catch(() => undefined);
        throw error;
      }
      if (stopped || closed) {
        await next.end().catch(() => undefined);
        return;
      }
      client = next;
      attempt = 0;
    };

    await connect();
    const stop = async () => {
      stopped = true;
      active.delete(stop);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    };
    active.add(stop);
    return stop;
  };

  return {
    listen,
    closeAll: async () => {
      closed = true;
      await Promise.all([...active].map((stop) => stop()));
    },
  };
}
