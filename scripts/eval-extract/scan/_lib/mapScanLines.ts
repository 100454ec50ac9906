import type { LineMapper } from "../../score/LineMapper";

/** Character bigrams of a line, lower-cased, spaces dropped. */
function bigrams(line: string): Map<string, number> {
  const text = line.toLowerCase().replace(/\s+/gu, "");
  const out = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const gram = text.slice(i, i + 2);
    out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

/** How much of line `a` is found in line `b`: shared bigrams ÷ a's bigrams (a wrapped piece of a line is all in it). */
function containment(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [gram, n] of a) {
    shared += Math.min(n, b.get(gram) ?? 0);
    total += n;
  }
  return total === 0 ? 0 : shared / total;
}

/**
 * A map from the lines of a scan's recognised text to the lines of its
 * source text, so activities and items are matched by their lines as for
 * the other variants: each recognised line goes, in order, to the source
 * line among the next 12 (from the last one matched, which a wrapped piece
 * may share) that holds most of its character bigrams (at least 60%), or
 * follows the line before it.
 */
export function mapScanLines(recognised: string, source: string): LineMapper {
  const sourceLines = source.split("\n").map(bigrams);
  const map: number[] = [];
  let next = 0;
  for (const line of recognised.split("\n")) {
    const grams = bigrams(line);
    let best = -1;
    let bestScore = 0.6;
    for (let j = next; j < Math.min(sourceLines.length, next + 12); j++) {
      const score = containment(grams, sourceLines[j] ?? new Map());
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    }
    if (best >= 0) next = best;
    map.push(best >= 0 ? best + 1 : next + 1);
  }
  const at = (line: number) => map[line - 1] ?? line;
  return (lines) =>
    lines ? { start: at(lines.start), end: Math.max(at(lines.start), at(lines.end)) } : undefined;
}
