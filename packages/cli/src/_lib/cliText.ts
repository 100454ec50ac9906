import {
  formatMessage,
  type LocalizedText,
  type MessageCatalogue,
  type MessageParamsOf,
} from "@parcomms/core";

/**
 * A message of a command-line catalogue in both languages, filled by core's
 * `formatMessage`: for a UsageError, a command's summary and help, or a
 * value that is printed later in the language asked for.
 */
export function cliText<M extends MessageCatalogue, C extends keyof M & string>(
  catalogue: M,
  code: C,
  params: MessageParamsOf<M, C>,
): LocalizedText {
  return {
    vi: formatMessage(catalogue, code, params, "vi"),
    en: formatMessage(catalogue, code, params, "en"),
  };
}
