import type { ContentItem, FormsItem, Plan } from "@parcomms/core";
import { describeSetDiff, setTally } from "./_lib/sets";
import { type LineMapper, sameLines } from "./LineMapper";
import type { MeasureId } from "./MEASURES";
import type { Miss } from "./Miss";
import { matchByOverlap } from "./matchByOverlap";
import { addTally, emptyTally, type Tally } from "./Tally";

/** Micro-averaged set tally of one code list over matched items; misses count all their codes. */
function codesTally<T extends ContentItem | FormsItem>(
  measure: MeasureId,
  section: string,
  want: readonly T[],
  have: readonly T[],
  codes: (item: T) => readonly string[],
  match: ReturnType<typeof matchByOverlap>,
  misses: Miss[],
): Tally {
  const tally = emptyTally();
  for (const pair of match.pairs) {
    const w = want[pair.expected] as T;
    const diff = setTally(codes(w), codes(have[pair.got] as T));
    addTally(tally, diff);
    if (diff.fp + diff.fn > 0)
      misses.push({
        measure,
        where: `/${section}/${pair.expected} (${w.ref ?? w.id})`,
        expected: codes(w).join(", ") || "—",
        got: describeSetDiff(diff),
      });
  }
  for (const i of match.unmatchedExpected) tally.fn += codes(want[i] as T).length;
  for (const j of match.unmatchedGot) tally.fp += codes(have[j] as T).length;
  return tally;
}

/**
 * Finds the answer key's forms items and content items in the extraction
 * (matched by {@link matchByOverlap} on their text and lines) and compares
 * their codes: the themes of content items and the channels of forms items,
 * as sets micro-averaged over all items. Unmatched answer-key items count
 * all their codes as misses, spurious extracted items all theirs as false
 * positives.
 *
 * @param expected - the answer key
 * @param got - the extracted plan
 * @param mapLines - maps the extraction's lines to the clean text
 * @returns forms items found, content-item themes and forms-item channels, with the misses
 * @example
 * scoreItems(plan000, plan000).formsFound // { tp: 9, fp: 0, fn: 0 }
 */
export function scoreItems(
  expected: Plan,
  got: Plan,
  mapLines: LineMapper = sameLines,
): { formsFound: Tally; contentThemes: Tally; formsChannels: Tally; misses: Miss[] } {
  const misses: Miss[] = [];
  const asMatchable = (item: ContentItem | FormsItem, map: LineMapper) => ({
    text: item.text,
    lines: map(item.lines),
  });
  const forms = matchByOverlap(
    expected.formsItems.map((f) => asMatchable(f, sameLines)),
    got.formsItems.map((f) => asMatchable(f, mapLines)),
  );
  const content = matchByOverlap(
    expected.contentItems.map((c) => asMatchable(c, sameLines)),
    got.contentItems.map((c) => asMatchable(c, mapLines)),
  );
  for (const i of forms.unmatchedExpected) {
    const item = expected.formsItems[i] as FormsItem;
    misses.push({
      measure: "forms-items",
      where: `/formsItems/${i} (${item.ref ?? item.id})`,
      expected: item.text.slice(0, 80),
      got: "—",
    });
  }
  for (const j of forms.unmatchedGot) {
    const item = got.formsItems[j] as FormsItem;
    misses.push({
      measure: "forms-items",
      where: `extracted ${item.ref ?? item.id}`,
      expected: "—",
      got: item.text.slice(0, 80),
    });
  }
  return {
    formsFound: { tp: forms.pairs.length, fp: forms.unmatchedGot.length, fn: forms.unmatchedExpected.length },
    contentThemes: codesTally(
      "content-themes",
      "contentItems",
      expected.contentItems,
      got.contentItems,
      (c) => c.themes,
      content,
      misses,
    ),
    formsChannels: codesTally(
      "forms-channels",
      "formsItems",
      expected.formsItems,
      got.formsItems,
      (f) => f.channels,
      forms,
      misses,
    ),
    misses,
  };
}
