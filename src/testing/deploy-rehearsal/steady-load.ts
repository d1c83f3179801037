import autocannon from "autocannon";

// Requests at a steady rate through Caddy while a deploy or a rollback runs; stopped when it is over.

export type SteadyLoadResult = {
  requests: number;
  /** Requests a second achieved: below the rate asked when answers take longer than a second. */
  perSecond: number;
  failed: number;
  errors: number;
  non2xx: number;
  seconds: number;
};

export type SteadyLoad = { stop: () => Promise<SteadyLoadResult> };

/** `rate` requests a second in all to the site at `url` (through Caddy), until stop(). */
export function startSteadyLoad(url: string, headers: Record<string, string>, rate = 20): SteadyLoad {
  let finish: (result: SteadyLoadResult) => void = () => {};
  const finished = new Promise<SteadyLoadResult>((resolve) => (finish = resolve));
  const instance = autocannon(
    // Long enough for any switch; stop() ends it. One connection per request of a second, so that the rate
    // holds while answers are slow (a busy machine, a colour starting): a connection waits for its answer.
    // Every fourth request a page (rendered per request), the rest /api/ready (a database round trip): the
    // switch meets real work in flight, and the rate holds on a busy two-core machine.
    {
      url,
      headers,
      connections: rate,
      overallRate: rate,
      duration: 600,
      timeout: 30,
      requests: [{ path: "/" }, { path: "/api/ready" }, { path: "/api/ready" }, { path: "/api/ready" }],
    },
    (error, result) => {
      if (error) throw error;
      finish({
        requests: result.requests.total,
        perSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        failed: result.errors + result.timeouts + result.non2xx,
        seconds: result.duration,
      });
    },
  );
  return {
    stop: () => {
      instance.stop();
      return finished;
    },
  };
}
