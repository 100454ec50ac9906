import type { LegalReference, Plan } from "@parcomms/core";
import { showDate } from "./_lib/show";
import { dice, wordSet } from "./_lib/text";
import type { Miss } from "./Miss";
import type { Tally } from "./Tally";

/** A symbol as a key: NFC, upper case, no white space, dashes as "-" ("31/KH-UBND"). */
function symbolKey(ref: LegalReference): string | undefined {
  const symbol = ref.symbol ?? (ref.number && ref.typeCode ? `${ref.number}/${ref.typeCode}` : undefined);
  return symbol
    ?.normalize("NFC")
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/[‐-―−]/g, "-");
}

const describeRef = (r: LegalReference) => `${r.type} ${r.symbol ?? r.title ?? r.raw ?? ""}`.trim();
const refFields = (r: LegalReference) => `${r.type}, ${showDate(r.date)}, ${r.role}`;

/** Least word overlap of titles for two references without a symbol to be the same document. */
const MIN_TITLE_OVERLAP = 0.5;

/**
 * Compares cited documents. References are matched one to one by their
 * symbol ("31/KH-UBND", NFC, case and spacing ignored); those without a
 * symbol ("các Nghị quyết của Tỉnh ủy") by document type and a word overlap
 * (Dice ≥ 0.5) of their titles or raw text. A matched reference is fully
 * correct when its type, date (year, month, day) and role (parent-plan,
 * basis, cited) also agree.
 *
 * @param expected - the answer key
 * @param got - the extracted plan
 * @returns `found` (matched references) and `correct` (matched and fully correct), with the misses
 * @example
 * scoreReferences(plan001, plan001).found // { tp: 8, fp: 0, fn: 0 }
 */
export function scoreReferences(expected: Plan, got: Plan): { found: Tally; correct: Tally; misses: Miss[] } {
  const want = expected.references;
  const have = got.references;
  const used = new Set<number>();
  const pairs: [LegalReference, LegalReference][] = [];
  const unmatched: LegalReference[] = [];
  const pending: LegalReference[] = [];
  for (const w of want) {
    const key = symbolKey(w);
    const j = key === undefined ? -1 : have.findIndex((h, k) => !used.has(k) && symbolKey(h) === key);
    if (j >= 0) {
      used.add(j);
      pairs.push([w, have[j] as LegalReference]);
    } else if (key === undefined) pending.push(w);
    else unmatched.push(w);
  }
  for (const w of pending) {
    const words = wordSet(w.title ?? w.raw ?? "");
    let best = -1;
    let bestScore = MIN_TITLE_OVERLAP;
    have.forEach((h, k) => {
      if (used.has(k) || h.type !== w.type) return;
      const score = dice(words, wordSet(h.title ?? h.raw ?? ""));
      if (score >= bestScore && (best < 0 || score > bestScore)) {
        best = k;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([w, have[best] as LegalReference]);
    } else unmatched.push(w);
  }
  const spurious = have.filter((_, k) => !used.has(k));
  const misses: Miss[] = [];
  let correct = 0;
  for (const [w, h] of pairs) {
    if (refFields(w) === refFields(h)) correct += 1;
    else
      misses.push({
        measure: "reference-fields",
        where: describeRef(w),
        expected: refFields(w),
        got: refFields(h),
      });
  }
  for (const w of unmatched)
    misses.push({ measure: "references", where: describeRef(w), expected: refFields(w), got: "—" });
  for (const h of spurious)
    misses.push({ measure: "references", where: describeRef(h), expected: "—", got: refFields(h) });
  return {
    found: { tp: pairs.length, fp: spurious.length, fn: unmatched.length },
    correct: {
      tp: correct,
      fp: spurious.length + pairs.length - correct,
      fn: unmatched.length + pairs.length - correct,
    },
    misses,
  };
}
