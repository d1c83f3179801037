// The e2e server's settings, shared by playwright.config.ts and the specs.
// E2E_PORT lets two runs share a machine (the marketing origin takes the port after it).
export const E2E_PORT = Number(process.env.E2E_PORT) || 3100;
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
/** The "marketing site" the server lets call its public API from a browser (PUBLIC_FORM_ORIGINS). */
export const MARKETING_ORIGIN = `http://localhost:${E2E_PORT + 1}`;
/** The second server, whose documents live in an S3 bucket (s3rver on the port after it). */
export const E2E_S3_PORT = E2E_PORT + 2;
export const E2E_S3_BASE_URL = `http://localhost:${E2E_S3_PORT}`;
export const S3RVER_PORT = E2E_PORT + 3;
