// The e2e server's settings, shared by playwright.config.ts and the specs.
export const E2E_PORT = 3100;
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
/** The "marketing site" the server lets call its public API from a browser (PUBLIC_FORM_ORIGINS). */
export const MARKETING_ORIGIN = "http://localhost:3101";
