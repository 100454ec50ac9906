import type { Evaluation } from "../evaluateExtraction";
import type { Miss } from "../score/Miss";

const keyOf = (plan: string, m: Miss) =>
  `${plan}\u0000${m.measure}\u0000${m.where}\u0000${m.expected}\u0000${m.got}`;
const line = (m: Miss) => `  - [${m.measure}] ${m.where}: expected ${m.expected} | got ${m.got}`;

/**
 * Every miss, for the extractor developer: all misses on the clean text,
 * grouped by plan, then for each damaged variant only the misses the clean
 * text does not have (what the damage broke).
 *
 * @param evaluation - from `evaluateExtraction`
 * @returns plain text, one miss per line
 * @example
 * formatMisses(evaluation)
 * // "## clean\n### 000_34833a3694ee8a96 (3)\n  - [header] number: expected … | got …"
 */
export function formatMisses(evaluation: Evaluation): string {
  const clean = evaluation.variants.find((v) => v.variant === "clean");
  const seen = new Set(clean?.plans.flatMap((p) => p.misses.map((m) => keyOf(p.plan, m))) ?? []);
  const out: string[] = [];
  for (const variant of evaluation.variants) {
    const isClean = variant.variant === "clean";
    out.push(isClean ? "## clean" : `## ${variant.variant} (only misses not on the clean text)`);
    for (const plan of variant.plans) {
      const misses = isClean ? plan.misses : plan.misses.filter((m) => !seen.has(keyOf(plan.plan, m)));
      if (misses.length === 0) continue;
      out.push(`### ${plan.plan} (${misses.length})`);
      for (const item of misses.map(line)) out.push(item);
    }
  }
  return out.join("\n");
}
