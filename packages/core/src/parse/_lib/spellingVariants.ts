import { foldText } from "../../_lib/fold";

// Test support: the ways a phrase's spelling changes on its way out of a PDF
// or Word file, and a view of parse results that ignores those changes.

const TONE = "[\\u0300\\u0301\\u0303\\u0309\\u0323]";
const OLD_STYLE = new RegExp(`([oOuU])(${TONE})([aAeEyY])`, "g");
const NEW_STYLE = new RegExp(`([oOuU])([aAeEyY])(${TONE})`, "g");

/** The phrase with each tone mark of "oa", "oe", "uy" moved to the other vowel ("Hòa" ↔ "Hoà", "Quý" ↔ "Qúy"), in NFC. */
export function moveToneMarks(phrase: string): string {
  const nfd = phrase.normalize("NFD");
  const moved = OLD_STYLE.test(nfd) ? nfd.replace(OLD_STYLE, "$1$3$2") : nfd.replace(NEW_STYLE, "$1$3$2");
  OLD_STYLE.lastIndex = 0;
  return moved.normalize("NFC");
}

/** The phrase with its middle space replaced by a line break and stray spaces, as when a table cell wraps. */
export function wrapLine(phrase: string): string {
  const spaces = [...phrase.matchAll(/ /g)].map((m) => m.index);
  const middle = spaces[Math.floor(spaces.length / 2)];
  if (middle === undefined) return phrase;
  return `${phrase.slice(0, middle)} \n ${phrase.slice(middle + 1)}`;
}

/**
 * A parse result with every `raw` removed and every string folded, so that
 * results from differently spelt inputs compare equal when they mean the same.
 */
export function comparable(value: unknown): unknown {
  if (typeof value === "string") return foldText(value);
  if (Array.isArray(value)) return value.map(comparable);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "raw" && key !== "input" && key !== "position")
        .map(([key, v]) => [key, comparable(v)]),
    );
  }
  return value;
}

/** Every `raw` string in a parse result, depth first. */
export function raws(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(raws);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) =>
      key === "raw" && typeof v === "string" ? [v] : raws(v),
    );
  }
  return [];
}
