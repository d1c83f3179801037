import { beforeAll, expect, it } from "vitest";
import { GET as exportGet } from "@/app/api/v1/bookings/export/route";
import { GET as listGet } from "@/app/api/v1/bookings/route";
import type { BookingListItem } from "@/contracts/bookings/list-item";
import { createBooking } from "@/server/bookings/create-booking";
import { bookingsCsv } from "@/server/bookings/export-bookings";
import { createUser } from "@/server/users/create-user";
import { bookingBody } from "@/testing/factories/booking-body";
import { describeEachDatabase } from "../support/each-database";
import { routesUseDatabase } from "../support/route-database";
import { sessionCookie } from "../support/session";

const origin = "http://localhost:3000";
const password = "a perfectly fine password";

const list = (query: string, cookie?: string) =>
  listGet(new Request(`${origin}/api/v1/bookings?${query}`, { headers: cookie ? { cookie } : {} }));
const exportCsv = (query: string, cookie?: string) =>
  exportGet(new Request(`${origin}/api/v1/bookings/export?${query}`, { headers: cookie ? { cookie } : {} }));

beforeAll(() => {
  process.env.APP_URL = origin;
});

describeEachDatabase("GET /api/v1/bookings and /export", (getDb) => {
  routesUseDatabase(getDb);
  let staffCookie = "";
  let customerCookie = "";
  const marker = `zq${Date.now().toString(36)}`;
  const references: string[] = [];

  beforeAll(async () => {
    const db = getDb();
    const unique = Date.now();
    // Names a spreadsheet must show as written: Arabic, a quote, a comma, a would-be formula.
    const names = ["سارة المنصوري", 'Jo "JJ" Smith, Jr.', '=HYPERLINK("http://evil.example")', "Ana Lucía Pérez"];
    for (const [index, name] of names.entries()) {
      const body = bookingBody();
      body.customer.name = name;
      body.pets[0]!.name = `${marker}${index}`;
      references.push((await createBooking({ db, body, source: "api" })).reference);
    }
    const customerEmail = `list.customer.${unique}@example.com`;
    await createUser({
      db,
      input: { email: `list.api.staff.${unique}@pawpath.test`, name: "Omar", role: "staff", password },
    });
    await createUser({ db, input: { email: customerEmail, name: "Owner", role: "customer", password } });
    staffCookie = await sessionCookie(`list.api.staff.${unique}@pawpath.test`, password);
    customerCookie = await sessionCookie(customerEmail, password);
  });

  it("answers the team with one page, the total and the page's parameters", async () => {
    const response = await list(`q=${marker}&sort=reference&pageSize=3`, staffCookie);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ total: 4, totalIsExact: true, page: 1, pageSize: 3 });
    expect(body.items.map((item: { reference: string }) => item.reference)).toEqual([...references].sort().slice(0, 3));
    expect(body.items[0]).toMatchObject({ status: "pending", route: { originCountry: "AE" }, assignee: null });
    const second = await (await list(`q=${marker}&sort=reference&pageSize=3&page=2`, staffCookie)).json();
    expect(second.items.map((item: { reference: string }) => item.reference)).toEqual([[...references].sort()[3]]);
  });

  it("names every bad parameter in a 400", async () => {
    const response = await list(
      "status=pending,lost&pageSize=500&sort=colour&createdFrom=2026-02-30&origin=XX",
      staffCookie,
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(Object.keys(error.fields).sort()).toEqual(["createdFrom", "origin", "pageSize", "sort", "status"]);
    expect(error.fields.pageSize).toMatch(/at most 100/);
    const nul = await list("q=%00", staffCookie);
    expect(nul.status).toBe(400);
    expect((await nul.json()).error.fields).toHaveProperty("q");
    const reversed = await list("travelFrom=2027-02-01&travelTo=2027-01-01", staffCookie);
    expect((await reversed.json()).error.fields).toHaveProperty("travelTo");
  });

  it("gives visitors 401 and customers 403, for the list and the export", async () => {
    expect((await list("")).status).toBe(401);
    expect((await exportCsv("")).status).toBe(401);
    expect((await list("", customerCookie)).status).toBe(403);
    expect((await exportCsv("", customerCookie)).status).toBe(403);
  });

  it("exports every matching booking as CSV that Excel opens as written", async () => {
    const response = await exportCsv(`q=${marker}&sort=reference&pageSize=1`, staffCookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="bookings-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(/^Reference,Status,Service,Customer,Email,Phone,Pets,/);
    // pageSize is ignored: every match, in the list's order.
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual([...references].sort());
    expect(text).toContain("سارة المنصوري");
    expect(text).toContain('"Jo ""JJ"" Smith, Jr."');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain("Ana Lucía Pérez");
    expect(text).toContain("'+971 50 123 4567");
  });

  it("writes each booking's pets, microchips and Dubai times as the list shows them", async () => {
    const listed = (await (await list(`q=${marker}&sort=reference&pageSize=100`, staffCookie)).json()) as {
      items: BookingListItem[];
    };
    const response = await exportCsv(`q=${marker}&sort=reference`, staffCookie);
    const exported = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(listed.items.length).toBe(references.length);
    expect(exported).toBe(bookingsCsv(listed.items));
  });

  it("refuses a bad export parameter before sending any CSV", async () => {
    const response = await exportCsv("status=unknown", staffCookie);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty("status");
  });
});
