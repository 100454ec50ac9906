/**
 * The words of `text` in lines of at most `width` characters, each indented
 * by `indent` spaces; a word longer than a line stands alone on its line.
 * For help texts read in an 80-column terminal.
 *
 * @example
 * wrapWords("Các hoạt động diễn ra trong từng quý", 4, 20) // ["    Các hoạt động", "    diễn ra trong", "    từng quý"]
 */
export function wrapWords(text: string, indent: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${" ".repeat(indent)}${l}`);
}
