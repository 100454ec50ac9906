import {
  type Codelist,
  channels as channelCodelist,
  type Plan,
  themes as themeCodelist,
} from "@parcomms/core";
import { codesAt } from "../_lib/codesAt";
import { coveredSets } from "../_lib/coveredSets";
import { unitLabels } from "../labels/unitLabels";

/** Options of {@link planSimilarity}. */
export interface PlanSimilarityOptions {
  /** Which codes make up a plan's profile: "both" (default), "themes" or "channels". */
  readonly dimensions?: "both" | "themes" | "channels";
  /** Codelist level: "leaf" (default, codes as written, finer) or "top" (the families). */
  readonly level?: "top" | "leaf";
  /** Keep only the first `limit` pairs; default all n·(n−1)/2 pairs. */
  readonly limit?: number;
  /** The themes codelist; default the built-in `themes`. */
  readonly themes?: Codelist;
  /** The channels codelist; default the built-in `channels`. */
  readonly channels?: Codelist;
}

/** Two plans and how alike they are. */
export interface SimilarityPair {
  /** Plan id of the earlier plan in the input. */
  readonly a: string;
  readonly b: string;
  /** Jaccard index, 0 to 1. */
  readonly score: number;
  /** Number of codes both cover (a theme and a channel code never count as one). */
  readonly shared: number;
  /** Number of codes either covers. */
  readonly union: number;
}

/** The result of {@link planSimilarity}. */
export interface PlanSimilarity {
  /** The plans, in input order (rows and columns of `matrix`). */
  readonly planIds: string[];
  /** Display names of the plans' units, in the same order ("xã Sơn Mầu"). */
  readonly unitNames: string[];
  /** matrix[i][j]: the Jaccard index of plans i and j; 1 on the diagonal. */
  readonly matrix: number[][];
  /** Every pair of distinct plans once, most alike first; ties in input order. */
  readonly pairs: SimilarityPair[];
}

/**
 * Which units planned alike (kế hoạch tương đồng): the Jaccard index of the
 * sets of theme and channel codes two plans cover, |A ∩ B| / |A ∪ B|. 1 means
 * the same codes, 0 none in common; two plans that cover no code at all score
 * 0 with each other (nothing to share). Coverage is `codelistCoverage`'s, at
 * the leaf level by default; a theme and a channel never match each other.
 *
 * The matrix has n² cells, so keep n to a few thousand plans.
 *
 * @param plans - the plans
 * @param options - see {@link PlanSimilarityOptions}
 * @returns the matrix and the ranked pairs
 * @example
 * planSimilarity([plan000, plan003]).pairs[0]
 * // { a: "000_34833a3694ee8a96", b: "003_c2f82bd70c212939", score: 0.4, shared: 20, union: 50 }
 */
export function planSimilarity(plans: readonly Plan[], options: PlanSimilarityOptions = {}): PlanSimilarity {
  const level = options.level ?? "leaf";
  const dimensions = options.dimensions ?? "both";
  const codelists = {
    themes: options.themes ?? themeCodelist,
    channels: options.channels ?? channelCodelist,
  };
  const themeCodes = dimensions === "channels" ? [] : codesAt(codelists.themes, level);
  const channelCodes = dimensions === "themes" ? [] : codesAt(codelists.channels, level);
  const width = themeCodes.length + channelCodes.length;
  const words = Math.ceil(width / 32);

  // One bit per code: intersections and unions are word-wise ANDs and ORs.
  const bits = plans.map((plan) => {
    const covered = coveredSets(plan, level, codelists);
    const set = new Uint32Array(words);
    const mark = (i: number) => {
      set[i >>> 5] = (set[i >>> 5] as number) | (1 << (i & 31));
    };
    themeCodes.forEach((c, i) => {
      if (covered.themes.has(c.code)) mark(i);
    });
    channelCodes.forEach((c, i) => {
      if (covered.channels.has(c.code)) mark(themeCodes.length + i);
    });
    return set;
  });

  const n = plans.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const pairs: SimilarityPair[] = [];
  for (let i = 0; i < n; i++) {
    (matrix[i] as number[])[i] = 1;
    const x = bits[i] as Uint32Array;
    for (let j = i + 1; j < n; j++) {
      const y = bits[j] as Uint32Array;
      let shared = 0;
      let union = 0;
      for (let w = 0; w < words; w++) {
        shared += popCount((x[w] as number) & (y[w] as number));
        union += popCount((x[w] as number) | (y[w] as number));
      }
      const score = union === 0 ? 0 : shared / union;
      (matrix[i] as number[])[j] = score;
      (matrix[j] as number[])[i] = score;
      pairs.push({ a: (plans[i] as Plan).id, b: (plans[j] as Plan).id, score, shared, union });
    }
  }
  pairs.sort((p, q) => q.score - p.score);
  return {
    planIds: plans.map((p) => p.id),
    unitNames: plans.map((p) => unitLabels(p).unit),
    matrix,
    pairs: options.limit === undefined ? pairs : pairs.slice(0, options.limit),
  };
}

function popCount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
