import { type Language, type Plan, unitKinds, vocabulary } from "@parcomms/core";

/**
 * A unit's display name with its kind word: "Xã Gia Tân", "Thành phố Bắc
 * Giang" in Vietnamese (the shortest unabbreviated word of the kind's
 * phrasings, as the plans write it), "Gia Tân rural commune", "Bắc Giang
 * provincial city" in English, so that the city and the province of Bắc
 * Giang stay apart. A plan with no unit (a central body's, such as the Bộ
 * Nội vụ) is "Trung ương" / "Central"; any other plan without a unit (a
 * draft whose header could not be read) is "(chưa rõ)" / "(unknown)", never
 * a guessed unit or tier.
 */
export function unitLabel(plan: Pick<Plan, "unit" | "issuer">, language: Language): string {
  const unit = plan.unit;
  if (!unit) {
    return plan.issuer?.level === "central"
      ? vocabulary.levels.central.short[language]
      : `(${vocabulary.values.unknown[language]})`;
  }
  const entry = unitKinds.entries.find((k) => k.code === unit.kind);
  if (!entry) return unit.name;
  if (language === "en") return `${unit.name} ${entry.label.en}`;
  const words = entry.phrasings.filter((p) => !p.includes("."));
  const kind = words.reduce((a, b) => (b.length < a.length ? b : a), words[0] ?? entry.label.vi);
  return `${kind.charAt(0).toLocaleUpperCase("vi")}${kind.slice(1)} ${unit.name}`;
}
