import { formatMessage, type Language, type MessageParam } from "@parcomms/core";
import { type MessageKey, messages } from "./messages";

const LOCALE: Record<Language, string> = { vi: "vi-VN", en: "en-US" };

/** Numbers grouped as the language writes them ("10.794", "10,794"); other values as formatMessage renders them. */
const render = (value: MessageParam, _name: string, language: Language) =>
  typeof value === "number" ? value.toLocaleString(LOCALE[language]) : undefined;

/**
 * The interface text for a key in a language: core's `formatMessage` over
 * {@link messages}, `{name}` placeholders filled from `params`, numbers
 * grouped in the language's format.
 *
 * @param language - "vi" or "en"
 * @param key - a key of {@link messages}
 * @param params - values for the placeholders
 * @returns the text
 * @example
 * t("en", "data.filePlans", { count: 3 }) // "3 plans"
 * t("vi", "data.filePlans", { count: 10794 }) // "10.794 kế hoạch"
 */
export function t(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(messages, key, params, language, { render });
}
