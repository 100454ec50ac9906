import { foldVietnamese, isNotStated, type PartialDate } from "@parcomms/core";

/** NFC, trimmed, white space collapsed; `null` for nothing or a blank. */
export function plainText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.normalize("NFC").replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}

/** A number as a comparable string: a blank slot (`NotStated`) counts as no number. */
export function numberText(value: unknown): string | null {
  return isNotStated(value) ? null : plainText(value);
}

/**
 * A symbol in canonical capitals, white space removed, every dash as "-",
 * without a leading copy of the number ("15/KH-UBND" with number 15 is
 * "KH-UBND"), so a key and an extraction that split "Số 15/KH-UBND"
 * differently still compare.
 */
export function symbolText(symbol: unknown, number?: unknown): string | null {
  const text = plainText(symbol);
  if (text === null) return null;
  const squeezed = text
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/[‐-―−]/g, "-");
  const n = numberText(number)?.toUpperCase().replace(/\s+/g, "");
  if (n && (squeezed.startsWith(`${n}/`) || squeezed.startsWith(`${n}-`)))
    return squeezed.slice(n.length + 1);
  return squeezed;
}

/** A partial date as far as it goes: "2024-01-22", "2024-01" (no day) or "2024". */
export function dateText(date: PartialDate | undefined): string | null {
  if (!date) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (date.month === undefined) return String(date.year);
  return date.day === undefined
    ? `${date.year}-${pad(date.month)}`
    : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** A unit's or body's name folded (no diacritics, lower case) and split into words: "Bà Rịa-Vũng Tàu" is "ba ria vung tau". */
export function nameText(name: string): string {
  return foldVietnamese(name)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "")
    .join(" ");
}

/**
 * A title as compared: NFC, white space collapsed, markdown `*` removed,
 * lower case (Vietnamese), trailing punctuation dropped. "KẾ HOẠCH **Tuyên
 * truyền CCHC năm 2024.**" and "kế hoạch tuyên truyền CCHC năm 2024" agree.
 */
export function titleText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value
    .normalize("NFC")
    .replace(/\*/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("vi")
    .replace(/[\s.,;:!?…]+$/u, "");
  return text === "" ? null : text;
}
