import { TCVN3_TO_UNICODE } from "./tcvn3Table";

/** A string's TCVN3 characters (as windows-1252 reads them) replaced by their Unicode letters; the rest kept. */
export function decodeTcvn3(text: string): string {
  let out = "";
  for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  return out;
}
