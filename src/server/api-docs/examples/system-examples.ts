// The API document's examples of the public system routes. Checked against their schemas by
// tests/unit/openapi-examples.test.ts.

export const healthExample = { status: "ok", uptimeSeconds: 86_400 };

export const readyExample = { status: "ready", database: "pg" };

export const notReadyExample = { status: "not_ready", reason: "The database did not answer in time" };

/** The document itself, its paths left out: the real one is what this operation answers. */
export const openApiDocumentExample = {
  openapi: "3.1.0",
  info: { title: "PawPath Bookings API", version: "1.0.0" },
  paths: {},
};
