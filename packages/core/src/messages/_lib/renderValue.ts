import { vocabulary } from "../../codelists/vocabulary";
import type { Language } from "../../model/LocalizedText";
import type { MessageParam } from "../MessageCatalogue";

const NUMBER: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2, useGrouping: false }),
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2, useGrouping: false }),
};

/**
 * A param value as text in a language, as formatMessage renders it by
 * default: text as it is, numbers in the language's notation without digit
 * grouping and with at most two decimals (so a year stays "2024" and 2.17 is
 * "2,17" in Vietnamese), yes/no as words, null as a dash.
 */
export function renderValue(value: MessageParam, language: Language): string {
  if (value === null) return "—";
  if (typeof value === "number") return NUMBER[language].format(value);
  if (typeof value === "boolean") return (value ? vocabulary.values.yes : vocabulary.values.no)[language];
  return value;
}
