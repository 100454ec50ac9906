import type { Language } from "@parcomms/core";
import { type ChartMessageId, chartMessages } from "./chartMessages";

/**
 * The text of a chart message in one language, with `{name}` placeholders
 * filled from `params`; a missing parameter stays visible as `{name}`.
 */
export function chartMessage(
  id: ChartMessageId,
  language: Language,
  params: Record<string, string | number> = {},
): string {
  return chartMessages[id][language].replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}
