import type { LocalizedText } from "@parcomms/core";
import type { MessageKey } from "./messages";
import { t } from "./t";

/**
 * A message in both languages, for texts kept until the language is chosen
 * (problems with files are shown again after a language switch).
 *
 * @example
 * both("data.noPlans", { file: "a.csv" }).en // "File a.csv holds no usable plan."
 */
export function both(key: MessageKey, params: Record<string, string | number> = {}): LocalizedText {
  return { vi: t("vi", key, params), en: t("en", key, params) };
}
