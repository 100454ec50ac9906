import { formatMessage, type Language, type LocalizedText } from "@parcomms/core";
import { chartMessages } from "./chartMessages";

/** Stable codes of the errors a chart function throws. */
export type ChartErrorCode = "chart/no-document" | "chart/no-plans" | "chart/unknown-kind";

/**
 * The error a chart function throws on input it cannot draw: a stable `code`,
 * the message in both languages, and `message` in the language asked for.
 *
 * @example
 * try {
 *   themeChannelHeatmap([], { document });
 * } catch (error) {
 *   if (error instanceof ChartError) error.code; // "chart/no-plans"
 * }
 */
export class ChartError extends Error {
  /** The stable error code. */
  readonly code: ChartErrorCode;
  /** The message in Vietnamese and English. */
  readonly messages: LocalizedText;

  constructor(code: ChartErrorCode, params: Record<string, string | number> = {}, language: Language = "vi") {
    const messages = {
      vi: formatMessage(chartMessages, messageCode(code), params, "vi"),
      en: formatMessage(chartMessages, messageCode(code), params, "en"),
    };
    super(messages[language]);
    this.name = "ChartError";
    this.code = code;
    this.messages = messages;
  }
}

/** The catalogue code of an error code: "chart/no-plans" is the message "chart.no-plans". */
function messageCode(code: ChartErrorCode) {
  return code.replace("/", ".") as `chart.${ChartErrorCode extends `chart/${infer Name}` ? Name : never}`;
}
