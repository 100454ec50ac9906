/** Codes whose canonical spelling mixes cases (Thủ tướng, Chương trình, Tờ trình, …), by their capitals. */
const MIXED = new Map(
  ["TTg", "CTr", "TTr"].map((code) => [code.toLocaleUpperCase("vi"), code] as const),
);

/**
 * A document symbol in its canonical spelling: parts written in lower case
 * are put in capitals ("kh-ubnd" → "KH-UBND"), the mixed-case codes of
 * Vietnamese usage kept ("ttg" → "TTg", "CTR" → "CTr"), spaces removed.
 *
 * @param symbol - the symbol as written ("kh-ubnd", "KH- UBND", "16-CTr/TU")
 * @returns the canonical symbol
 */
export function canonicalSymbol(symbol: string): string {
  return symbol
    .replace(/\s+/g, "")
    .replace(/–/g, "-")
    .split(/([-/])/)
    .map((part) => {
      if (part === "-" || part === "/") return part;
      const upper = part.toLocaleUpperCase("vi");
      const mixed = MIXED.get(upper);
      if (mixed) return mixed;
      return part === part.toLocaleLowerCase("vi") ? upper : part;
    })
    .join("");
}
