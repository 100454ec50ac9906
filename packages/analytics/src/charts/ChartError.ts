import type { Language, LocalizedText } from "@parcomms/core";
import { chartMessage } from "./_lib/chartMessage";

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
    const messages = { vi: chartMessage(code, "vi", params), en: chartMessage(code, "en", params) };
    super(messages[language]);
    this.name = "ChartError";
    this.code = code;
    this.messages = messages;
  }
}
