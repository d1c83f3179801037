import { describe, expect, it } from "vitest";
import { INTERNAL_HEADERS } from "@/lib/next-internal-headers";
import { config } from "@/proxy";

type Matcher = (typeof config.matcher)[number];
const headerMatchers = config.matcher.filter(
  (matcher): matcher is Exclude<Matcher, string> => typeof matcher !== "string",
);

describe("the proxy's matcher", () => {
  it("still runs on the hot path for every internal Next.js header it strips", () => {
    for (const source of ["/api/v1/bookings", "/api/v1/uploads/:id/content"]) {
      const covered = headerMatchers
        .filter((matcher) => matcher.source === source)
        .flatMap((matcher) => matcher.has.map((condition) => condition.key));
      expect([...covered].sort()).toEqual([...INTERNAL_HEADERS].sort());
    }
    expect(headerMatchers).toHaveLength(2 * INTERNAL_HEADERS.length);
  });
});
