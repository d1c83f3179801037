// Words that follow a count ("1 email", "2 emails"), chosen by the language's own plural rules.

export type Noun = { one: string; other: string };

const rules = new Intl.PluralRules("en-GB");

/** The noun for this count: `nounFor(1, EMAILS)` is "email". */
export function nounFor(count: number, noun: Noun): string {
  return rules.select(count) === "one" ? noun.one : noun.other;
}

/** The count, written out, and its noun: "1 email", "2,150 emails". */
export function countOf(count: number, noun: Noun): string {
  return `${count.toLocaleString("en")} ${nounFor(count, noun)}`;
}
