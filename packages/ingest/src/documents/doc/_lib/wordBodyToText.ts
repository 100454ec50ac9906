import { CELL_PARAGRAPH } from "./wordProperties";

/**
 * The body word-extractor gives, laid out as the extractor reads text:
 * word-extractor ends every paragraph with "\n", every table cell with a
 * tab (Word's cell mark, U+0007) and every table row with "\n" (its row
 * mark), so a row's line ends with a tab, dropped here, as is the newline of
 * the document's last paragraph mark. A cell's paragraphs (their marks
 * replaced by {@link CELL_PARAGRAPH} before word-extractor cleans the text)
 * are joined by a space, empty ones left out.
 */
export function wordBodyToText(body: string): string {
  const text = body.replace(/\r\n?/g, "\n").replace(/\n$/, "");
  return text
    .replace(/\t(?=\n|$)/g, "")
    .split("\n")
    .map((line) =>
      line.includes(CELL_PARAGRAPH)
        ? line
            .split("\t")
            .map((cell) =>
              cell
                .split(CELL_PARAGRAPH)
                .filter((paragraph) => paragraph.trim() !== "")
                .join(" "),
            )
            .join("\t")
        : line,
    )
    .join("\n");
}
