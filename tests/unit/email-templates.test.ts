import { describe, expect, it } from "vitest";
import { emailTemplates } from "@/emails/registry";
import { headerSafe, renderEmail } from "@/server/email/render-email";
import { retryDelaySeconds } from "@/server/email/retry-policy";
import { sampleBooking, sampleDocumentUploaded, sampleTrackUrl } from "@/emails/samples";

describe("email templates", () => {
  it.each(Object.keys(emailTemplates))(
    "%s renders HTML and plain text with sample data and the company's details",
    async (name) => {
      const template = emailTemplates[name as keyof typeof emailTemplates];
      const rendered = await renderEmail(name, template.sample);
      expect(rendered.subject.length).toBeGreaterThan(5);
      expect(rendered.html).toContain("<html");
      expect(rendered.html).toContain("PawPath");
      expect(rendered.text).toContain("hello@pawpathsae.com");
      expect(rendered.text).not.toContain("<");
    },
  );

  it("escapes what a customer typed", async () => {
    const data = structuredClone(sampleBooking);
    data.booking.customerName = `<script>alert("x")</script><a href="javascript:alert(1)">x</a>`;
    const { html, text } = await renderEmail("booking_received", data);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('<a href="javascript:');
    expect(html).toContain("&lt;script&gt;");
    expect(text).toContain(`<script>alert("x")</script>`);
  });

  it("tells the assignee which document a customer added, with a link to the record", async () => {
    const data = structuredClone(sampleDocumentUploaded);
    data.document.name = `<img src=x onerror=alert(1)>.pdf`;
    const { subject, html, text } = await renderEmail("document_uploaded", data);
    expect(subject).toBe("PP-2026-00042: Sara Al Mansoori added a document (Rabies titer report)");
    expect(text).toContain("Rabies titer report");
    expect(text).toContain("Luna");
    expect(text).toContain(`<img src=x onerror=alert(1)>.pdf`);
    expect(html).not.toContain("<img src=x");
    expect(html).toContain('href="https://bookings.pawpathsae.com/admin/bookings/PP-2026-00042"');
  });

  it("shows the customer's emails, and only theirs, with a Follow your booking link", async () => {
    const customerTemplates = [
      "booking_received",
      "booking_confirmed",
      "booking_in_progress",
      "flight_booked",
      "booking_completed",
      "booking_cancelled",
      "journey_update",
    ];
    for (const name of Object.keys(emailTemplates) as (keyof typeof emailTemplates)[]) {
      const { html, text } = await renderEmail(name, emailTemplates[name].sample);
      const shown = html.includes(`href="${sampleTrackUrl.replaceAll("&", "&amp;")}"`);
      expect({ name, shown, text: text.includes("Follow your booking") }).toEqual({
        name,
        shown: customerTemplates.includes(name),
        text: customerTemplates.includes(name),
      });
    }
    // Without a link (an email queued before the worker adds one) the button is simply not there.
    expect((await renderEmail("booking_confirmed", sampleBooking)).text).not.toContain("Follow your booking");
  });

  it("keeps subjects on one line", () => {
    expect(headerSafe("New booking\r\nBcc: a@b.c")).toBe("New booking Bcc: a@b.c");
  });

  it("backs off exponentially from a minute to an hour, with jitter", () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 7, 8].map((attempt) => retryDelaySeconds(attempt, middle))).toEqual([60, 120, 240, 3600, 3600]);
    expect(retryDelaySeconds(1, () => 0)).toBe(48);
    expect(retryDelaySeconds(1, () => 1)).toBe(72);
  });
});
