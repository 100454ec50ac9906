/** The `{name}` placeholders of a template, matched as {@link formatMessage} fills them. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** The distinct placeholder names of a template, in order of first use. */
export function placeholderNames(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1] as string))];
}
