// Minimal types for the parts of autocannon the benchmarks use (the package ships none).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type RequestParams = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  type Options = {
    url: string;
    headers?: Record<string, string>;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    /** Requests per second across all connections. */
    overallRate?: number;
    requests?: (RequestParams & { setupRequest?: (request: RequestParams) => RequestParams })[];
  };
  type Result = {
    duration: number;
    requests: { total: number; average: number };
    latency: { p50: number; p99: number; max: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
  };
  type Instance = EventEmitter & {
    stop(): void;
    on(
      event: "response",
      listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void,
    ): Instance;
  };
  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
