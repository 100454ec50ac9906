import {
  type AdminUnit,
  type Era,
  type LocalizedText,
  Plan,
  parseUnitName,
  parseVietnameseDate,
  planEra,
} from "@parcomms/core";
import { both } from "../i18n/both";
import { t } from "../i18n/t";

/** Finds the units of an era by name and kind (sample-data's `searchUnits`). */
export type UnitSearch = (
  name: string,
  options: { era: Era; kinds: readonly AdminUnit["kind"][] },
) => AdminUnit[];

/** What {@link correctField} gives: the plan with the field set, or why the value was refused. */
export type FieldCorrection = { ok: true; plan: Plan } | { ok: false; problem: LocalizedText };

const YEAR = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4})\s*)?$/;
const NUMBER = /^\s*(\d+[A-Za-z]?)\s*\/\s*(\S+)\s*$/;

/**
 * A draft plan with one header field corrected by a person, the value checked
 * as core checks it: the period a year (or "2021-2025") between 1945 and 2100;
 * the unit its kind word and name ("xã Gia Tân"), parsed by `parseUnitName` and
 * found in the unit list of the plan's era (its official code kept); the
 * number "15/KH-UBND"; the issue date a Vietnamese date (`parseVietnameseDate`);
 * the title and issuer non-empty. The result must still pass core's `Plan`
 * schema. Nothing is changed in `plan`.
 *
 * @param plan - the draft plan
 * @param path - the field: "/title", "/unit", "/period", "/number", "/issueDate" or "/issuer"
 * @param value - the value as the person typed it
 * @param searchUnits - finds units by name in an era (sample-data's `searchUnits`)
 * @returns the corrected plan, or the problem in Vietnamese and English
 * @example
 * correctField(draft, "/period", "2025", searchUnits) // { ok: true, plan: { …draft, period: { start: "2025", end: "2025" } } }
 * correctField(draft, "/period", "25", searchUnits).ok // false
 */
export function correctField(
  plan: Plan,
  path: string,
  value: string,
  searchUnits: UnitSearch,
): FieldCorrection {
  const text = value.trim();
  const refuse = (key: Parameters<typeof both>[0], params: Record<string, string | number> = {}) =>
    ({ ok: false, problem: both(key, { value: text, ...params }) }) as const;
  if (text === "") return refuse("review.bad.empty");
  let next: Plan;
  switch (path) {
    case "/title":
      next = { ...plan, title: text };
      break;
    case "/issuer":
      next = { ...plan, issuer: { ...(plan.issuer ?? { body: "people-committee" }), wording: text } };
      break;
    case "/period": {
      const match = YEAR.exec(text);
      const start = Number(match?.[1]);
      const end = match?.[2] ? Number(match[2]) : start;
      if (!match || start < 1945 || end > 2100 || end < start) return refuse("review.bad.year");
      next = { ...plan, period: { start: String(start), end: String(end) } };
      break;
    }
    case "/number": {
      const match = NUMBER.exec(text);
      if (!match?.[1] || !match[2]) return refuse("review.bad.number");
      next = { ...plan, number: match[1], symbol: match[2] };
      break;
    }
    case "/issueDate": {
      const parsed = parseVietnameseDate(text);
      if (!parsed.ok || parsed.value.kind !== "date") return refuse("review.bad.date");
      next = { ...plan, issueDate: parsed.value.date };
      break;
    }
    case "/unit": {
      const era = planEra(plan) ?? "three-tier";
      const parsed = parseUnitName(text);
      if (!parsed.ok) return refuse("review.bad.unit");
      const { kind, level, name, parents } = parsed.value;
      const found = searchUnits(name, { era, kinds: [kind] });
      const unit = found[0];
      if (!unit)
        return {
          ok: false,
          problem: {
            vi: t("vi", "review.bad.unitNotFound", { value: text, era: t("vi", `era.${era}`) }),
            en: t("en", "review.bad.unitNotFound", { value: text, era: t("en", `era.${era}`) }),
          },
        };
      next = {
        ...plan,
        unit: {
          name,
          kind,
          level,
          era,
          code: unit.code,
          ...(unit.name !== name ? { officialName: unit.name } : {}),
          // "xã Gia Tân" alone keeps the units above it that the draft had read.
          parents: parents.length > 0 ? parents : (plan.unit?.parents ?? []),
          match: unit.name === name ? "exact" : "spelling-differs",
        },
      };
      break;
    }
    default:
      return refuse("review.bad.field", { field: path });
  }
  const checked = Plan.safeParse(next);
  if (!checked.success)
    return refuse("review.bad.schema", { reason: checked.error.issues[0]?.message ?? "" });
  return { ok: true, plan: checked.data };
}
