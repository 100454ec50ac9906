import type { LocalizedText } from "../model/LocalizedText";

/** A value that fills a `{name}` placeholder of a message: text, a number, a yes/no, or nothing. */
export type MessageParam = string | number | boolean | null;

/** The values of a message's placeholders, by name. */
export type MessageParams = Readonly<Record<string, MessageParam>>;

/**
 * A message catalogue (danh mục thông báo): every code of one family of
 * messages with its template in Vietnamese and English. A template names its
 * values as `{name}`; {@link formatMessage} fills them. Entries may carry more
 * than the two templates (a severity, a title): the catalogue only reads
 * `vi` and `en`. Declare a catalogue `as const satisfies MessageCatalogue` so
 * its codes and placeholder names stay literal types.
 *
 * @example
 * const greetings = {
 *   "greet.unit": { vi: "Chào {unit}.", en: "Hello, {unit}." },
 * } as const satisfies MessageCatalogue;
 */
export type MessageCatalogue<Code extends string = string> = {
  readonly [C in Code]: LocalizedText;
};

/**
 * The placeholder names of a template type: `"Task {ref} of {unit}"` gives
 * `"ref" | "unit"`; a template typed only as `string` gives `string`.
 *
 * @example
 * type Names = PlaceholderNames<"Task {ref} has no lead office.">; // "ref"
 */
export type PlaceholderNames<T extends string> = string extends T
  ? string
  : T extends `${string}{${infer Name}}${infer Rest}`
    ? (Name extends `${string}${" " | "{"}${string}` | "" ? never : Name) | PlaceholderNames<Rest>
    : never;

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/**
 * The params {@link formatMessage} takes for `code` of catalogue `M`: when
 * the code is one literal code of a catalogue declared `as const`, an object
 * with exactly its placeholders; when the code is only known at run time (a
 * union of codes, or `string`), any params.
 *
 * @example
 * type P = MessageParamsOf<{ "a.b": { vi: "{n} lần", en: "{n} times" } }, "a.b">; // { readonly n: MessageParam }
 */
export type MessageParamsOf<M extends MessageCatalogue, C extends keyof M & string> =
  true extends IsUnion<C>
    ? MessageParams
    : string extends PlaceholderNames<M[C]["vi"] | M[C]["en"]>
      ? MessageParams
      : { readonly [K in PlaceholderNames<M[C]["vi"] | M[C]["en"]>]: MessageParam };
