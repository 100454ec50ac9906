import { type Language, type UnitRef, unitKinds, vocabulary } from "@parcomms/core";

/**
 * A unit's display name with its kind word: "Xã Gia Tân", "Thành phố Bắc
 * Giang" in Vietnamese (the shortest unabbreviated word of the kind's
 * phrasings, as the plans write it), "Gia Tân rural commune", "Bắc Giang
 * provincial city" in English, so that the city and the province of Bắc
 * Giang stay apart. A plan with no unit (a central body's, such as the Bộ
 * Nội vụ) is "Trung ương" / "Central".
 */
export function unitLabel(unit: UnitRef | undefined, language: Language): string {
  if (!unit) return vocabulary.levels.central.short[language];
  const entry = unitKinds.entries.find((k) => k.code === unit.kind);
  if (!entry) return unit.name;
  if (language === "en") return `${unit.name} ${entry.label.en}`;
  const words = entry.phrasings.filter((p) => !p.includes("."));
  const kind = words.reduce((a, b) => (b.length < a.length ? b : a), words[0] ?? entry.label.vi);
  return `${kind.charAt(0).toLocaleUpperCase("vi")}${kind.slice(1)} ${unit.name}`;
}
