import { describe, expect, it } from "vitest";
import { bookingSearchText, normalizeForSearch } from "@/lib/search-text";

describe("search text", () => {
  it("folds case and accents the same way for stored text and queries", () => {
    expect(normalizeForSearch("Zoë RENÉE Ça")).toBe("zoe renee ca");
  });

  it("holds the customer, contact numbers with and without punctuation, pets and microchips", () => {
    const text = bookingSearchText({
      customerName: "José Smith",
      email: "Jose@Example.com",
      phone: "+971 50 123 4567",
      pets: [{ name: "Bébé", microchip: "784098100123456" }, { name: "Max" }],
    });
    for (const part of [
      "jose smith",
      "jose@example.com",
      "+971 50 123 4567",
      "971501234567",
      "bebe",
      "784098100123456",
      "max",
    ]) {
      expect(text).toContain(part);
    }
  });
});
