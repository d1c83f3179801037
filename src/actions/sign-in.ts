"use server";

import { headers } from "next/headers";
import { renewSignInLink } from "@/server/auth/renew-sign-in-link";
import { SIGN_IN_LINK_MINUTES } from "@/contracts/auth/sign-in-link";
import { action } from "@/web/action-client";

/** /login after a used or expired sign-in link: a new link to the address the failed one was sent to. */
export const renewSignInLinkAction = action("renewSignInLinkAction", async ({ db, ip }, linkId: unknown) => {
  const { sentTo } = await renewSignInLink({ db, linkId, ip, requestHeaders: await headers() });
  return {
    data: { sentTo },
    message: `A new sign-in link is on its way to ${sentTo}. It works once, for ${SIGN_IN_LINK_MINUTES} minutes.`,
  };
});
