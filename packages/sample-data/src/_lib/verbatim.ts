/**
 * Compares text for "is this quoted faithfully": NFC, markdown emphasis and
 * heading marks and HTML tags removed, white space collapsed. Diacritics and
 * spelling are kept, so a changed word still fails.
 */
export function verbatimKey(text: string): string {
  return (
    text
      .normalize("NFC")
      // Footnote marks are not part of the sentence ("tỉnh<sup>1</sup>.", 000:33).
      .replace(/<sup>[^<]*<\/sup>/g, "")
      .replace(/<[^>]+>/g, " ")
      // Emphasis next to punctuation ("*Cải cách thể chế*: …", 001:45; "(*qua …*)", 000:151) leaves no space;
      // elsewhere it may stand between words with none ("PHỤ LỤC**CÁC", 001:149).
      .replace(/[*#]+(?=\p{P})|(?<=\p{P})[*#]+/gu, "")
      .replace(/[*#]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** True when `quote` stands, word for word, inside `source`. */
export function isVerbatimIn(quote: string, source: string): boolean {
  return verbatimKey(source).includes(verbatimKey(quote));
}
