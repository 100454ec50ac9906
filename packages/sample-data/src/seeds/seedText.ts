import type { LineRange } from "@parcomms/core";
import { seedTexts } from "./seedTexts.generated";

/** File names of the five seed documents, in order. */
export const SEED_FILES = Object.keys(seedTexts).sort() as readonly string[];

/**
 * The full text of a seed document, byte for byte.
 *
 * @param file - the seed's file name, e.g. "003_c2f82bd70c212939.txt"
 * @throws RangeError when no seed has that name
 * @example
 * seedText("000_34833a3694ee8a96.txt").includes("Sơn Mầu") // true
 */
export function seedText(file: string): string {
  const text = seedTexts[file];
  if (text === undefined) throw new RangeError(`no seed document named ${JSON.stringify(file)}`);
  return text;
}

/**
 * Lines `start` to `end` (1-based, inclusive) of a seed document, joined with "\n".
 *
 * @example
 * seedLines("002_9c9d59d1a9d0f229.txt", { start: 81, end: 81 })
 * // "Trong năm 2024 và hoàn thành các nội dung trước tháng 11 năm 2024."
 */
export function seedLines(file: string, lines: LineRange): string {
  return seedText(file)
    .split(/\r?\n/)
    .slice(lines.start - 1, lines.end)
    .join("\n");
}
