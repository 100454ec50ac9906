import { fold } from "../../_lib/fold";

/**
 * Input folded for matching (see `fold`), with extraction debris removed:
 * markdown emphasis (`*`), HTML tags (`<i>`, `<sup>`), dash and quote variants
 * made plain, white space collapsed. `offsets` maps each character of `text`
 * back to the original input.
 */
export interface PreparedText {
  readonly input: string;
  readonly text: string;
  readonly offsets: readonly number[];
}

const TAG = /^<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,200})?\/?>/;
const DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const DOUBLE_QUOTE = /[\u201c\u201d\u201e\u00ab\u00bb]/;
const SINGLE_QUOTE = /[\u2018\u2019\u201a]/;
const WORD = /^[\p{L}\p{N}]$/u;
const COMBINING_OR_LOW_SURROGATE = /[\u0300-\u036f\udc00-\udfff]/;

/** Folds `input` and strips extraction debris, keeping the map to original offsets. */
export function prepareText(input: string): PreparedText {
  const folded = fold(input);
  const source = folded.text;
  let text = "";
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < source.length; ) {
    let ch = source[i] as string;
    const at = folded.offsets[i] as number;
    if (ch === "<") {
      const tag = TAG.exec(source.slice(i, i + 240));
      if (tag) {
        if (pendingSpace < 0) pendingSpace = at;
        i += tag[0].length;
        continue;
      }
    }
    if (ch === "*") {
      // Emphasis markers vanish, except that "LỤC**CÁC" still splits two words.
      let next = i;
      while (source[next] === "*") next++;
      if (WORD.test(text.slice(-1)) && WORD.test(source[next] ?? "") && pendingSpace < 0) pendingSpace = at;
      i = next;
      continue;
    }
    if (ch === " ") {
      if (pendingSpace < 0) pendingSpace = at;
      i++;
      continue;
    }
    if (DASH.test(ch)) ch = "-";
    else if (DOUBLE_QUOTE.test(ch)) ch = '"';
    else if (SINGLE_QUOTE.test(ch)) ch = "'";
    if (pendingSpace >= 0 && text.length > 0) {
      text += " ";
      offsets.push(pendingSpace);
    }
    pendingSpace = -1;
    text += ch;
    offsets.push(at);
    i++;
  }
  offsets.push(input.length);
  return { input, text, offsets };
}

/** Offset in the original input where prepared character `index` starts. */
export function originalStart(prepared: PreparedText, index: number): number {
  return prepared.offsets[Math.max(0, Math.min(index, prepared.offsets.length - 1))] as number;
}

/** Offset in the original input just after prepared characters `[..., end)`, combining marks included. */
export function originalEnd(prepared: PreparedText, end: number): number {
  if (end <= 0) return originalStart(prepared, 0);
  const { input } = prepared;
  let at = originalStart(prepared, end - 1) + 1;
  while (at < input.length && COMBINING_OR_LOW_SURROGATE.test(input[at] as string)) at++;
  return Math.min(at, input.length);
}

/**
 * The original text behind prepared characters `[start, end)` as a quote:
 * markup removed and white space collapsed, but spelling and Unicode form
 * left as written.
 */
export function quote(prepared: PreparedText, start: number, end: number): string {
  if (end <= start) return "";
  const slice = prepared.input.slice(originalStart(prepared, start), originalEnd(prepared, end));
  return slice
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?\/?>/g, " ")
    .replace(/(?<=[\p{L}\p{N}\p{M}])\*+(?=[\p{L}\p{N}])/gu, " ")
    .replace(/\*+/g, "")
    .replace(/[\s\u00a0\u200b\ufeff]+/g, " ")
    .trim();
}

/** Like {@link quote}, in NFC: for names and titles stored as text. */
export function displayText(prepared: PreparedText, start: number, end: number): string {
  return quote(prepared, start, end).normalize("NFC");
}

/** The original character behind prepared character `index` (its first UTF-16 unit). */
export function originalChar(prepared: PreparedText, index: number): string {
  return prepared.input[originalStart(prepared, index)] ?? "";
}
