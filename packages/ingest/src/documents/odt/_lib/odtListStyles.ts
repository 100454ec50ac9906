import { SaxesParser } from "saxes";
import { attributeOf, isNode } from "./odfNames";

/** How one level of a list is marked: a bullet, or a number in a format with its prefix and suffix. */
export type ListLevelStyle =
  | { readonly kind: "bullet" }
  | {
      readonly kind: "number";
      /** ODF's style:num-format: "1", "a", "A", "i", "I", or "" for no number. */
      readonly format: string;
      readonly prefix: string;
      readonly suffix: string;
      readonly start: number;
      /** How many levels' numbers are shown ("1.2." shows 2). */
      readonly displayLevels: number;
    };

/** The list styles of a document, by name, each a style per level (index 0 = level 1). */
export type ListStyles = Map<string, ListLevelStyle[]>;

/**
 * Adds the list styles (`text:list-style`) of an OpenDocument XML part
 * (content.xml's automatic styles, styles.xml's named ones) to `styles`.
 */
export function addListStyles(xml: string, styles: ListStyles): void {
  const parser = new SaxesParser({ xmlns: true });
  let current: ListLevelStyle[] | undefined;
  parser.on("opentag", (tag) => {
    if (isNode(tag, "text", "list-style")) {
      current = [];
      styles.set(attributeOf(tag.attributes, "style", "name") ?? "", current);
      return;
    }
    if (!current) return;
    const level = Number(attributeOf(tag.attributes, "text", "level") ?? "1") - 1;
    if (!(level >= 0 && level < 10)) return;
    if (isNode(tag, "text", "list-level-style-bullet") || isNode(tag, "text", "list-level-style-image")) {
      current[level] = { kind: "bullet" };
    } else if (isNode(tag, "text", "list-level-style-number")) {
      current[level] = {
        kind: "number",
        format: attributeOf(tag.attributes, "style", "num-format") ?? "1",
        prefix: attributeOf(tag.attributes, "style", "num-prefix") ?? "",
        suffix: attributeOf(tag.attributes, "style", "num-suffix") ?? "",
        start: Number(attributeOf(tag.attributes, "text", "start-value") ?? "1") || 1,
        displayLevels: Number(attributeOf(tag.attributes, "text", "display-levels") ?? "1") || 1,
      };
    }
  });
  parser.on("closetag", (tag) => {
    if (isNode(tag, "text", "list-style")) current = undefined;
  });
  parser.write(xml).close();
}
