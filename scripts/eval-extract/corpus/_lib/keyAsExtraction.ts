import type { PartialDate } from "@parcomms/core";
import type { CorpusKey } from "../CorpusKey";
import type { ScorableExtraction } from "../ScorableExtraction";

const dateOf = (text: string | null | undefined): PartialDate | undefined => {
  if (!text) return undefined;
  const [year, month, day] = text.split("-").map(Number);
  return {
    year: year as number,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
  };
};

/** What a perfect extractor would return for a key: every field as the key gives it, no element. */
export function keyAsExtraction(key: CorpusKey): ScorableExtraction {
  const issueDate = dateOf(key.issueDate);
  const decisionDate = dateOf(key.decision?.issueDate);
  return {
    documentKind: key.documentKind,
    plan: {
      ...(key.number ? { number: key.number } : {}),
      ...(key.symbol ? { symbol: key.symbol } : {}),
      ...(issueDate ? { issueDate } : {}),
      ...(key.issuer ? { issuer: key.issuer } : {}),
      ...(key.unit ? { unit: key.unit } : {}),
      ...(key.period ? { period: key.period } : {}),
      ...(key.title ? { title: key.title } : {}),
      references: key.references.map((r) => ({
        type: r.type,
        number: r.number,
        ...(r.symbol ? { symbol: r.symbol } : {}),
        role: r.role,
      })),
    },
    ...(key.decision
      ? {
          decision: {
            ...(key.decision.number ? { number: key.decision.number } : {}),
            ...(key.decision.symbol ? { symbol: key.decision.symbol } : {}),
            ...(decisionDate ? { issueDate: decisionDate } : {}),
          },
        }
      : {}),
    mentions: key.mentions.map((m) => ({
      ...(m.number ? { number: m.number } : {}),
      ...(m.symbol ? { symbol: m.symbol } : {}),
    })),
    elements: [],
  };
}
