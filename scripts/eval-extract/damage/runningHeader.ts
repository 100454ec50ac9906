/**
 * A running header like the one printed at the top of every page of a plan:
 * "KẾ HOẠCH" and the first six words of its title. A text that is not a plan
 * (a news page, a letter) prints no type word: pass `typeWord: ""`.
 *
 * @param plan - anything with a title
 * @param typeWord - the document's type word, "KẾ HOẠCH" by default
 * @returns the header line
 * @example
 * runningHeader({ title: "Tuyên truyền cải cách hành chính năm 2025" })
 * // "KẾ HOẠCH Tuyên truyền cải cách hành chính" (six words)
 */
export function runningHeader(plan: { readonly title?: string | undefined }, typeWord = "KẾ HOẠCH"): string {
  // A plan without a title (schema 1.2 allows it) repeats the type line alone.
  const words = plan.title ? plan.title.split(/\s+/).slice(0, 6).join(" ") : "";
  return [typeWord, words].filter((part) => part !== "").join(" ");
}
