import type { AdministrativeLevel, Era, Language, LocalizedText } from "@parcomms/core";

/**
 * How a comparison row's values read: `text` (a name), `category` (a code with a
 * label: level, era, cadence), `count` (a whole number), `coverage` (covered of
 * total), `rate` (outputs a year), `flag` (yes/no).
 */
export type ComparisonRowKind = "text" | "category" | "count" | "coverage" | "rate" | "flag";

/** One plan's value in a comparison row. */
export interface ComparisonCell {
  readonly planId: string;
  /** The raw value: a code or codes for categories, a number, a boolean; null when the plan does not say. */
  readonly value: string | number | boolean | readonly string[] | null;
  /** For `coverage` rows: the number of codes it is out of. */
  readonly total?: number;
  /** The value as shown, in the chosen language ("14/28", "Cấp xã", "có"). */
  readonly label: string;
}

/** One measure across the compared plans. */
export interface ComparisonRow {
  /** Stable key of the measure ("activities", "themes", "reportingCadence" …). */
  readonly key: string;
  readonly kind: ComparisonRowKind;
  /** The measure's name in the chosen language. */
  readonly label: string;
  /** The measure's name in both languages. */
  readonly labels: LocalizedText;
  /** One cell per column, in column order. */
  readonly cells: ComparisonCell[];
  /** Whether the plans' raw values are not all equal. */
  readonly differs: boolean;
}

/** A compared plan (one column). */
export interface ComparisonColumn {
  readonly planId: string;
  /** The unit's display name with its kind word ("phường Trúc Lâm"). */
  readonly unitName: string;
  /** The column heading: unit name and plan period ("xã Gia Tân 2024"). */
  readonly label: string;
  /** The plan's tier; undefined for a draft that states none. */
  readonly level: AdministrativeLevel | undefined;
  /** The plan's era; undefined when neither its unit nor its period says. */
  readonly era: Era | undefined;
  /** The plan's period as written in its id form ("2024", "2022-2025"); "chưa rõ" / "unknown" when the plan states none. */
  readonly period: string;
}

/** Presence of one code across the compared plans. */
export interface CodePresence {
  readonly code: string;
  readonly label: LocalizedText;
  /** One flag per column, in column order. */
  readonly covered: boolean[];
}

/** A unit of the three-tier era and the two-tier unit that took it over in 2025, both among the compared plans. */
export interface SuccessorPair {
  /** Plan of the earlier unit. */
  readonly from: string;
  /** Plan of its successor. */
  readonly to: string;
  /** Whether the successor took all of the old unit or part of it. */
  readonly share: "full" | "partial";
}

/**
 * The result of {@link compareUnits}: plans side by side, one column per plan,
 * one row per measure, plus code-by-code presence of themes and channels.
 *
 * @example
 * const c: UnitComparison = compareUnits([plan003, plan004]);
 * c.rows.find((r) => r.key === "activities")?.cells.map((x) => x.value) // [17, 5]
 */
export interface UnitComparison {
  readonly language: Language;
  /** Codelist level of the theme and channel measures: "top" (default) or "leaf". */
  readonly level: "top" | "leaf";
  readonly columns: ComparisonColumn[];
  readonly rows: ComparisonRow[];
  /** Every code of the codelists (at `level`), in codelist order, with which plans cover it. */
  readonly codes: { readonly themes: CodePresence[]; readonly channels: CodePresence[] };
  /** Predecessor → successor pairs among the plans, when `options.successors` is given; else empty. */
  readonly pairs: SuccessorPair[];
}
