/** VIQR's marks (RFC 1456): the vowel shapes and the tones, as combining characters. */
const SHAPES: Readonly<Record<string, string>> = { "(": "\u0306", "^": "\u0302", "+": "\u031b" };
const TONES: Readonly<Record<string, string>> = {
  "'": "\u0301",
  "`": "\u0300",
  "?": "\u0309",
  "~": "\u0303",
  ".": "\u0323",
};
/** The shape marks each vowel takes. */
const TAKES: Readonly<Record<string, string>> = { a: "(^", e: "^", o: "^+", u: "+" };

const VIQR = /\\([(^+'`?~.\\dD9])|([dD])([dD9])|([aeiouyAEIOUY])([(^+]?)(['`?~.]?)/g;

/**
 * VIQR text (Vietnamese in ASCII, RFC 1456) in Unicode (NFC): a vowel
 * followed by its shape mark ( ( breve, ^ circumflex, + horn) and tone mark
 * (' sắc, ` huyền, ? hỏi, ~ ngã, . nặng), "dd" (or "d9") for đ; a backslash
 * makes the mark after it a plain character ("ra\\." is "ra.").
 */
export function decodeViqr(text: string): string {
  return text
    .replace(
      VIQR,
      (_all, escaped?: string, d?: string, _d2?: string, vowel?: string, shape = "", tone = "") => {
        if (escaped !== undefined) return escaped;
        if (d !== undefined) return d === "d" ? "đ" : "Đ";
        const base = vowel as string;
        const fits = shape !== "" && (TAKES[base.toLowerCase()] ?? "").includes(shape);
        const shapeMark = fits ? (SHAPES[shape] as string) : "";
        const rest = fits ? "" : shape;
        if (rest !== "") return `${base}${rest}${tone}`; // a shape this vowel cannot take: not VIQR here
        return `${base}${shapeMark}${tone === "" ? "" : (TONES[tone] as string)}`.normalize("NFC");
      },
    )
    .normalize("NFC");
}
