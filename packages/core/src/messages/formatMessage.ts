import type { Language } from "../model/LocalizedText";
import { PLACEHOLDER } from "./_lib/placeholderNames";
import { renderValue } from "./_lib/renderValue";
import type { MessageCatalogue, MessageParam, MessageParamsOf } from "./MessageCatalogue";

/** How {@link formatMessage} renders param values. */
export interface FormatMessageOptions {
  /**
   * Renders one param value; return `undefined` to use the default (text as
   * it is, numbers in the language's notation without grouping and with at
   * most two decimals, yes/no as words, null as "—").
   */
  readonly render?: (value: MessageParam, name: string, language: Language) => string | undefined;
}

/**
 * The text of a message (thông báo) in one language: the catalogue's template
 * for `code` with every `{name}` filled from `params`. A placeholder without a
 * param stays visible as `{name}`, and a code the catalogue does not hold
 * gives the code itself, so a message is never lost and never throws.
 *
 * @param catalogue - a {@link MessageCatalogue}
 * @param code - a code of the catalogue
 * @param params - the values of the template's placeholders (typed from the template when the code is a literal)
 * @param language - "vi" or "en"
 * @param options - how to render param values
 * @returns the message
 * @example
 * const messages = {
 *   "extract.activity.no-lead": { vi: "Nhiệm vụ {ref} không có cơ quan chủ trì.", en: "Task {ref} has no lead office." },
 * } as const satisfies MessageCatalogue;
 * formatMessage(messages, "extract.activity.no-lead", { ref: "II.3" }, "vi") // "Nhiệm vụ II.3 không có cơ quan chủ trì."
 * formatMessage(messages, "extract.activity.no-lead", { ref: 3 }, "en") // "Task 3 has no lead office."
 */
export function formatMessage<M extends MessageCatalogue, C extends keyof M & string>(
  catalogue: M,
  code: C,
  params: MessageParamsOf<M, C>,
  language: Language,
  options: FormatMessageOptions = {},
): string {
  const entry = Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
  const template = entry?.[language];
  if (typeof template !== "string") return code;
  const values: Readonly<Record<string, MessageParam | undefined>> = params;
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) return placeholder;
    return options.render?.(value, name, language) ?? renderValue(value, language);
  });
}
