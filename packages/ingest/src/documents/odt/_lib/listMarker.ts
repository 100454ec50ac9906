import type { ListLevelStyle } from "./odtListStyles";

/**
 * The marker written before a list item's first paragraph, as the
 * extractor reads list items of a .docx: "- " for a bullet, the number as
 * the style formats it ("1. ", "a) ", "II. ", "1.2. ") for a numbered one,
 * nothing for a number format of "" (a list without numbers).
 *
 * @param style - the item's level style (undefined: a bullet)
 * @param counters - the numbers of the item and of the items it is in, outermost first
 */
export function listMarker(style: ListLevelStyle | undefined, counters: readonly number[]): string {
  if (!style || style.kind === "bullet") return "- ";
  if (style.format === "") return "";
  const shown = counters.slice(Math.max(0, counters.length - style.displayLevels));
  const number = shown.map((n) => formatNumber(n, style.format)).join(".");
  return `${style.prefix}${number}${style.suffix} `;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case "a":
      return letters(n);
    case "A":
      return letters(n).toUpperCase();
    case "i":
      return roman(n).toLowerCase();
    case "I":
      return roman(n);
    default:
      return String(n);
  }
}

/** 1 → a, 26 → z, 27 → aa (as word processors count). */
function letters(n: number): string {
  const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const numerals: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
