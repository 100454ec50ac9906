/**
 * windows-1252 bytes 0x80–0x9F (the rest is latin-1). Written out rather
 * than asked of `TextDecoder("windows-1252")`: Node 20 decodes that label as
 * latin-1 (0x96 gives U+0096, not "–"), browsers as the WHATWG table; this
 * gives the WHATWG table everywhere. The five unassigned bytes stay C1
 * controls, as WHATWG has them.
 */
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** The text of windows-1252 bytes (never fails: every byte is a character). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes)
    out += byte >= 0x80 && byte <= 0x9f ? HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

/** The windows-1252 byte of a character, or undefined when it has none. */
export function windows1252Byte(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (ch.length !== 1) return undefined;
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const at = HIGH.indexOf(ch);
  return at === -1 ? undefined : 0x80 + at;
}
