import "server-only";
import type { Random } from "./random";

type PhonePlan = {
  countryCode: string;
  prefixes: readonly string[];
  /** Digits after the prefix; the first is drawn from `restStart` when given. */
  rest: number;
  restStart?: string;
  groups: readonly number[];
};

// Mobile ranges that libphonenumber accepts, so seeded customers pass the intake's validation when edited.
const plans: Readonly<Record<string, PhonePlan>> = {
  AE: { countryCode: "971", prefixes: ["50", "52", "54", "55", "56", "58"], rest: 7, groups: [2, 3, 4] },
  GB: {
    countryCode: "44",
    prefixes: ["7400", "7412", "7523", "7712", "7812", "7956", "7984"],
    rest: 6,
    groups: [4, 6],
  },
  IE: { countryCode: "353", prefixes: ["83", "85", "86", "87", "89"], rest: 7, groups: [2, 3, 4] },
  US: {
    countryCode: "1",
    prefixes: ["212", "310", "415", "206", "312", "617", "713", "202", "214", "646"],
    rest: 7,
    restStart: "23456789",
    groups: [3, 3, 4],
  },
  CA: {
    countryCode: "1",
    prefixes: ["416", "604", "514", "403", "613"],
    rest: 7,
    restStart: "23456789",
    groups: [3, 3, 4],
  },
  AU: { countryCode: "61", prefixes: ["401", "412", "423", "438", "447", "466", "478"], rest: 6, groups: [3, 3, 3] },
  NZ: { countryCode: "64", prefixes: ["21", "22", "27"], rest: 7, groups: [2, 3, 4] },
  IN: { countryCode: "91", prefixes: ["98", "99", "97", "96", "70", "81"], rest: 8, groups: [5, 5] },
  PK: { countryCode: "92", prefixes: ["300", "301", "321", "333", "345"], rest: 7, groups: [3, 7] },
  PH: { countryCode: "63", prefixes: ["917", "918", "927", "939", "995"], rest: 7, groups: [3, 3, 4] },
  DE: { countryCode: "49", prefixes: ["160", "170", "171", "172", "175", "176"], rest: 7, groups: [3, 7] },
  FR: {
    countryCode: "33",
    prefixes: ["61", "62", "64", "66", "67", "68", "75", "76", "77"],
    rest: 7,
    groups: [1, 2, 2, 2, 2],
  },
  RU: { countryCode: "7", prefixes: ["903", "915", "916", "925", "985"], rest: 7, groups: [3, 3, 2, 2] },
  SA: { countryCode: "966", prefixes: ["50", "53", "55", "56", "59"], rest: 7, groups: [2, 3, 4] },
  ZA: { countryCode: "27", prefixes: ["72", "76", "82", "83", "84"], rest: 7, groups: [2, 3, 4] },
};

export function hasPhonePlan(country: string): boolean {
  return country in plans;
}

/** A mobile number as people type it: spaced, compact or dashed, always with the country code. */
export function phoneNumber(random: Random, country: string): string {
  const plan = plans[country] ?? plans.AE!;
  const start = plan.restStart ? random.pick([...plan.restStart]) : random.digits(1);
  const national = random.pick(plan.prefixes) + start + random.digits(plan.rest - 1);
  const style = random.next();
  if (style < 0.3) return `+${plan.countryCode}${national}`;
  const parts: string[] = [];
  let offset = 0;
  for (const size of plan.groups) {
    parts.push(national.slice(offset, offset + size));
    offset += size;
  }
  return `+${plan.countryCode} ${parts.join(style < 0.9 ? " " : "-")}`;
}

/** The same number written another way, as customers often give their WhatsApp. */
export function respell(phone: string): string {
  return phone.includes(" ") || phone.includes("-") ? phone.replace(/[\s-]/g, "") : phone;
}
