import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { Counts } from "./LevelDistribution";

interface Table {
  readonly keys: readonly string[];
  readonly cumulative: Float64Array;
  readonly total: number;
}

const tables = new WeakMap<Counts, Table>();

function tableOf(counts: Counts): Table {
  let table = tables.get(counts);
  if (!table) {
    const keys = Object.keys(counts).filter((k) => (counts[k] ?? 0) > 0);
    const cumulative = new Float64Array(keys.length);
    let total = 0;
    keys.forEach((key, i) => {
      total += counts[key] ?? 0;
      cumulative[i] = total;
    });
    table = { keys, cumulative, total };
    tables.set(counts, table);
  }
  return table;
}

/**
 * A seeded pseudo-random source (xoroshiro128+ from pure-rand) with the
 * draws the generator needs. Mutable: every draw advances it.
 */
export class Rng {
  private readonly generator: ReturnType<typeof xoroshiro128plus>;

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed | 0);
    // Seeds close to each other start close; a few draws spread them apart.
    for (let i = 0; i < 12; i++) this.generator.next();
  }

  /** An integer from `from` to `to`, both included. */
  int(from: number, to: number): number {
    return to <= from ? from : uniformInt(this.generator, from, to);
  }

  /** A number in [0, 1). */
  float(): number {
    return uniformFloat64(this.generator);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return p > 0 && this.float() < p;
  }

  /** One of `items`, uniformly; `items` must not be empty. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  /** A key of `counts`, with probability proportional to its count; undefined when all counts are 0. */
  weighted(counts: Counts): string | undefined {
    const table = tableOf(counts);
    return table.total === 0 ? undefined : table.keys[this.index(table)];
  }

  /** The index of a key of a table, drawn in proportion to its count (binary search on the cumulative counts). */
  private index({ cumulative, total }: Table): number {
    const x = this.float() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) > x) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** A key of `counts` read as a number (a per-item count table). */
  weightedNumber(counts: Counts): number {
    return Number(this.weighted(counts) ?? 0);
  }

  /**
   * Up to `n` distinct keys of `counts`, each drawn in proportion to its count
   * among the keys not drawn yet; fewer when `counts` has fewer keys. Drawn
   * by redrawing keys already taken, which gives the same probabilities.
   */
  weightedDistinct(counts: Counts, n: number): string[] {
    const table = tableOf(counts);
    const { keys } = table;
    if (n >= keys.length) return this.shuffle([...keys]);
    const taken = new Uint8Array(keys.length);
    const chosen: string[] = [];
    while (chosen.length < n) {
      const i = this.index(table);
      if (taken[i] === 1) continue;
      taken[i] = 1;
      chosen.push(keys[i] as string);
    }
    return chosen;
  }

  /**
   * A key of `counts` that `accept` accepts, in proportion to its count among
   * the accepted keys; undefined when none is accepted.
   */
  weightedWhere(counts: Counts, accept: (key: string) => boolean): string | undefined {
    const table = tableOf(counts);
    const accepted = table.keys.filter(accept);
    if (accepted.length === 0) return undefined;
    if (accepted.length === table.keys.length) return this.weighted(counts);
    for (;;) {
      const key = table.keys[this.index(table)] as string;
      if (accept(key)) return key;
    }
  }

  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const item = items[i] as T;
      items[i] = items[j] as T;
      items[j] = item;
    }
    return items;
  }
}
