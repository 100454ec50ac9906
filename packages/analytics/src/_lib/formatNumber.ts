import type { Language } from "@parcomms/core";

const FORMATS: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }),
};

/** A number as a person reads it in the language: "1.234,5" in Vietnamese, "1,234.5" in English. */
export function formatNumber(value: number, language: Language): string {
  return FORMATS[language].format(value);
}
