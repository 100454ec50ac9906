import type { LocalizedText } from "@parcomms/core";

/** A vocabulary label ("Chủ đề", "Theme") as it stands inside a sentence or a cell ("chủ đề", "theme"). */
export function lowerFirst(text: LocalizedText): LocalizedText {
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return { vi: lower(text.vi), en: lower(text.en) };
}
