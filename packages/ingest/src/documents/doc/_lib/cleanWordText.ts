/** Word's control characters as text: cell marks become tabs, paragraph, line and page breaks newlines, a non-breaking hyphen a hyphen, anchors nothing. */
const CONTROLS: ReadonlyMap<number, string> = new Map([
  [0x02, ""], // footnote reference
  [0x05, ""], // annotation reference
  [0x07, "\t"], // cell mark
  [0x08, ""], // drawn object
  [0x0b, "\n"], // line break
  [0x0c, "\n"], // page or section break
  [0x0d, "\n"], // paragraph mark
  [0x1e, "\u2011"], // non-breaking hyphen
  [0x1f, ""], // optional hyphen
]);
const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;

/** A field being read: its code, then (after the separator) its result. */
interface Field {
  code: string;
  result: string;
  inResult: boolean;
}

/**
 * A Word story's characters as plain text, as word-extractor 1.0.4's
 * `clean` gives them: controls replaced ({@link CONTROLS}), each field
 * ("\u0013 code \u0014 result \u0015", nested ones too) replaced by its
 * result (a field without a separator by nothing), and the characters
 * U+0000–U+0007 left (deleted text, stray marks) dropped. A field left open
 * at the end keeps its code and result as text; a stray separator or end is
 * dropped.
 */
export function cleanWordText(text: string): string {
  let out = "";
  const open: Field[] = [];
  const write = (chars: string) => {
    const field = open[open.length - 1];
    if (field === undefined) out += chars;
    else if (field.inResult) field.result += chars;
    else field.code += chars;
  };
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code === FIELD_BEGIN) open.push({ code: "", result: "", inResult: false });
    else if (code === FIELD_SEPARATOR) {
      const field = open[open.length - 1];
      if (field) field.inResult = true;
    } else if (code === FIELD_END) {
      const field = open.pop();
      if (field) write(field.inResult ? field.result : "");
    } else if (code <= 0x07 && !CONTROLS.has(code)) {
      // deleted text (NUL) and other marks: dropped
    } else write(CONTROLS.get(code) ?? char);
  }
  for (const field of open.splice(0)) out += field.code + field.result;
  return out;
}
