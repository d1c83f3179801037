const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID, checked before it reaches a uuid column (a bad one would be a 500). */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
