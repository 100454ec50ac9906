import type { Language } from "../model/LocalizedText";
import { placeholderNames } from "./_lib/placeholderNames";
import type { MessageCatalogue } from "./MessageCatalogue";

/**
 * A problem {@link checkCatalogues} finds: a code without text in a language,
 * a code that two catalogues define, or a template whose placeholders differ
 * between Vietnamese and English.
 */
export type CatalogueProblem =
  | {
      readonly problem: "missing-text";
      readonly catalogue: string;
      readonly code: string;
      readonly language: Language;
    }
  | { readonly problem: "duplicate-code"; readonly code: string; readonly catalogues: readonly string[] }
  | {
      readonly problem: "params-differ";
      readonly catalogue: string;
      readonly code: string;
      readonly vi: readonly string[];
      readonly en: readonly string[];
    };

const LANGUAGES: readonly Language[] = ["vi", "en"];

/**
 * Checks message catalogues against each other: every code has a Vietnamese
 * and an English text that is not blank, no code is defined by two
 * catalogues, and the Vietnamese and English templates of a code use the
 * same placeholder names. Register every package's catalogues under a name
 * and expect no problem.
 *
 * @param catalogues - the catalogues by name ("core/validation", "notebook" …)
 * @returns the problems, catalogue by catalogue in code order; empty when all is well
 * @example
 * checkCatalogues({
 *   a: { "x.one": { vi: "Một {n}", en: "One {count}" } },
 *   b: { "x.one": { vi: "Một", en: "" } },
 * })
 * // [{ problem: "params-differ", catalogue: "a", code: "x.one", vi: ["n"], en: ["count"] },
 * //  { problem: "missing-text", catalogue: "b", code: "x.one", language: "en" },
 * //  { problem: "duplicate-code", code: "x.one", catalogues: ["a", "b"] }]
 */
export function checkCatalogues(catalogues: Readonly<Record<string, MessageCatalogue>>): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const owners = new Map<string, string[]>();
  for (const [name, catalogue] of Object.entries(catalogues)) {
    for (const code of Object.keys(catalogue).sort()) {
      owners.set(code, [...(owners.get(code) ?? []), name]);
      const entry: unknown = catalogue[code];
      const text = (language: Language) => {
        const value =
          entry && typeof entry === "object" ? (entry as Record<string, unknown>)[language] : undefined;
        return typeof value === "string" && value.trim() !== "" ? value : undefined;
      };
      for (const language of LANGUAGES) {
        if (text(language) === undefined)
          problems.push({ problem: "missing-text", catalogue: name, code, language });
      }
      const vi = text("vi");
      const en = text("en");
      if (vi === undefined || en === undefined) continue;
      const viNames = placeholderNames(vi).sort();
      const enNames = placeholderNames(en).sort();
      if (viNames.join() !== enNames.join()) {
        problems.push({ problem: "params-differ", catalogue: name, code, vi: viNames, en: enNames });
      }
    }
  }
  for (const [code, names] of [...owners].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (names.length > 1) problems.push({ problem: "duplicate-code", code, catalogues: names });
  }
  return problems;
}
