/**
 * What must not reach a terminal as it is: C0 controls but tab and line feed,
 * a carriage return not followed by a line feed (it would let a text
 * overwrite its own line), DEL and C1 controls (ESC and 8-bit CSI start
 * escape sequences: colours, cursor moves, OSC titles and links), the
 * Unicode line and paragraph separators, and the bidirectional controls that
 * reorder what is shown (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C).
 */
const UNSAFE = /(?!\t|\n|\r\n)[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;

/**
 * Text made safe to print on a terminal: every control character, escape
 * sequence introducer and bidirectional override is shown as its `\uXXXX`
 * escape instead of acting ("\x1b[2J" prints as `\u001b[2J`, U+202E as
 * `\u202e`); Vietnamese text, tabs and line ends are left as they are. The
 * escape is JSON's, so a JSON text stays valid and means the same data after
 * it (JSON.stringify already escapes C0 controls; the others become escapes
 * JSON.parse reads back to the same characters).
 *
 * @param text - any text on its way to stdout or stderr
 * @returns the text with every unsafe character replaced by its escape
 * @example
 * terminalText("Xã Gia Tân\u001b]0;pwned\u0007") // "Xã Gia Tân\\u001b]0;pwned\\u0007"
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
