import { describe, expect, it } from "vitest";
import { formatSize } from "@/lib/file-size";
import { checkFile, contentDisposition, sanitizeDisplayName, SNIFF_BYTES } from "@/server/storage/file-check";

const MiB = 1024 * 1024;
const LIMIT = 10 * MiB;

// Real 1×1 images (decodable by libvips), a minimal PDF, and the header of a HEIC file (its ftyp box).
const TINY = {
  png: Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
  jpeg: Buffer.from(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////" +
      "////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
    "base64",
  ),
  webp: Buffer.from("UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAUAmJaQAA3AA/vz0AAA=", "base64"),
  pdf: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  heic: Buffer.concat([
    Buffer.from([0, 0, 0, 24]),
    Buffer.from("ftypheic"),
    Buffer.from([0, 0, 0, 0]),
    Buffer.from("mif1heic"),
    Buffer.alloc(64),
  ]),
};

// The EICAR antivirus test string, assembled here so this source file itself never trips a scanner.
const EICAR = Buffer.from(["X5O!P%@AP[4\\PZX54(P^)7CC)7}$", "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"].join(""));

async function check(displayName: string, bytes: Uint8Array, size = bytes.length) {
  return checkFile({ displayName, size, firstBytes: bytes.subarray(0, SNIFF_BYTES), maxBytes: LIMIT });
}

describe("checking an uploaded file by its bytes", () => {
  it.each([
    ["scan.png", TINY.png, "image/png"],
    ["photo.jpg", TINY.jpeg, "image/jpeg"],
    ["photo.webp", TINY.webp, "image/webp"],
    ["passport.pdf", TINY.pdf, "application/pdf"],
    ["IMG_0001.HEIC", TINY.heic, "image/heic"],
    // The name does not decide: a PNG called .pdf is a PNG.
    ["certificate.pdf", TINY.png, "image/png"],
  ])("accepts %s as %s", async (name, bytes, contentType) => {
    expect(await check(name, bytes)).toEqual({ ok: true, contentType });
  });

  it.each([
    ["HTML renamed .pdf", "passport.pdf", Buffer.from("<!doctype html><html><script>alert(1)</script></html>")],
    ["the EICAR test file", "vaccination.pdf", EICAR],
    ["an SVG image", "photo.svg", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
    ["a ZIP archive", "permit.pdf", Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.alloc(40)])],
  ])("refuses %s, naming the file", async (_what, name, bytes) => {
    expect(await check(name, bytes)).toEqual({
      ok: false,
      message: `${name} is not a PDF, JPEG, PNG, HEIC or WebP file`,
    });
  });

  it("refuses an empty file", async () => {
    expect(await check("passport.pdf", new Uint8Array())).toEqual({ ok: false, message: "passport.pdf is empty" });
  });

  it("refuses a file over the limit, even by one byte, before looking at its type", async () => {
    expect(await check("passport.pdf", TINY.pdf, LIMIT)).toMatchObject({ ok: true });
    expect(await check("passport.pdf", TINY.pdf, LIMIT + 1)).toEqual({
      ok: false,
      message: "passport.pdf is 10.1 MB; the limit is 10 MB",
    });
    expect(await check("passport.pdf", TINY.pdf, Math.round(12.4 * MiB))).toEqual({
      ok: false,
      message: "passport.pdf is 12.4 MB; the limit is 10 MB",
    });
  });

  it("writes sizes the way people read them", () => {
    expect(formatSize(1)).toBe("1 byte");
    expect(formatSize(512)).toBe("512 bytes");
    expect(formatSize(830 * 1024)).toBe("830 KB");
    expect(formatSize(LIMIT, "down")).toBe("10 MB");
  });
});

describe("display names", () => {
  it.each([
    ["passport.pdf", "passport.pdf"],
    ["C:\\Users\\sara\\Desktop\\passport.pdf", "passport.pdf"],
    ["../../etc/passwd", "passwd"],
    ["/var/data/.env", "env"],
    ["..", "document"],
    ["", "document"],
    ["\u0000\u0007", "document"],
    // U+202E (right-to-left override) would show "report‮fdp.exe" as "reportexe.pdf".
    ["report\u202efdp.exe", "reportfdp.exe"],
    ["line\nbreak\t.pdf", "linebreak.pdf"],
    ['a<b>c:"d"|e?f*.pdf', "a_b_c__d__e_f_.pdf"],
    ["  spaced    out  .jpg ", "spaced out .jpg"],
    ["جواز سفر.pdf", "جواز سفر.pdf"],
    ["Tierärztliche Bescheinigung.pdf", "Tierärztliche Bescheinigung.pdf"],
    ["狗的护照.jpg", "狗的护照.jpg"],
    ["Cafe\u0301.png", "Café.png"],
  ])("%j → %j", (name, expected) => {
    expect(sanitizeDisplayName(name)).toBe(expected);
  });

  it("keeps the extension when shortening a long name", () => {
    const name = sanitizeDisplayName(`${"ü".repeat(300)}.pdf`);
    expect([...name]).toHaveLength(120);
    expect(name.endsWith("ü.pdf")).toBe(true);
  });
});

describe("Content-Disposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    expect(contentDisposition("passport.pdf")).toBe(
      `attachment; filename="passport.pdf"; filename*=UTF-8''passport.pdf`,
    );
    expect(contentDisposition("Café (1).png", "inline")).toBe(
      `inline; filename="Caf_ (1).png"; filename*=UTF-8''Caf%C3%A9%20%281%29.png`,
    );
  });

  it("cannot be broken out of by quotes, backslashes or percent signs", () => {
    expect(contentDisposition('a"b\\c%d.pdf')).toBe(
      `attachment; filename="a_b_c_d.pdf"; filename*=UTF-8''a%22b%5Cc%25d.pdf`,
    );
  });
});
