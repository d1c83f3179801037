/** How long a customer's emailed sign-in link works (Better Auth's magicLink expiresIn, and what pages say). */
export const SIGN_IN_LINK_MINUTES = 15;
