import { foldText } from "../../_lib/fold";
import { type Block, isHeadingText } from "./joinLines";

/** What a section of a plan is about, read from its heading. */
export type Topic =
  | "preamble"
  | "purposes"
  | "requirements"
  | "audiences"
  | "content"
  | "forms"
  | "budget"
  | "timeframe"
  | "assignments"
  | "reporting"
  | "appendix"
  | "closing"
  | "other";

/** A run of blocks under one heading. */
export interface Section {
  readonly topic: Topic;
  readonly heading?: Block;
  /** The Roman numeral of the enclosing top-level section ("III"), when there is one. */
  readonly romanRef?: string;
  readonly items: Block[];
}

const CLOSING =
  /^(?:tren day la|tren day|yeu cau (?:cac|thu truong|chu tich)|trong qua trinh (?:to chuc )?thuc hien)/;

/**
 * Reads a heading's topic from its words, whatever its numbering: "MỤC ĐÍCH"
 * → purposes, "NỘI DUNG" → content, "HÌNH THỨC" → forms, "KINH PHÍ" →
 * budget, "THỜI GIAN" → timeframe, "TỔ CHỨC THỰC HIỆN" → assignments.
 */
export function topicOf(heading: string): Topic {
  const f = foldText(heading);
  if (/to chuc thuc hien|trach nhiem thuc hien|phan cong/.test(f)) return "assignments";
  if (/^phu luc/.test(f)) return "appendix";
  if (/kinh phi/.test(f)) return "budget";
  if (/^thoi gian/.test(f)) return "timeframe";
  if (/che do bao cao|^bao cao/.test(f)) return "reporting";
  if (/^muc dich/.test(f)) return /yeu cau|doi tuong/.test(f) ? "purposes" : "purposes";
  if (/^yeu cau/.test(f)) return "requirements";
  if (/^doi tuong/.test(f)) return /noi dung/.test(f) ? "content" : "audiences";
  if (/^noi dung/.test(f)) return /hinh thuc/.test(f) ? "content" : "content";
  if (/^hinh thuc/.test(f)) return "forms";
  return "other";
}

/**
 * Splits the body of a plan into sections (the section splitter): a Roman
 * heading opens a top-level section, a numbered or lettered heading whose
 * words name a topic ("1. Mục đích", "2. Hình thức tuyên truyền") opens a
 * subsection, whatever the numbering style or its slips (III then VI).
 * Closing sentences ("Trên đây là …", "Yêu cầu các …") end the body.
 *
 * @param blocks - the body's blocks
 * @returns the sections in order, the first one the preamble
 */
export function splitSections(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [{ topic: "preamble", items: [] }];
  let romanRef: string | undefined;
  for (const block of blocks) {
    const current = sections[sections.length - 1] as Section;
    const folded = foldText(block.text.slice(0, 80));
    if (current.topic === "closing") {
      current.items.push(block);
      continue;
    }
    if (block.marker.kind === "plain" && CLOSING.test(folded) && current.topic !== "preamble") {
      sections.push({ topic: "closing", items: [block] });
      continue;
    }
    const heading =
      block.sourceLines.length <= 2 &&
      isHeadingText(block.marker) &&
      (block.marker.kind === "roman" || topicOf(block.text) !== "other");
    if (heading) {
      if (block.marker.kind === "roman") romanRef = block.marker.ref;
      const topic = topicOf(block.text);
      sections.push({ topic, heading: block, ...(romanRef ? { romanRef } : {}), items: [] });
      continue;
    }
    current.items.push(block);
  }
  return sections;
}
