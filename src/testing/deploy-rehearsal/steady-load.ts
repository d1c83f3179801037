import autocannon from "autocannon";

// Requests at a steady rate through Caddy while a deploy or a rollback runs; stopped when it is over.

export type SteadyLoadResult = { requests: number; failed: number; errors: number; non2xx: number; seconds: number };

export type SteadyLoad = { stop: () => Promise<SteadyLoadResult> };

/** `rate` requests a second in all to `url` (a page through Caddy), until stop(). */
export function startSteadyLoad(url: string, headers: Record<string, string>, rate = 20): SteadyLoad {
  let finish: (result: SteadyLoadResult) => void = () => {};
  const finished = new Promise<SteadyLoadResult>((resolve) => (finish = resolve));
  const instance = autocannon(
    // Long enough for any switch; stop() ends it. Four connections keep 20 req/s even when one waits.
    { url, headers, connections: 4, overallRate: rate, duration: 600, timeout: 30 },
    (error, result) => {
      if (error) throw error;
      finish({
        requests: result.requests.total,
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
