import "server-only";
import { latinSpellings, nameGroups } from "./customer-names";
import { hasPhonePlan, phoneNumber, respell } from "./phones";
import { weighted, type Random } from "./random";
import type { ContactMethod, PetDetails } from "./rows";

export type SeedCustomer = {
  id: string;
  name: string;
  email: string;
  phone: string;
  whatsapp: string | null;
  preferredContact: ContactMethod;
  /** Country this person comes from or moves to most often. */
  home: string;
  /** Country they live in now (its phone number); mostly the UAE. */
  residence: string;
  pets?: PetDetails[];
};

const contactMethods = weighted<ContactMethod>([
  ["email", 50],
  ["whatsapp", 35],
  ["phone", 15],
]);
// Reserved for documentation (RFC 2606): demo emails can never reach a real inbox.
const domains = weighted([
  ["example.com", 60],
  ["example.net", 25],
  ["example.org", 15],
] as const);

const emailWords = new Map<string, string>();

/** A name as it appears in an email address: ASCII letters only. */
export function emailWord(name: string): string {
  let word = emailWords.get(name);
  if (word === undefined) {
    word = toAscii(name);
    emailWords.set(name, word);
  }
  return word;
}

function toAscii(name: string): string {
  return name
    .split(" ")
    .map((word) => latinSpellings[word] ?? word)
    .join("")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ł/g, "l")
    .replace(/ø/g, "o")
    .replace(/[^a-z]/g, "");
}

/**
 * A plausible address, unique thanks to the serial number just before the "@": the seed starts its
 * serials above every number already found in that position (see nextEmailSerial).
 */
export function emailAddress(random: Random, first: string, last: string, serial: string): string {
  const f = emailWord(first);
  const l = emailWord(last);
  const style = random.next();
  let local =
    style < 0.45
      ? `${f}.${l}`
      : style < 0.65
        ? `${f}${l}`
        : style < 0.8
          ? `${f.slice(0, 1)}${l}`
          : style < 0.9
            ? `${f}_${l}`
            : `${l}.${f}`;
  // Some people type their address with capitals; matching must ignore case.
  if (random.chance(0.05)) local = local.charAt(0).toUpperCase() + local.slice(1);
  return `${local}${serial}@${random.choose(domains)}`;
}

export function newCustomer(random: Random, id: string, serial: string): SeedCustomer {
  const group = random.choose(nameGroups);
  const female = random.chance(0.5);
  const first = random.pick(female ? group.female : group.male);
  const surname = random.pick(group.surnames);
  const last = typeof surname === "string" ? surname : surname[female ? 1 : 0];
  const home = random.pick(group.homeCountries);
  const residence = home !== "AE" && hasPhonePlan(home) && random.chance(0.2) ? home : "AE";
  const phone = phoneNumber(random, residence);
  const preferredContact = random.choose(contactMethods);
  const whatsapp =
    preferredContact === "whatsapp" || random.chance(0.35)
      ? random.chance(0.85)
        ? respell(phone)
        : phoneNumber(random, residence)
      : null;
  return {
    id,
    name: `${first} ${last}`,
    email: emailAddress(random, first, last, serial),
    phone,
    whatsapp,
    preferredContact,
    home,
    residence,
  };
}
