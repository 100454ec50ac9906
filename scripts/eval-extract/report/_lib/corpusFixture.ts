import { keyAsExtraction } from "../../corpus/_lib/keyAsExtraction";
import { type CorpusEvaluation, evaluateCorpus } from "../../corpus/evaluateCorpus";
import { loadCorpus } from "../../corpus/loadCorpus";

/**
 * The corpus evaluation the report tests print: e01–e04 on the clean and
 * crlf variants, by an extractor that reads e01 perfectly, gives e02 as a
 * plan with the decision's summary for its title (0.9), takes e03's news
 * for a plan of 2025 and reads nothing of e04.
 */
export async function corpusFixture(): Promise<CorpusEvaluation> {
  const documents = loadCorpus().documents.filter((d) => /^e0[1-4]-/.test(d.id));
  const byText = new Map(documents.map((d) => [d.text.replace(/\r\n/g, "\n"), d.key]));
  return evaluateCorpus(
    (text) => {
      const key = byText.get(text.replace(/\r\n/g, "\n"));
      if (!key) return {};
      const perfect = keyAsExtraction(key);
      if (key.id.startsWith("e01")) return perfect;
      if (key.id.startsWith("e02"))
        return {
          ...perfect,
          documentKind: "plan",
          decision: {},
          plan: { ...perfect.plan, title: key.decision?.title ?? "" },
          elements: [{ path: "/title", confidence: 0.9 }],
        };
      if (key.id.startsWith("e03"))
        return {
          documentKind: "plan",
          plan: { period: { start: "2025", end: "2025" } },
          elements: [{ path: "/period", confidence: 0.5 }],
        };
      return {};
    },
    documents,
    { variants: ["clean", "crlf"] },
  );
}
