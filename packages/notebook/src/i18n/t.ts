import type { Language } from "@parcomms/core";
import { type MessageKey, messages } from "./messages";

/**
 * The interface text for a key in a language, with `{name}` placeholders
 * filled from `params` (numbers in the language's format).
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
  const text: string = messages[key][language];
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return placeholder;
    return typeof value === "number" ? value.toLocaleString(language === "vi" ? "vi-VN" : "en-US") : value;
  });
}
