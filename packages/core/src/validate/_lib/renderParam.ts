import { reportingCadences } from "../../codelists/reportingCadences";
import { type VocabularyTerm, vocabulary } from "../../codelists/vocabulary";
import { renderValue } from "../../messages/_lib/renderValue";
import type { Language } from "../../model/LocalizedText";
import type { ParamKind } from "../RuleDescription";
import type { IssueParam } from "../ValidationIssue";

type Labels = Readonly<Record<string, Readonly<Record<Language, string>>>>;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The terms of the shared vocabulary in one form, first letter lowered to stand in a sentence. */
const inSentence = (terms: Readonly<Record<string, VocabularyTerm>>, form: keyof VocabularyTerm): Labels =>
  Object.fromEntries(
    Object.entries(terms).map(([code, term]) => [
      code,
      { en: lowerFirst(term[form].en), vi: lowerFirst(term[form].vi) },
    ]),
  );

const LABELS: Partial<Record<ParamKind, Labels>> = {
  "recurrence-unit": vocabulary.recurrenceUnits,
  "output-unit": Object.fromEntries(
    Object.entries(vocabulary.outputUnits).map(([code, word]) => [code, word.many]),
  ),
  level: inSentence(vocabulary.levels, "long"),
  era: inSentence(vocabulary.eras, "short"),
  cadence: Object.fromEntries(
    reportingCadences.entries.map((c) => [
      c.code,
      { en: lowerFirst(c.label.en), vi: lowerFirst(c.label.vi) },
    ]),
  ),
};

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2024-01-26" as 26/01/2024 in Vietnamese, and as written in English. */
function renderDate(value: string, language: Language): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m || language === "en") return value;
  return [m[3], m[2], m[1]].filter((part) => part !== undefined).join("/");
}

/**
 * A message parameter as text in a language: numbers in the language's
 * notation, partial dates in its order, codes of model vocabularies by their
 * labels. Values that are not what their kind expects are shown as they are.
 */
export function renderParam(value: IssueParam, kind: ParamKind, language: Language): string {
  if (typeof value !== "string") return renderValue(value, language);
  if (kind === "date") return renderDate(value, language);
  const labels = LABELS[kind];
  return labels && Object.hasOwn(labels, value) ? (labels[value]?.[language] ?? value) : value;
}
