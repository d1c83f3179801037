import http from "node:http";
import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// The local storage driver's upload link, as an integration sends to it. The driver lives on globalThis and is
// first built by the email worker's bundle: its errors must still answer as planned (they were 500s).

type StartedUpload = { id: string; upload: { method: "PUT"; url: string; headers?: Record<string, string> } };

async function startUpload(request: APIRequestContext, size: number): Promise<StartedUpload> {
  const response = await request.post("/api/v1/uploads", {
    data: {
      kind: "pet_passport",
      fileName: "passport.pdf",
      size,
      contentType: "application/pdf",
      draftKey: `draft-${randomUUID()}`,
    },
  });
  expect(response.status()).toBe(201);
  const started = (await response.json()) as StartedUpload;
  expect(started.upload.method).toBe("PUT");
  return started;
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

test("sending an upload's bytes a second time is a 409, not a server error", async ({ request }) => {
  const { upload } = await startUpload(request, PDF.length);
  const first = await request.put(upload.url, { data: PDF, headers: upload.headers });
  expect(first.status()).toBe(204);
  const again = await request.put(upload.url, { data: PDF, headers: upload.headers });
  expect(again.status()).toBe(409);
  expect(((await again.json()) as { error: { code: string } }).error.code).toBe("CONFLICT");
});

test("bytes past the size limit sent without a Content-Length (chunked) are a 413, not a server error", async ({
  request,
  baseURL,
}) => {
  const { upload } = await startUpload(request, PDF.length);
  const url = new URL(upload.url, baseURL);
  const status = await new Promise<number>((resolve, reject) => {
    const put = http.request(url, { method: "PUT", headers: { ...upload.headers } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    // The server may answer and close before every chunk is written: that is the point.
    put.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" ? undefined : reject(error)));
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    for (let i = 0; i < 11; i++) put.write(chunk);
    put.end();
  });
  expect(status).toBe(413);
});
