import { randomUUID } from "node:crypto";

let ipCounter = 1;

/** A distinct client address per call, so that tests do not share a rate-limit window by accident. */
export function uniqueIp(): string {
  ipCounter += 1;
  return `198.18.${Math.floor(ipCounter / 250) % 250}.${(ipCounter % 250) + 1}`;
}

export function jsonRequest(
  url: string,
  body: unknown,
  options: { headers?: Record<string, string>; method?: string; raw?: string } = {},
): Request {
  return new Request(`http://localhost:3000${url}`, {
    method: options.method ?? "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": uniqueIp(), ...options.headers },
    body: options.raw ?? JSON.stringify(body),
  });
}

export const newKey = () => randomUUID();
