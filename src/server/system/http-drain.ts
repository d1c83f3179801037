import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import net from "node:net";

export type DrainResult = { answered: number; cut: number };

export type HttpDrain = {
  /**
   * Stops accepting connections and answers every request in flight, each with `Connection: close`,
   * then closes the connections left idle. Resolves once every connection is closed, or when `graceMs`
   * runs out: then the connections still open are cut, and `cut` says how many requests they carried.
   */
  drain: (graceMs: number) => Promise<DrainResult>;
};

type RequestStart = { request: IncomingMessage; response: ServerResponse; server: Server };

/**
 * Watches the HTTP server Next.js created (we never see it otherwise) through Node's documented
 * `http.server.request.start` channel: it names the server and every request as it begins.
 * Call once at start-up, before requests arrive.
 */
export function trackHttpRequests(): HttpDrain {
  let server: Server | undefined;
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let answered = 0;
  let onAnswered = () => {};
  subscribe("http.server.request.start", (message) => {
    const { response, server: origin } = message as RequestStart;
    server ??= origin;
    inFlight.add(response);
    // Once draining, a request on a kept-alive connection is still answered, and its connection closed.
    if (draining) response.shouldKeepAlive = false;
    // "close" also fires when the client gave up, so an abandoned request never holds the drain open.
    response.once("close", () => {
      inFlight.delete(response);
      if (draining) {
        answered += 1;
        onAnswered();
      }
    });
  });

  return {
    drain: async (graceMs) => {
      draining = true;
      if (!server) return { answered: 0, cut: 0 };
      const http = server;
      answered = 0;
      for (const response of inFlight) if (!response.headersSent) response.shouldKeepAlive = false;
      const allClosed = new Promise<void>((resolve) => http.once("close", () => resolve()));
      // net.Server's close, not http.Server's: Node's http close also drops idle keep-alive connections at
      // once, and one that looks idle may hold a request sent just before the signal but not yet read.
      if (http.listening) net.Server.prototype.close.call(http);
      // Idle connections are closed only when nothing is in flight, and after one turn of the event
      // loop, by which time every request already received has been read and counted in flight.
      const closeIdleWhenQuiet = () => {
        if (inFlight.size === 0) setImmediate(() => inFlight.size === 0 && http.closeIdleConnections());
      };
      onAnswered = closeIdleWhenQuiet;
      closeIdleWhenQuiet();
      let timer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<"grace over">((resolve) => {
        timer = setTimeout(() => resolve("grace over"), graceMs);
      });
      const outcome = await Promise.race([allClosed, graceOver]);
      clearTimeout(timer);
      const cut = outcome === "grace over" ? inFlight.size : 0;
      if (outcome === "grace over") http.closeAllConnections();
      return { answered, cut };
    },
  };
}
