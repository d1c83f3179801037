import "server-only";

/** Host and port only: a URI's user name and password never reach a message or a log. */
export function describeMongoUri(uri: string): string {
  try {
    const url = new URL(uri);
    return `${url.protocol}//${url.host}`;
  } catch {
    return "the MongoDB URI given";
  }
}
