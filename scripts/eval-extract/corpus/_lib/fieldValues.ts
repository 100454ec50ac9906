import type { CorpusField } from "../CORPUS_FIELDS";
import type { CorpusKey } from "../CorpusKey";
import type { ScorableExtraction } from "../ScorableExtraction";
import { dateText, nameText, numberText, plainText, symbolText, titleText } from "./canonical";

/** A field's value in the key and in the extraction, each as a comparable string or `null` (not stated, blank). */
export interface FieldValues {
  readonly want: string | null;
  readonly have: string | null;
}

const periodText = (p: { start: string; end: string; horizon?: number }, horizon: boolean) =>
  `${p.start}–${p.end}${horizon ? ` → ${p.horizon ?? "—"}` : ""}`;

/** The key's and the extraction's value of every corpus field, in canonical form. */
export function fieldValues(key: CorpusKey, got: ScorableExtraction): Record<CorpusField, FieldValues> {
  const plan = got.plan ?? {};
  const withHorizon = key.period?.horizon !== undefined;
  return {
    documentKind: { want: key.documentKind, have: plainText(got.documentKind) },
    number: { want: numberText(key.number), have: numberText(plan.number) },
    symbol: { want: symbolText(key.symbol, key.number), have: symbolText(plan.symbol, plan.number) },
    issueDate: { want: key.issueDate, have: dateText(plan.issueDate) },
    issuer: {
      want: key.issuer ? `${key.issuer.body}, ${key.issuer.level}` : null,
      have: plan.issuer ? `${plan.issuer.body}, ${plan.issuer.level ?? "—"}` : null,
    },
    level: { want: key.issuer?.level ?? null, have: plan.issuer?.level ?? null },
    unit: {
      want: key.unit ? `${nameText(key.unit.name)} (${key.unit.level})` : null,
      have: plan.unit ? `${nameText(plan.unit.name)} (${plan.unit.level})` : null,
    },
    period: {
      want: key.period ? periodText(key.period, withHorizon) : null,
      have: plan.period ? periodText(plan.period, withHorizon) : null,
    },
    title: { want: titleText(key.title), have: titleText(plan.title) },
    "decision.number": { want: numberText(key.decision?.number), have: numberText(got.decision?.number) },
    "decision.symbol": {
      want: symbolText(key.decision?.symbol, key.decision?.number),
      have: symbolText(got.decision?.symbol, got.decision?.number),
    },
    "decision.issueDate": { want: key.decision?.issueDate ?? null, have: dateText(got.decision?.issueDate) },
  };
}
