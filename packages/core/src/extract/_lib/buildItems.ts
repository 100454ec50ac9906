import { foldText } from "../../_lib/fold";
import { matchChannels } from "../../classify/matchChannels";
import type { ContentItem, FormsItem, TextItem } from "../../model/TextItem";
import type { ExtractionContext } from "./context";
import { dropCoveredParents } from "./dropCoveredParents";
import type { Block } from "./joinLines";
import { readThemes } from "./readThemes";
import type { Section } from "./splitSections";
import { uniqueIds } from "./uniqueIds";

/** A forms item with the assignee lines read out of it ("- Bộ phận thực hiện: …"). */
export interface FormsEntry {
  item: FormsItem;
  block: Block;
  lead?: { text: string; line: number };
  coordinating?: { text: string; line: number };
  time?: { text: string; line: number };
  end: number;
}

const INTRO = /(?:sau|sau day|nhu sau|cu the|gom)\s*:$/;
const LEAD_LABEL =
  /^(?:bo phan|co quan|don vi|cong chuc)?\s*(?:thuc hien|chu tri|phu trach)(?:\s+thuc hien)?\s*:\s*/;
const COORD_LABEL = /^(?:bo phan|co quan|don vi|cong chuc)?\s*phoi hop(?:\s+thuc hien)?\s*:\s*/;
const TIME_LABEL = /^(?:thoi gian|thoi han|tien do)(?:\s+thuc hien|\s+hoan thanh)?\s*:\s*/;

function range(blocks: readonly Block[]) {
  return {
    start: (blocks[0] as Block).lines.start,
    end: (blocks[blocks.length - 1] as Block).lines.end,
  };
}

/** The text after a label of `length` folded characters (folding keeps lengths for NFC Vietnamese). */
function afterLabel(text: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(foldText(text.slice(0, 80)));
  if (!match) return undefined;
  const colon = text.indexOf(":");
  return colon >= 0 ? text.slice(colon + 1).trim() : undefined;
}

/**
 * Reads purposes, requirements or an audience statement: every block of the
 * sections is one item, ids from its letter ("p-a") or its rank ("p-1").
 */
export function buildTextItems(
  sections: readonly Section[],
  prefix: string,
  path: string,
  ctx: ExtractionContext,
): TextItem[] {
  const items: TextItem[] = [];
  const unique = uniqueIds();
  let rank = 0;
  for (const block of sections.flatMap((s) => s.items)) {
    if (INTRO.test(foldText(block.text.slice(-40))) && block.marker.kind === "plain" && rank === 0) continue;
    rank++;
    const id = block.marker.kind === "letter" ? `${prefix}-${block.marker.ref}` : `${prefix}-${rank}`;
    items.push({
      id: unique(id),
      ...(block.marker.ref ? { ref: block.marker.ref } : {}),
      text: block.text,
      lines: block.lines,
    });
    ctx.element(`${path}/${items.length - 1}`, block.lines, 0.8);
  }
  return items;
}

function rankOf(block: Block, levels: string[]): number {
  const key = block.marker.kind === "decimal" ? `decimal${block.marker.depth}` : block.marker.kind;
  let index = levels.indexOf(key);
  if (index < 0) {
    levels.push(key);
    index = levels.length - 1;
  }
  return index;
}

/**
 * Reads the content items (nội dung tuyên truyền) with their themes: numbered
 * and lettered items nest by the order their styles first appear, bullets
 * under an item become its children ("c-4-1"), unnumbered paragraphs after a
 * numbered item continue it; in a list without numbers each paragraph is an
 * item.
 */
export function buildContentItems(sections: readonly Section[], ctx: ExtractionContext): ContentItem[] {
  const items: ContentItem[] = [];
  const blocks = sections.flatMap((s) => s.items);
  const marked = blocks.some((b) => b.marker.kind !== "plain");
  const levels: string[] = [];
  const stack: { rank: number; item: ContentItem }[] = [];
  const unique = uniqueIds();
  // Children counted per parent id as they come: one look-up per bullet, not a scan of all items.
  const childCount = new Map<string, number>();
  let plainRank = 0;
  for (const block of blocks) {
    const folded = foldText(block.text.slice(-40));
    if (block.marker.kind === "plain" && marked && stack.length > 0) {
      const last = items[items.length - 1] as ContentItem;
      last.text = `${last.text}\n${block.text}`;
      (last.lines as { end: number }).end = block.lines.end;
      continue;
    }
    if (block.marker.kind === "plain" && !marked && items.length === 0 && INTRO.test(folded)) continue;
    const rank = block.marker.kind === "plain" ? 0 : rankOf(block, levels);
    while (stack.length > 0 && (stack[stack.length - 1] as { rank: number }).rank >= rank) stack.pop();
    const parent = stack[stack.length - 1]?.item;
    let id: string;
    if (block.marker.kind === "bullet" || (parent && block.marker.kind === "plain")) {
      id = parent ? `${parent.id}-${(childCount.get(parent.id) ?? 0) + 1}` : `c-${++plainRank}`;
    } else if (block.marker.ref) {
      id = `c-${block.marker.ref}`;
    } else {
      id = `c-${++plainRank}`;
    }
    id = unique(id);
    if (parent) childCount.set(parent.id, (childCount.get(parent.id) ?? 0) + 1);
    const item: ContentItem = {
      id,
      ...(block.marker.ref ? { ref: block.marker.ref } : {}),
      ...(parent ? { parentId: parent.id } : {}),
      text: block.text,
      lines: { ...block.lines },
      themes: [],
    };
    items.push(item);
    stack.push({ rank, item });
  }
  for (const [i, item] of items.entries()) {
    item.themes = readThemes(item.text);
    ctx.element(`/contentItems/${i}`, item.lines, block0Confidence(item));
  }
  return items;
}

function block0Confidence(item: { ref?: string }): number {
  return item.ref ? 0.85 : 0.7;
}

/**
 * Reads the forms items (hình thức tuyên truyền) with their channels. Lines
 * under an item are kept in its text, except assignee lines ("Bộ phận thực
 * hiện:", "Bộ phận phối hợp:", "Thời gian thực hiện:"), which are read out
 * for the item's activity.
 */
export function buildFormsItems(sections: readonly Section[], ctx: ExtractionContext): FormsEntry[] {
  const entries: FormsEntry[] = [];
  const blocks = sections.flatMap((s) => s.items);
  const top = blocks.find((b) => b.marker.kind !== "plain" && b.marker.kind !== "bullet")?.marker.kind;
  const topKey = (b: Block) =>
    b.marker.kind === "decimal"
      ? `decimal${b.marker.depth}`
      : b.marker.kind === "bullet" && top === undefined
        ? "bullet"
        : b.marker.kind === "plain" && top === undefined && !blocks.some((x) => x.marker.kind === "bullet")
          ? "plain"
          : b.marker.kind;
  const firstTop = blocks.find(
    (b) => b.marker.kind !== "plain" && (top === undefined || b.marker.kind === top),
  );
  const wanted = firstTop ? topKey(firstTop) : "plain";
  const unique = uniqueIds();
  let rank = 0;
  for (const block of blocks) {
    const current = entries[entries.length - 1];
    if (topKey(block) !== wanted && current) {
      const lead = afterLabel(block.text, LEAD_LABEL);
      const coordinating = afterLabel(block.text, COORD_LABEL);
      const time = afterLabel(block.text, TIME_LABEL);
      if (lead !== undefined && !current.lead) current.lead = { text: lead, line: block.lines.start };
      else if (coordinating !== undefined && !current.coordinating)
        current.coordinating = { text: coordinating, line: block.lines.start };
      else if (time !== undefined && !current.time) current.time = { text: time, line: block.lines.start };
      else
        current.item.text = `${current.item.text}\n${block.marker.kind === "bullet" ? "- " : ""}${block.text}`;
      current.end = block.lines.end;
      continue;
    }
    if (topKey(block) !== wanted) continue;
    rank++;
    const id = unique(block.marker.ref ? `f-${block.marker.ref}` : `f-${rank}`);
    entries.push({
      item: {
        id,
        ...(block.marker.ref ? { ref: block.marker.ref } : {}),
        text: block.text,
        lines: { ...block.lines },
        channels: [],
        themes: [],
      },
      block,
      end: block.lines.end,
    });
  }
  for (const [i, entry] of entries.entries()) {
    entry.item.channels = dropCoveredParents(matchChannels(entry.item.text));
    entry.item.themes = readThemes(entry.item.text);
    if (entry.item.lines)
      (entry.item.lines as { end: number }).end = Math.max(
        entry.item.lines.end,
        entry.item.text.includes("\n") ? entry.end : entry.item.lines.end,
      );
    ctx.element(`/formsItems/${i}`, entry.item.lines, entry.item.ref ? 0.85 : 0.7);
  }
  void range;
  return entries;
}
