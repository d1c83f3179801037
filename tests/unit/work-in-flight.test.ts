import { describe, expect, it } from "vitest";
import { trackWork, workSettled } from "@/server/system/work-in-flight";

describe("work in flight at shutdown", () => {
  it("waits for tracked handlers to finish, failed ones included", async () => {
    let finish = () => {};
    const handler = trackWork(new Promise<void>((resolve) => (finish = resolve)));
    const failing = trackWork(Promise.reject(new Error("client gone")));
    failing.catch(() => undefined);

    const settled = workSettled(60_000);
    let done = false;
    void settled.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    finish();
    await handler;
    expect(await settled).toBe(0);
  });

  it("gives up at the end of the grace and says how many were still running", async () => {
    void trackWork(new Promise<void>(() => {}));
    expect(await workSettled(20)).toBe(1);
  });
});
