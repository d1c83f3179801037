import "server-only";

/** Choices with relative weights, prepared once so that each pick is a short scan. */
export type WeightedTable<T> = { items: readonly T[]; cumulative: Float64Array; total: number };

export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, weight], index) => {
    total += weight;
    cumulative[index] = total;
  });
  return { items: entries.map(([item]) => item), cumulative, total };
}

/**
 * Seeded pseudo-random numbers (mulberry32): the same seed gives the same demo data, and it is
 * several times faster than crypto for the tens of millions of draws a large seed makes.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  choose<T>(table: WeightedTable<T>): T {
    const target = this.next() * table.total;
    const { cumulative, items } = table;
    for (let index = 0; index < cumulative.length; index++) {
      if (target < cumulative[index]!) return items[index]!;
    }
    return items[items.length - 1]!;
  }

  digits(count: number): string {
    let out = "";
    for (let index = 0; index < count; index++) out += Math.floor(this.next() * 10);
    return out;
  }
}
