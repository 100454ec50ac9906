import type { AdministrativeLevel, LocalizedText } from "@parcomms/core";

/** A theme or channel code tied to some administrative levels (cấp): it applies to units at those levels only. */
export interface CodeScope {
  /** Which codelist the code belongs to. */
  readonly kind: "theme" | "channel";
  readonly code: string;
  /** The levels whose units the code applies to. */
  readonly levels: readonly AdministrativeLevel[];
  /** Why, in both languages. */
  readonly reason: LocalizedText;
}

/**
 * The codes of the built-in codelists that are tied to administrative levels,
 * kept as data next to the codelists; {@link coverageGaps} marks such a code
 * `not-applicable` for a unit at any other level (a code scoped to a level
 * inherits to the codes below it). Each entry's level is the one the code's own
 * codelist label names ("cấp tỉnh", "cấp huyện"). A level that does not exist in
 * an era (the district level in the two-tier era, per the `unitKinds` codelist)
 * has no units there, so codes tied only to it never apply in that era.
 *
 * No theme is scoped: the themes that name a level are still communicated
 * below it (the provincial PCI index is a content of commune plans 000:39 and
 * 003:81 and of the district plan 001:39), so leaving them out is a real gap.
 * Pass your own scopes to `coverageGaps` to mark more codes.
 *
 * @example
 * codeScopes.find((s) => s.code === "broadcast.district-radio")?.levels // ["district"]
 */
export const codeScopes: readonly CodeScope[] = [
  {
    kind: "channel",
    code: "broadcast.district-radio",
    levels: ["district"],
    reason: {
      vi: "Đài truyền thanh cấp huyện là kênh của cấp huyện; từ 01/7/2025 không còn cấp huyện.",
      en: "District radio is the district level's own channel; the district level is gone from 1 July 2025.",
    },
  },
];
