import { foldUnit } from "../../text/_lib/foldUnit";
import type { ScannedTokens } from "./scanTokensByFold";
import { scanTokensByFold } from "./scanTokensByFold";

const SEPARATOR = 1;
const DROPPED = 2;
const WORD = 3;
const MARK = 4;
const UNSAFE = 5;

// Per UTF-16 unit: its kind and folded character code, filled on first use.
const kinds = new Uint8Array(0x10000);
const folds = new Uint16Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SEPARATOR_CHAR = /^[\s\-\u2010-\u2015\u2212/&]$/;

/** Fills in the kind and folded character of a unit not met before. */
function kindOf(code: number): number {
  // A tab is a table cell's edge: a mark of its own ("|"), never white space.
  const unit = code === 9 ? "|" : foldUnit(code);
  let kind: number;
  if (unit === null) kind = SEPARATOR;
  else if (unit.length === 0) kind = DROPPED;
  else if (unit.length > 1 || /[\ud800-\udfff]/.test(unit)) kind = UNSAFE;
  else if (WORD_CHAR.test(unit)) kind = WORD;
  else if (SEPARATOR_CHAR.test(unit)) kind = SEPARATOR;
  else kind = MARK;
  if (unit !== null && unit.length === 1) folds[code] = unit.charCodeAt(0);
  kinds[code] = kind;
  return kind;
}

/** Offset after `last` and the combining marks that follow it. */
function endAfter(text: string, last: number): number {
  let end = last + 1;
  for (let c = text.charCodeAt(end); c >= 0x300 && c <= 0x36f; c = text.charCodeAt(end)) end++;
  return end;
}

// The folded characters of the text being scanned, grown as needed.
let buffer = new Uint16Array(1024);

/** One pass over the text's units; undefined when a unit folds to more than one character or a surrogate. */
function scanUnits(text: string): ScannedTokens | undefined {
  if (buffer.length < text.length) buffer = new Uint16Array(text.length * 2);
  const bounds = [0];
  const hashes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let length = 0;
  let hash = 0;
  let wordStart = -1;
  let wordLast = -1;
  for (let i = 0; i <= text.length; i++) {
    // One step past the end closes the last word.
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    let kind = kinds[code] as number;
    if (kind === 0) kind = kindOf(code);
    if (kind === WORD) {
      const ch = folds[code] as number;
      if (wordStart < 0) {
        wordStart = i;
        hash = 0x811c9dc5 | 0;
      }
      // As in `tokenHash`.
      hash = Math.imul(hash ^ ch, 0x01000193);
      buffer[length++] = ch;
      wordLast = i;
      continue;
    }
    if (kind === DROPPED) continue;
    if (kind === UNSAFE) return undefined;
    if (wordStart >= 0) {
      bounds.push(length);
      hashes.push(hash & 0x3fffffff);
      starts.push(wordStart);
      ends.push(endAfter(text, wordLast));
      wordStart = -1;
    }
    if (kind === MARK) {
      const ch = folds[code] as number;
      buffer[length++] = ch;
      bounds.push(length);
      hashes.push(Math.imul((0x811c9dc5 | 0) ^ ch, 0x01000193) & 0x3fffffff);
      starts.push(i);
      ends.push(endAfter(text, i));
    }
  }
  let folded = "";
  for (let at = 0; at < length; at += 4096) {
    folded += String.fromCharCode.apply(
      null,
      buffer.subarray(at, Math.min(length, at + 4096)) as unknown as number[],
    );
  }
  return { folded, bounds, hashes, starts, ends };
}

// The extractor matches one passage against several codelists in a row: keep the last few scans.
const recentTexts: string[] = ["", "", "", ""];
const recentTokens: ScannedTokens[] = new Array<ScannedTokens>(4).fill({
  folded: "",
  bounds: [0],
  hashes: [],
  starts: [],
  ends: [],
});
let next = 0;

/**
 * Folds and tokenizes a text as `matchCodelist` reads it: `fold`, then
 * `tokenize`, with a tab read as a mark of its own ("|") that no phrasing
 * matches across. Text whose every unit folds to at most one character
 * (all Vietnamese and English text) is scanned in one pass through a table;
 * anything else takes the reference path, with the same result.
 *
 * @param text - any text, as written
 * @returns the tokens, with offsets in `text`
 * @example
 * scanTokens("Đài  truyền-thanh, xã").folded // "daitruyenthanh,xa"
 * scanTokens("Đài  truyền-thanh, xã").bounds // [0, 3, 9, 14, 15, 17]
 * scanTokens("Đài  truyền-thanh, xã").ends // [3, 11, 17, 18, 21]
 */
export function scanTokens(text: string): ScannedTokens {
  for (let k = 0; k < 4; k++) if (recentTexts[k] === text) return recentTokens[k] as ScannedTokens;
  const tokens = scanUnits(text) ?? scanTokensByFold(text);
  recentTexts[next] = text;
  recentTokens[next] = tokens;
  next = (next + 1) % 4;
  return tokens;
}
