/**
 * A running header like the one printed at the top of every page of a plan:
 * "KẾ HOẠCH" and the first six words of its title.
 *
 * @param plan - anything with a title
 * @returns the header line
 * @example
 * runningHeader({ title: "Tuyên truyền cải cách hành chính năm 2025" })
 * // "KẾ HOẠCH Tuyên truyền cải cách hành chính" (six words)
 */
export function runningHeader(plan: { readonly title?: string | undefined }): string {
  // A plan without a title (schema 1.2 allows it) repeats the type line alone.
  return plan.title ? `KẾ HOẠCH ${plan.title.split(/\s+/).slice(0, 6).join(" ")}` : "KẾ HOẠCH";
}
