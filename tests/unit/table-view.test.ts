import { describe, expect, it } from "vitest";
import { bookingListQuerySchema, listQueryToParams } from "@/contracts/bookings/list-query";
import {
  ACTIVE_STATUSES,
  STATUS_VIEWS,
  tableFilterCount,
  tableParams,
  tableWithoutFilters,
  toStatusView,
} from "@/contracts/bookings/table-view";
import { parseBookingTableQuery } from "@/server/bookings/parse-table-query";

// The /admin page opens on the active bookings; its links name the wider views. The API's reading of the
// same parameters is untouched (tests/integration/table-default-view.test.ts asks it over HTTP).

const read = (url: string) => parseBookingTableQuery(new URLSearchParams(url));
const written = (url: string) => tableParams(read(url)).toString();

describe("the bookings table's default view", () => {
  it("is the active bookings when the link names no status; view=all is every status; a status wins", () => {
    expect(read("").status).toEqual(ACTIVE_STATUSES);
    expect(read("q=luna&sort=travelDate").status).toEqual(ACTIVE_STATUSES);
    expect(read("view=active").status).toEqual(ACTIVE_STATUSES);
    expect(read("view=all").status).toBeUndefined();
    expect(read("status=completed").status).toEqual(["completed"]);
    expect(read("status=completed&view=active").status).toEqual(["completed"]);
    // Deleted bookings are looked at whole.
    expect(read("deleted=true").status).toBeUndefined();
    expect(read("deleted=true&view=active").status).toEqual(ACTIVE_STATUSES);
    // The API reads no status as every status, as it always has.
    expect(bookingListQuerySchema.parse({}).status).toBeUndefined();
  });

  it("writes each view back as the shortest link that reads the same", () => {
    expect(written("")).toBe("");
    expect(written("status=flight_booked,pending,in_progress,confirmed")).toBe("");
    expect(written("view=all&q=luna")).toBe("q=luna&view=all");
    expect(written("status=completed&view=all")).toBe("status=completed");
    expect(written("deleted=true")).toBe("deleted=true");
    for (const url of ["", "view=all", "status=cancelled&origin=AE", "deleted=true&status=pending"])
      expect(read(written(url))).toEqual(read(url));
    // The export and the API get the statuses named.
    expect(listQueryToParams(read("")).get("status")).toBe(ACTIVE_STATUSES.join(","));
  });

  it("names a bad view beside any other bad parameter", () => {
    expect(() => read("view=everything&status=lost")).toThrow(
      expect.objectContaining({
        code: "VALIDATION",
        fields: { view: "view must be active or all", status: expect.stringContaining("status must be one of") },
      }),
    );
  });

  it("counts only what narrows it beyond the default, and Clear all returns to it", () => {
    expect(tableFilterCount(read(""))).toBe(0);
    expect(tableFilterCount(read("view=all"))).toBe(0);
    expect(tableFilterCount(read("status=completed&origin=AE"))).toBe(2);
    const cleared = tableWithoutFilters(read("view=all&q=luna&origin=AE&sort=reference&pageSize=50"));
    expect(tableParams(cleared).toString()).toBe("sort=reference&pageSize=50");
    expect(tableParams(tableWithoutFilters(read("deleted=true&status=pending"))).toString()).toBe("deleted=true");
  });

  it("offers active, completed, cancelled and every booking one link away, the other filters kept", () => {
    const links = STATUS_VIEWS.map((view) => tableParams(toStatusView(read("q=luna&page=3"), view)).toString());
    expect(links).toEqual(["q=luna", "q=luna&status=completed", "q=luna&status=cancelled", "q=luna&view=all"]);
  });
});
