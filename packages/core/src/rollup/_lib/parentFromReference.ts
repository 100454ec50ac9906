import { fold, foldText } from "../../_lib/fold";
import { unitKinds } from "../../codelists/unitKinds";
import { LEVEL_RANK } from "../../model/LEVEL_RANK";
import type { Plan } from "../../model/Plan";
import { planLevel } from "../../model/planTier";
import type { PathStep } from "./unitPath";

/** Dots read as spaces ("TP. Bắc Giang"), one character for one, so offsets still point into the original. */
const undot = (text: string) => text.replace(/\./g, " ");

const KINDS = unitKinds.entries.flatMap((k) =>
  k.phrasings.map((p) => ({ kind: k, phrase: foldText(undot(p)) })),
);

/**
 * The unit that issued a plan's parent plan, read from the issuer of its
 * parent-plan reference ("UBND huyện Sơn Tây" → huyện Sơn Tây): a unit-kind
 * word of the unitKinds codelist and the words after it, as written. Where a
 * word fits several kinds ("thành phố"), the kind one level above the plan's
 * unit wins.
 *
 * @returns the parent unit, or undefined when there is no parent-plan reference or its issuer names no unit
 */
export function parentFromReference(plan: Plan): PathStep | undefined {
  const issuer = plan.references.find((r) => r.role === "parent-plan")?.issuer;
  if (!issuer) return undefined;
  // A plan of no known tier prefers no level: the earliest, longest kind word wins.
  const own = planLevel(plan);
  const folded = fold(undot(issuer));
  const text = ` ${folded.text} `;
  let best: { at: number; length: number; rank: number; kind: PathStep["kind"] } | undefined;
  for (const { kind, phrase } of KINDS) {
    const at = text.indexOf(` ${phrase} `);
    if (at < 0 || at + phrase.length + 1 >= folded.text.length) continue;
    // Prefer the earliest word, then the longest, then the level just above the plan's own.
    const rank = own === undefined ? 0 : Math.abs(LEVEL_RANK[kind.level] - LEVEL_RANK[own] - 1);
    const better =
      !best ||
      at < best.at ||
      (at === best.at && phrase.length > best.length) ||
      (at === best.at && phrase.length === best.length && rank < best.rank);
    if (better) best = { at, length: phrase.length, rank, kind: kind.code };
  }
  if (!best) return undefined;
  // `at` indexes the padded text, so it is the folded offset of the kind word; the name starts after it and a space.
  const nameStart = folded.offsets[best.at + best.length + 1] ?? issuer.length;
  const name = issuer.slice(nameStart).trim();
  return name.length > 0 ? { kind: best.kind, name } : undefined;
}
