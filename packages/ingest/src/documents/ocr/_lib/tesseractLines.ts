import type { TesseractBlocksData, TesseractWord } from "./tesseractTypes";

/** One line of tesseract's `blocks` output. */
export type TesseractLine = NonNullable<
  NonNullable<NonNullable<TesseractBlocksData["blocks"]>[number]["paragraphs"]>[number]["lines"]
>[number];

/** Every line of a recognition, block after block, paragraph after paragraph. */
export function linesOf(data: TesseractBlocksData): TesseractLine[] {
  return (data.blocks ?? []).flatMap((block) =>
    (block.paragraphs ?? []).flatMap((paragraph) => paragraph.lines ?? []),
  );
}

/** The recognition with some of its lines replaced (`replacements`: old line → new line); the same object when none is. */
export function replaceLines(
  data: TesseractBlocksData,
  replacements: ReadonlyMap<TesseractLine, TesseractLine>,
): TesseractBlocksData {
  if (replacements.size === 0) return data;
  return {
    ...data,
    blocks: (data.blocks ?? []).map((block) => ({
      ...block,
      paragraphs: (block.paragraphs ?? []).map((paragraph) => ({
        ...paragraph,
        lines: (paragraph.lines ?? []).map((line) => replacements.get(line) ?? line),
      })),
    })),
  };
}

/** A line's words that hold text (tesseract gives empty ones too). */
export function wordsOf(line: TesseractLine): TesseractWord[] {
  return (line.words ?? []).filter((word) => word.text.trim() !== "");
}
