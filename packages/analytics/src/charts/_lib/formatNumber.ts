import type { Language } from "@parcomms/core";

const FORMATS: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }),
};

/** A number as a reader of the language writes it (vi: "2,5"; en: "2.5"), at most one decimal. */
export function formatNumber(value: number, language: Language): string {
  return FORMATS[language].format(value);
}
