import "server-only";

export type OutgoingEmail = {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per logical message; providers that honour it deliver a retried message once. */
  idempotencyKey: string;
};

export type SendResult = { providerMessageId?: string };

export interface EmailTransport {
  readonly name: string;
  send(email: OutgoingEmail): Promise<SendResult>;
  close?(): Promise<void>;
}

/**
 * A failed delivery. `permanent` means retrying cannot help (the provider rejected the address or
 * the message): the worker marks it dead at once instead of retrying.
 */
export class EmailDeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = "EmailDeliveryError";
  }
}

/** "PawPath Bookings <bookings@pawpathsae.com>" → { name, address }. */
export function parseMailbox(value: string): { name?: string; address: string } {
  const match = /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  if (match) return { name: match[1]?.replace(/^"|"$/g, "") || undefined, address: match[2]! };
  return { address: value.trim() };
}

/** Classifies an HTTP provider's answer: 429 and 5xx may pass; other 4xx will not. */
export function httpDeliveryError(provider: string, status: number, body: string): EmailDeliveryError {
  const permanent = status >= 400 && status < 500 && status !== 408 && status !== 409 && status !== 429;
  return new EmailDeliveryError(`${provider} answered ${status}: ${body.slice(0, 500)}`, permanent);
}
