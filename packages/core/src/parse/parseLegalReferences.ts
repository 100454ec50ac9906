import { foldText } from "../_lib/fold";
import { type DocumentTypeEntry, documentTypes } from "../codelists/documentTypes";
import { unitKinds } from "../codelists/unitKinds";
import type { DocumentType, LegalReference } from "../model/LegalReference";
import type { PartialDate } from "../model/PartialDate";
import { foldVietnamese } from "../text/foldVietnamese";
import { canonicalCode } from "./_lib/canonicalCode";
import { checkDate, matchDateAt, toPartialDate } from "./_lib/matchDate";
import {
  displayText,
  originalChar,
  originalEnd,
  originalStart,
  type PreparedText,
  prepareText,
  quote,
} from "./_lib/prepareText";
import { WORD_START as B, WORD_END as E, escapeRegExp } from "./_lib/regexParts";
import { fail, guard, succeed } from "./_lib/result";
import { unnumberedNamePattern } from "./_lib/unnumberedNamePattern";
import type { ParseResult } from "./ParseResult";

/** Options of {@link parseLegalReferences}. */
export interface ParseLegalReferencesOptions {
  /** Role given to every reference found. Default `"cited"`. */
  readonly role?: LegalReference["role"];
  /**
   * Also return documents cited by name without a number ("Đề án phát
   * triển ứng dụng dữ liệu dân cư … giai đoạn 2022-2025", "Chương trình
   * tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 của Chính
   * phủ", "Kế hoạch CCHC năm 2024"): a type whose name ends on the period
   * the document covers ("năm 2024", "giai đoạn 2021 - 2030"). They carry
   * `type`, `title` (the name after the type word), `issuer` when "của …"
   * follows, `role` and `raw`; no number, symbol or date. Names inside a
   * numbered reference's title are part of that title, not references of
   * their own. Default `false`: only numbered documents are references.
   */
  readonly unnumbered?: boolean;
}

const TYPE_ENTRIES: readonly DocumentTypeEntry[] = documentTypes.entries;
const TYPE_PHRASES = TYPE_ENTRIES.flatMap((entry) => [
  ...entry.phrasings.map((phrasing) => ({
    code: entry.code,
    folded: foldText(phrasing),
    citedByName: entry.citedByName,
    generic: false,
  })),
  ...(entry.genericPhrasings ?? []).map((phrasing) => ({
    code: entry.code,
    folded: foldText(phrasing),
    citedByName: false,
    generic: true,
  })),
]).sort((a, b) => b.folded.length - a.folded.length);
const TYPE_ALTERNATION = TYPE_PHRASES.map((t) => escapeRegExp(t.folded)).join("|");
/** The types a document is cited by without its number ("Đề án … giai đoạn 2022-2025"). */
const NAMED_TYPE_ALTERNATION = TYPE_PHRASES.filter((t) => t.citedByName)
  .map((t) => escapeRegExp(t.folded))
  .join("|");
/** Type codes of symbols, folded and without case, to the type they name ("kh" → ke-hoach). */
const TYPE_BY_CODE = new Map(
  documentTypes.entries.flatMap((entry) => entry.symbolCodes.map((c) => [foldText(c), entry] as const)),
);

const TYPE = new RegExp(`${B}(?<type>${TYPE_ALTERNATION})${E} ?(?:(?<so>so)${E} ?:? ?)?`, "gud");
// A code of a symbol: letters, then digits, parts joined by "&" ("PTTH&TTĐT" folded "ptth&ttdt").
const CODE = "[a-z]+\\d*(?:&[a-z]+\\d*)*";
/**
 * A document's number: at most nine digits, starting where a run of digits
 * starts. Unbounded, a run of 160,000 digits was tried from each of its
 * digits to its end (quadratic time); no document is numbered past 999,999,999.
 */
const NUMBER = "(?<!\\d)\\d{1,9}";
const PARTY_SYMBOL = new RegExp(
  `(?<num>${NUMBER}[a-z]?) ?- ?(?<c1>[a-z]+) ?/ ?(?<c2>${CODE}(?:-${CODE})*)${E}`,
  "yud",
);
const STATE_SYMBOL = new RegExp(
  `(?<num>${NUMBER}[a-z]?)? ?/ ?(?:(?<yr>\\d{4}) ?/ ?)?(?<c1>${CODE})(?: ?- ?(?<c2>${CODE}(?:-${CODE})*))?${E}`,
  "yud",
);
/**
 * "(sau đây viết tắt là Quyết định số 765)", "(gọi tắt là …)": a short name
 * for the reference before it, not a reference of its own.
 */
const ALIAS_LEAD =
  / ?[(,] ?(?:(?:sau day |duoi day )?(?:duoc )?(?:goi|viet) tat|(?:sau day|duoi day) (?:duoc )?goi) la ?:? ?"? ?$/;
const ALIAS_WINDOW = 48;
const BARE_NUMBER = new RegExp(`(?<num>${NUMBER}[a-z]?)(?![\\p{L}\\p{N}/-])`, "duy");
const LIST_CONTINUES = / ?(?:,|;|va) ?(?:so ?)?(?=\d)/y;
const BEFORE_DATE = / ?,? ?/y;
const BEFORE_ISSUER = / ?,? ?cua /y;
const BEFORE_TITLE =
  / ?,? ?(?=(?:ve viec|ve|ban hanh|phe duyet|quy dinh|huong dan|sua doi)(?![\p{L}\p{N}]))/uy;
const ISSUER_STOP = new RegExp(
  ` (?:ve|ban hanh|phe duyet|quy dinh|huong dan|nham|tai|theo|trien khai)${E}|[;:()]|,| va (?=cac |nhung |(?:${TYPE_ALTERNATION})${E})|\\.(?= |$)`,
  "gu",
);
const QUOTED_TITLE = / ?,? ?"(?<title>[^"]{1,400})"/dy;
const TITLE_STOP = /;|\.(?= |$)| va cac van ban|, (?=\S)/gu;
const TRAILING_WORDS = /(?:[\s,.:]|(?<![\p{L}\p{N}])(?:cua|va|tai|theo|ve|cung)(?![\p{L}\p{N}]))+$/u;
const ABBREVIATION = new RegExp(
  `(?:^| )(?:${unitKinds.entries
    .flatMap((entry) => entry.phrasings)
    .filter((p) => p.endsWith("."))
    .map((p) => escapeRegExp(foldText(p).slice(0, -1)))
    .join("|")})$`,
);
const TYPE_ANYWHERE = new RegExp(`${B}(?:${TYPE_ALTERNATION})${E}`, "u");
const UNNUMBERED_NAME = unnumberedNamePattern(NAMED_TYPE_ALTERNATION);
/** "… của Tỉnh ủy, HĐND tỉnh về …": a type named by its issuer and subject ("các Nghị quyết của …"). */
const ISSUER_THEN_SUBJECT = / ?,? ?cua (?<issuer>[^;:.()"]{1,60}?) ,? ?(?=ve )/duy;
const SUBJECT_NAME = unnumberedNamePattern(NAMED_TYPE_ALTERNATION, { acrossTypes: true });
/** "… được Chính phủ ban hành tại Nghị quyết số 76/NQ-CP": the name is what the next citation issues. */
const ISSUED_BY_NEXT =
  / ?,? ?(?:da )?(?:duoc (?:[\p{L}\p{N}]+ ){0,6}?)?ban hanh (?:tai|theo|kem theo|bang) $/uy;
const DASH_VARIANT = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const NO_TYPE = new RegExp(
  `(?<![\\p{L}\\p{N}])so ?:? ?\\d|${NUMBER}[a-z]? ?/ ?[a-z]+ ?- ?[a-z]+|${NUMBER} ?- ?[a-z]+ ?/ ?[a-z]+`,
  "u",
);

const SYMBOL_CHARACTER = /[0-9/]/;
const MARKUP_CHARACTER = /[<*]/;

/**
 * Whether the text certainly cites nothing, found cheaply on the folded text:
 * without "<" or "*" it is the prepared text but for dashes and quotes, so
 * no type (or, for numbered documents only, no digit or "/") means no
 * reference and no number without a type.
 */
function citesNothing(input: string, unnumbered: boolean): boolean {
  const folded = foldVietnamese(input);
  if (folded.length === 0 || MARKUP_CHARACTER.test(folded)) return false;
  if (!unnumbered && !SYMBOL_CHARACTER.test(folded)) return true;
  return !TYPE_ANYWHERE.test(folded) && !NO_TYPE.test(folded.replace(DASH_VARIANT, "-"));
}

/**
 * What a citation looks like, shown with a failure: the standard shapes of
 * Nghị định 30/2020/NĐ-CP (number/type-issuer, then date and issuer) and of a
 * Party document (number-type/issuer), not the wording of any one plan.
 */
const EXPECTED = [
  "Quyết định số 123/QĐ-UBND ngày 15/01/2024 của Ủy ban nhân dân tỉnh",
  "Nghị quyết số 04-NQ/TU",
];

/** A reference's type, symbol and date: what opens a citation. */
interface Head {
  readonly type: DocumentType;
  readonly start: number;
  readonly end: number;
  readonly symbol: Pick<LegalReference, "number" | "typeCode" | "issuerCode" | "symbol">;
  readonly date: PartialDate | undefined;
  /** Named in "(sau đây viết tắt là …)": a short name of the reference before it, not returned. */
  readonly alias: boolean;
}

type HeadProblem = { readonly problem: "invalid-date"; readonly at: number };

function code(prepared: PreparedText, m: RegExpExecArray, name: string): string | undefined {
  const span = m.indices?.groups?.[name];
  if (!span) return undefined;
  return prepared.input
    .slice(originalStart(prepared, span[0]), originalEnd(prepared, span[1]))
    .replace(/\s+/g, "")
    .normalize("NFC");
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The type's codelist entry. */
function entryOf(type: DocumentType) {
  return documentTypes.entries.find((entry) => entry.code === type);
}

/**
 * The symbol ("31/KH-UBND", "04-NQ/TU", "06/CP") or bare number at `at`,
 * its codes in their canonical spelling ("31/kh-ubnd" is 31/KH-UBND). The
 * symbol of an official letter names no type: its codes are the issuer's
 * and the drafting unit's ("5104/BTTTT-PTTH&TTĐT"), kept together as the
 * issuer code.
 */
function symbolAt(
  prepared: PreparedText,
  at: number,
  afterSo: boolean,
  type: DocumentType,
): { end: number; symbol: Head["symbol"] } | undefined {
  const { text } = prepared;
  const codeOf = (m: RegExpExecArray, name: string) => {
    const written = code(prepared, m, name);
    return written === undefined ? undefined : canonicalCode(written);
  };
  const party = sticky(PARTY_SYMBOL, text, at);
  if (party) {
    const number = code(prepared, party, "num");
    const [typeCode, issuerCode] = ["c1", "c2"].map((g) => codeOf(party, g));
    return {
      end: at + party[0].length,
      symbol: { number, typeCode, issuerCode, symbol: `${number}-${typeCode}/${issuerCode}` },
    };
  }
  const state = sticky(STATE_SYMBOL, text, at);
  if (state && (afterSo || state.groups?.num !== undefined)) {
    const number = code(prepared, state, "num");
    const [year, first, second] = ["yr", "c1", "c2"].map((g) => codeOf(state, g));
    const codes = second === undefined ? (first ?? "") : `${first}-${second}`;
    const letter =
      second !== undefined && entryOf(type)?.symbolCodes.length === 0 && typeOfCode(first) === undefined;
    return {
      end: at + state[0].length,
      symbol: {
        number,
        typeCode: second === undefined || letter ? undefined : first,
        issuerCode: letter ? codes : (second ?? first),
        symbol: `${number ?? ""}/${year === undefined ? "" : `${year}/`}${codes}`,
      },
    };
  }
  const bare = afterSo ? sticky(BARE_NUMBER, text, at) : null;
  if (bare) return { end: at + bare[0].length, symbol: { number: code(prepared, bare, "num") } };
  return undefined;
}

/** The date after a symbol, if any: `undefined` for none, a problem for one that does not exist. */
function dateAfter(
  prepared: PreparedText,
  at: number,
): { end: number; date: PartialDate } | HeadProblem | undefined {
  const gap = sticky(BEFORE_DATE, prepared.text, at);
  const match = matchDateAt(prepared, at + (gap?.[0].length ?? 0), { yearly: false });
  if (!match) return undefined;
  const problem = checkDate(match);
  if (problem) return { problem: "invalid-date", at: problem.at };
  const date = toPartialDate(prepared, match);
  return date ? { end: match.end, date } : undefined;
}

/** The type a symbol's type code names ("KH" → ke-hoach), if the codelist knows it. */
function typeOfCode(typeCode: string | undefined): DocumentType | undefined {
  return typeCode === undefined ? undefined : TYPE_BY_CODE.get(foldText(typeCode))?.code;
}

/** The type a generic word ("văn bản") names before `symbol`, if the symbol tells it. */
function genericType(code: DocumentType, symbol: Head["symbol"] | undefined): DocumentType | undefined {
  if (symbol?.typeCode !== undefined) return typeOfCode(symbol.typeCode);
  return symbol?.issuerCode?.includes("-") ? code : undefined;
}

/** Where the alias lead-in ending at `at` starts ("(sau đây viết tắt là "), if one does. */
function aliasLeadBefore(text: string, at: number): number | undefined {
  const from = Math.max(0, at - ALIAS_WINDOW);
  const lead = ALIAS_LEAD.exec(text.slice(from, at));
  return lead ? from + lead.index : undefined;
}

function findHeads(prepared: PreparedText): Head[] | HeadProblem {
  const { text } = prepared;
  const heads: Head[] = [];
  TYPE.lastIndex = 0;
  for (let m = TYPE.exec(text); m; m = TYPE.exec(text)) {
    const phrase = TYPE_PHRASES.find((t) => t.folded === m?.groups?.type);
    if (!phrase) continue;
    let found = symbolAt(prepared, m.index + m[0].length, m.groups?.so !== undefined, phrase.code);
    // A word for any document ("văn bản") takes its type from the symbol: a type code, else a letter's two codes.
    const type = phrase.generic ? genericType(phrase.code, found?.symbol) : phrase.code;
    if (!type) continue;
    const aliasAt = found ? aliasLeadBefore(text, m.index) : undefined;
    let start = aliasAt ?? m.index;
    let listed: DocumentType | undefined = type;
    while (listed && found) {
      const date = dateAfter(prepared, found.end);
      if (date && "problem" in date) return date;
      const end = date?.end ?? found.end;
      heads.push({
        type: listed,
        start,
        end,
        symbol: found.symbol,
        date: date?.date,
        alias: aliasAt !== undefined,
      });
      TYPE.lastIndex = end;
      // "Quyết định số 649/QĐ-UBND và 636/QĐ-UBND": one type, several documents; a listed
      // document whose symbol names another type is of that type ("… và 15/KH-UBND").
      const more = sticky(LIST_CONTINUES, text, end);
      start = end + (more?.[0].length ?? 0);
      found = more && type ? symbolAt(prepared, start, false, type) : undefined;
      if (found && !/[/-]/.test(text.slice(start, found.end))) found = undefined;
      listed = found ? (typeOfCode(found.symbol.typeCode) ?? type) : undefined;
    }
  }
  return heads;
}

/** First stop of `pattern` in `[from, bound)` that `accept` agrees to, else `bound`. */
function stopAt(
  prepared: PreparedText,
  pattern: RegExp,
  from: number,
  bound: number,
  accept: (index: number, match: string) => boolean,
): number {
  pattern.lastIndex = from;
  for (let m = pattern.exec(prepared.text); m && m.index < bound; m = pattern.exec(prepared.text)) {
    if (accept(m.index, m[0])) return m.index;
  }
  return bound;
}

function trimEnd(text: string, start: number, end: number): number {
  const tail = TRAILING_WORDS.exec(text.slice(start, end));
  return tail ? end - tail[0].length : end;
}

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Whether a full stop at `index` ends a sentence rather than an abbreviation ("TP."). */
function endsSentence(prepared: PreparedText, index: number): boolean {
  if (ABBREVIATION.test(prepared.text.slice(Math.max(0, index - 4), index))) return false;
  return index + 1 >= prepared.text.length || isUpper(originalChar(prepared, index + 2));
}

/** The issuer after "của", up to a title word, punctuation, or the next citation. */
function issuerAfter(
  prepared: PreparedText,
  at: number,
  bound: number,
): { text: string; end: number } | undefined {
  const lead = sticky(BEFORE_ISSUER, prepared.text, at);
  if (!lead || at + lead[0].length >= bound) return undefined;
  const from = at + lead[0].length;
  const stop = stopAt(prepared, ISSUER_STOP, from, bound, (i, m) => m !== "." || endsSentence(prepared, i));
  const to = trimEnd(prepared.text, from, stop);
  return to > from ? { text: displayText(prepared, from, to), end: to } : undefined;
}

/** The title: a quoted name, or "về việc …", "về …", "ban hành …" up to ';', the sentence's end or the next citation. */
function titleAfter(
  prepared: PreparedText,
  at: number,
  bound: number,
): { text: string; end: number } | undefined {
  const { text } = prepared;
  const quoted = sticky(QUOTED_TITLE, text, at);
  if (quoted && at + quoted[0].length <= bound) {
    const span = quoted.indices?.groups?.title;
    if (span) return { text: displayText(prepared, span[0], span[1]), end: at + quoted[0].length };
  }
  const lead = sticky(BEFORE_TITLE, text, at);
  if (!lead) return undefined;
  const from = at + lead[0].length;
  const stop = stopAt(prepared, TITLE_STOP, from, bound, (i, m) => {
    if (m === ".") return endsSentence(prepared, i);
    if (m.startsWith(",")) return isUpper(originalChar(prepared, i + 2));
    return true;
  });
  const to = trimEnd(text, from, stop);
  return to > from ? { text: displayText(prepared, from, to), end: to } : undefined;
}

/**
 * Finds every cited document (văn bản được viện dẫn) in a Vietnamese
 * sentence or list, in order: "Kế hoạch số 31/KH-UBND ngày 21/02/2024 của
 * UBND huyện Sơn Tây về việc ban hành …", "Nghị quyết số 04-NQ/TU …",
 * "Chỉ thị số 23/CT-TTg", "Đề án 06/CP".
 *
 * A reference opens with a document type from the `documentTypes` codelist
 * (State, Party and other bodies' types: "Chương trình hành động", "Tờ
 * trình", "Báo cáo", "Thông báo kết luận", "Hướng dẫn", "Công văn") and a
 * number or symbol; a type without a number ("Kế hoạch tuyên truyền
 * …") is not a reference, unless `unnumbered` asks for documents cited by
 * name (see {@link ParseLegalReferencesOptions}). "Văn bản" (any document)
 * takes its type from the symbol: "văn bản số 31/KH-UBND" is a plan,
 * "Văn bản số 123/UBND-NC" an official letter, whose codes (issuer and
 * drafting unit) are kept together as `issuerCode`. State-style symbols
 * ("3740/QĐ - UBND" becomes "3740/QĐ-UBND", "30/2020/NĐ-CP") and
 * Party-style ones ("04-NQ/TU") are normalised, leading zeros kept, `&`
 * kept inside a code ("PTTH&TTĐT"), codes in their canonical capitals
 * whatever the case written ("31/kh-ubnd" is 31/KH-UBND, "qđ-ttg" is
 * QĐ-TTg; `MIXED_CASE_CODES` lists the mixed-case ones). A short name
 * the text gives a reference ("(sau đây viết tắt là Quyết định số 765)",
 * "(gọi tắt là …)") is not a reference of its own. A document listed after
 * another's type word is of the type its symbol names ("Quyết định số
 * 12/QĐ-UBND và 15/KH-UBND": a decision and a plan). The date follows (with or without "ngày" and a comma), then
 * the issuer after "của", then the title: a quoted name ("Đề án 06/CP
 * “Phát triển …”"), or from "về việc", "về", "ban hành" … up to the next
 * reference, a ';' or the end of the sentence. Documents in a
 * list may share one type ("Quyết định số 649/QĐ-UBND và 636/QĐ-UBND").
 *
 * @param text - a sentence or list, in NFC or NFD, possibly wrapped over lines
 * @param options - see {@link ParseLegalReferencesOptions}
 * @returns the references (never empty), or a failure:
 *   `legal-reference.empty`, `legal-reference.none-found`,
 *   `legal-reference.no-type` (a number with no type, "số 31"), or
 *   `legal-reference.invalid-date`
 * @example
 * parseLegalReferences("Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Tỉnh ủy")
 * // { ok: true, value: [{ type: "nghi-quyet", number: "04", typeCode: "NQ", issuerCode: "TU",
 * //   symbol: "04-NQ/TU", date: { year: 2021, month: 10, day: 18, raw: "18/10/2021" },
 * //   issuer: "Tỉnh ủy", role: "cited", raw: "Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Tỉnh ủy" }] }
 */
export function parseLegalReferences(
  text: string,
  options: ParseLegalReferencesOptions = {},
): ParseResult<LegalReference[]> {
  return guard(
    text,
    { empty: "legal-reference.empty", internal: "legal-reference.internal-error" },
    (input) => {
      const unnumbered = options.unnumbered === true;
      // Most passages cite nothing; saying so costs far less than preparing the text.
      if (citesNothing(input, unnumbered)) return fail("legal-reference.none-found", input, 0, EXPECTED);
      const prepared = prepareText(input);
      const folded = prepared.text;
      if (folded.length === 0) return fail("legal-reference.empty", input, 0, EXPECTED);
      const at = (index: number) => prepared.offsets[index] ?? 0;
      const heads = findHeads(prepared);
      if (!Array.isArray(heads)) {
        return fail("legal-reference.invalid-date", input, at(heads.at), ["a date that exists"]);
      }
      const role = options.role ?? "cited";
      const placed = heads.map((head, k): Placed & { alias: boolean } => {
        const bound = heads[k + 1]?.start ?? folded.length;

        const issuer = issuerAfter(prepared, head.end, bound);
        const title = titleAfter(prepared, issuer?.end ?? head.end, bound);
        const end = title?.end ?? issuer?.end ?? head.end;
        const reference: LegalReference = {
          type: head.type,
          ...head.symbol,
          ...(head.date && { date: head.date }),
          ...(issuer && { issuer: issuer.text }),
          ...(title && { title: title.text }),
          role,
          raw: quote(prepared, head.start, end),
        };
        return { start: head.start, end, reference, alias: head.alias };
      });
      const references: Placed[] = placed.filter((p) => !p.alias);
      const named = unnumbered ? unnumberedReferences(prepared, references, role) : [];
      if (references.length === 0 && named.length === 0) {
        const number = NO_TYPE.exec(folded);
        if (number)
          return fail("legal-reference.no-type", input, at(number.index), ["Kế hoạch", "Quyết định"]);
        return fail("legal-reference.none-found", input, 0, EXPECTED);
      }
      const all =
        named.length === 0 ? references : [...references, ...named].sort((a, b) => a.start - b.start);
      return succeed(all.map((placed) => withoutUndefined(placed.reference)));
    },
  );
}

/** A reference with the span of prepared text it was read from. */
interface Placed {
  readonly start: number;
  readonly end: number;
  readonly reference: LegalReference;
}

/** Documents cited by name without a number, outside the spans of the numbered ones (see `unnumbered`). */
function unnumberedReferences(
  prepared: PreparedText,
  numbered: readonly Placed[],
  role: LegalReference["role"],
): Placed[] {
  const { text } = prepared;
  const found: {
    type: DocumentType;
    start: number;
    nameStart: number;
    nameEnd: number;
    issuer?: { text: string; end: number };
  }[] = [];
  // `numbered` is in text order and its spans do not overlap, and so are the matches: one cursor
  // walks both, where a search of all numbered references per match was quadratic.
  let cursor = 0;
  TYPE.lastIndex = 0;
  for (let m = TYPE.exec(text); m; m = TYPE.exec(text)) {
    const start = m.index;
    while (cursor < numbered.length && (numbered[cursor] as Placed).end <= start) cursor++;
    // A name inside a numbered reference (its title) is part of it.
    if (cursor < numbered.length && (numbered[cursor] as Placed).start <= start) continue;
    const phrase = TYPE_PHRASES.find((t) => t.folded === m?.groups?.type);
    const type = phrase?.citedByName ? phrase.code : undefined;
    if (!type || m.groups?.so !== undefined) continue;
    const typeEnd = m.index + m[0].length;
    const span = sticky(UNNUMBERED_NAME, text, typeEnd)?.indices?.groups?.name;
    if (span) {
      found.push({ type, start, nameStart: span[0], nameEnd: span[1] });
      TYPE.lastIndex = span[1];
      continue;
    }
    // "các Nghị quyết của Tỉnh ủy, HĐND tỉnh về nhiệm vụ … năm 2024": the issuer first, then the subject.
    const lead = sticky(ISSUER_THEN_SUBJECT, text, typeEnd);
    const issuerSpan = lead?.indices?.groups?.issuer;
    if (!lead || !issuerSpan) continue;
    const subject = sticky(SUBJECT_NAME, text, typeEnd + lead[0].length)?.indices?.groups?.name;
    if (!subject) continue;
    const issuer = { text: displayText(prepared, issuerSpan[0], issuerSpan[1]), end: issuerSpan[1] };
    found.push({ type, start, nameStart: subject[0], nameEnd: subject[1], issuer });
    TYPE.lastIndex = subject[1];
  }
  const out: Placed[] = [];
  let after = 0;
  for (const [k, named] of found.entries()) {
    while (after < numbered.length && (numbered[after] as Placed).start <= named.start) after++;
    const nextNumbered = numbered[after]?.start ?? text.length;
    const next = Math.min(found[k + 1]?.start ?? text.length, nextNumbered);
    const issuer = named.issuer ?? issuerAfter(prepared, named.nameEnd, next);
    const end = Math.max(issuer?.end ?? 0, named.nameEnd);
    // Named, then "được … ban hành tại" the next numbered citation: it is that document's subject.
    if (nextNumbered < text.length && sticky(ISSUED_BY_NEXT, text.slice(0, nextNumbered), end)) continue;
    const reference: LegalReference = {
      type: named.type,
      ...(issuer && { issuer: issuer.text }),
      title: displayText(prepared, named.nameStart, named.nameEnd),
      role,
      raw: quote(prepared, named.start, end),
    };
    out.push({ start: named.start, end, reference });
  }
  return out;
}

function withoutUndefined(reference: LegalReference): LegalReference {
  return Object.fromEntries(Object.entries(reference).filter(([, v]) => v !== undefined)) as LegalReference;
}
