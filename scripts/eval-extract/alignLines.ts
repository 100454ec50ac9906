/** A line as compared: no markdown emphasis, cells and runs of spaces as one space. */
function plain(line: string): string {
  return line.replace(/[*#|]/g, "").replace(/\s+/g, " ").trim().normalize("NFC");
}

/**
 * For each line of a text read back from a document (a PDF's text layer:
 * paragraphs unwrapped, the header's columns on one line, page numbers
 * gone), the line of the clean text it starts with (1-based; 0 when none
 * is found): the lines are matched in order, by the read line's start (its
 * first cell for a row of cells) against the clean lines' starts. The
 * `cleanLine` a `LineMapper` needs.
 *
 * @param clean - the text the answer key refers to
 * @param read - the text read from the document
 * @returns `cleanLine[i]`: the clean line of read line i + 1, or 0
 * @example
 * alignLines("A\n\nB c\nd", "A\nB c d") // [1, 3]
 */
export function alignLines(clean: string, read: string): number[] {
  const cleanLines = clean.replace(/\r\n?/g, "\n").split("\n").map(plain);
  let from = 0;
  return read.split("\n").map((line) => {
    const key = plain(line.split("\t").find((cell) => cell.trim() !== "") ?? "").slice(0, 24);
    if (key === "") return 0;
    for (let j = from; j < Math.min(cleanLines.length, from + 400); j++) {
      const candidate = cleanLines[j] ?? "";
      if (
        candidate !== "" &&
        (candidate.startsWith(key) || (candidate.length >= 4 && key.startsWith(candidate)))
      ) {
        from = j + 1;
        return j + 1;
      }
    }
    return 0;
  });
}
