import { foldText } from "../../_lib/fold";
import { markWebChrome } from "./markWebChrome";
import type { SourceLine } from "./sourceLine";

export type { SourceLine } from "./sourceLine";

const FOOTNOTE_MARK = /<sup>\s*\d{1,3}\s*<\/sup>/gi;
const TAG = /<\/?[a-z][^<>]{0,300}>/gi;
const HEADING_HASHES = /^\s*#{1,6}\s+/;
const EMPHASIS = /\*+|_{2,}/g;
const SPACES = /[ \u00a0\u200b\ufeff]+/g;
const EDGE_SPACES = /^ +| +$/g;
/** What any of the replacements of `cleanLine` needs to find: markup characters, odd or doubled or edge spaces. */
const MAY_NEED_CLEANING = /[<#*_\u00a0\u200b\ufeff]| {2}|^ | $/;
const RULE = /^\s*(?:-{3,}|_{3,}|\*{3,}|={3,})\s*$/;
const PAGE_NUMBER = /^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:trang|page)\s+\d{1,3}(?:\s*\/\s*\d{1,3})?)\s*$/i;
const LONE_NUMBER = /^\s*\d{1,3}\s*$/;
const MARKER_START = /^\s*(?:[-–—•+]|\d{1,2}[.)]|[a-zđ][.)]|[IVX]{1,4}[.)])/u;

/**
 * Normalises a text (CRLF → LF, NFC) and cuts it into lines.
 *
 * @param text - the input as given
 * @returns the lines, LF-separated, in NFC
 */
export function normaliseText(text: string): string[] {
  return text.replace(/\r\n?/g, "\n").normalize("NFC").split("\n");
}

/**
 * Removes Markdown and HTML markup from one line: emphasis marks, heading
 * hashes, tags (footnote marks with their number), and collapses runs of
 * spaces. Tabs (table cell edges) are kept.
 */
export function cleanLine(raw: string): string {
  // Most lines carry no markup and no odd spaces: nothing below would change them.
  if (!MAY_NEED_CLEANING.test(raw)) return raw;
  return raw
    .replace(FOOTNOTE_MARK, "")
    .replace(TAG, " ")
    .replace(HEADING_HASHES, "")
    .replace(EMPHASIS, "")
    .replace(SPACES, " ")
    .replace(EDGE_SPACES, "");
}

/**
 * Prepares the lines of a document: cleans each one and marks page
 * furniture — rules, page numbers ("- 3 -", "Trang 3"), lone numbers outside
 * tables, running headers (short lines, not list items, repeated three
 * times or more), and a web page's chrome (menus, breadcrumbs, print and
 * posting stamps, counters, share buttons: `markWebChrome`).
 *
 * @param text - the document as given
 * @returns one entry per input line
 */
export function prepareLines(text: string): SourceLine[] {
  const raws = normaliseText(text);
  const lines: SourceLine[] = raws.map((raw, i) => {
    const cleaned = cleanLine(raw);
    const blank = cleaned.trim() === "";
    return {
      n: i + 1,
      raw,
      text: cleaned,
      foldedHead: blank ? "" : foldText(cleaned.slice(0, 120)),
      blank,
      furniture: !blank && (RULE.test(raw) || PAGE_NUMBER.test(cleaned)),
      footnote: /^\s*<sup>/i.test(raw),
    };
  });
  // A footnote wrapped over several lines: its continuation lines follow it without a blank line.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const before = lines[i - 1] as SourceLine;
    if (before.footnote && !line.blank) lines[i] = { ...line, footnote: true };
  }
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.blank || line.text.length > 100 || line.text.includes("\t")) continue;
    const key = line.text.trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const line of lines) {
    if (line.blank || line.furniture) continue;
    const key = line.text.trim();
    if ((counts.get(key) ?? 0) >= 3 && !MARKER_START.test(key) && !LONE_NUMBER.test(key) && key.length >= 4) {
      line.furniture = true;
    }
  }
  markWebChrome(lines);
  return lines;
}

/** True for a line holding a lone number, which is page furniture outside a table. */
export function isLoneNumber(text: string): boolean {
  return LONE_NUMBER.test(text);
}
