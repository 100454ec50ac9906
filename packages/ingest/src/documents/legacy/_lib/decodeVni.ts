import { VNI_TO_UNICODE } from "./vniTable";

/** A string's VNI letters (base letter and mark byte, or one byte, as windows-1252 reads them) replaced by Unicode letters; the rest kept. */
export function decodeVni(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const pair = VNI_TO_UNICODE.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    const ch = text[i] as string;
    out += VNI_TO_UNICODE.get(ch) ?? ch;
    i += 1;
  }
  return out;
}
