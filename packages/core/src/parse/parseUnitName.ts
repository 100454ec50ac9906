import { foldText } from "../_lib/fold";
import { CENTRAL_CITIES } from "../_lib/vietnameseCentralCities";
import { unitKinds } from "../codelists/unitKinds";
import type { AdministrativeLevel } from "../model/AdministrativeLevel";
import type { UnitKind } from "../model/UnitKind";
import { displayText, originalChar, type PreparedText, prepareText } from "./_lib/prepareText";
import { fail, guard, succeed } from "./_lib/result";
import { shortFormAt } from "./_lib/unitShortForms";
import type { ParseResult } from "./ParseResult";

/** A unit's name read from text: its kind, level, name as written, and the units above it. */
export interface ParsedUnitName {
  kind: UnitKind;
  level: AdministrativeLevel;
  /**
   * The name without the kind word, in NFC, spelling, case and tone marks as written ("Sơn Mầu",
   * "BÀ RỊA - VŨNG TÀU", any dash written as "-"); a short form ("TPHCM", "HN") gives the official name.
   */
  name: string;
  /** Units named after it, nearest first ("huyện Gia Lộc", then "tỉnh Hải Dương"). */
  parents: { kind: UnitKind; name: string }[];
}

/** Options of {@link parseUnitName}. */
export interface ParseUnitNameOptions {
  /** Year the text belongs to; decides whether a city had become centrally governed (Huế from 2025). Default: today's list. */
  readonly year?: number;
}

interface KindWord {
  readonly folded: string;
  readonly kinds: readonly UnitKind[];
  /** The codelist's own label ("thành phố thuộc tỉnh"): the kind is stated, not inferred. */
  readonly explicit: boolean;
  readonly abbreviation: boolean;
}

const KIND_WORDS: readonly KindWord[] = (() => {
  const byWord = new Map<string, { kinds: UnitKind[]; explicit: boolean }>();
  for (const entry of unitKinds.entries) {
    for (const phrasing of entry.phrasings) {
      const folded = foldText(phrasing);
      const word = byWord.get(folded) ?? { kinds: [], explicit: false };
      word.kinds.push(entry.code);
      if (folded === foldText(entry.label.vi)) word.explicit = true;
      byWord.set(folded, word);
    }
  }
  return [...byWord]
    .map(([folded, w]) => ({
      folded,
      kinds: w.kinds,
      explicit: w.explicit && w.kinds.length === 1,
      abbreviation: folded.endsWith("."),
    }))
    .sort((a, b) => b.folded.length - a.folded.length);
})();

const CITY_KINDS: readonly UnitKind[] = ["thanh-pho", "thanh-pho-tw"];
const COMMITTEE = /^(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan) /;
const SEPARATOR = /^ ?(?:,|;| - ) ?/;
const TRAILING = /[\s.,;:)]+$/;
const NAME_START = /^[\p{Lu}\p{N}]$/u;
const DASH_VARIANT = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

const EXPECTED = unitKinds.entries.map((entry) => entry.phrasings[0] ?? entry.code);

/** The kind word at `at`, if one starts there and is followed by a name. */
function kindWordAt(prepared: PreparedText, at: number): { word: KindWord; nameStart: number } | undefined {
  const { text } = prepared;
  for (const word of KIND_WORDS) {
    if (!text.startsWith(word.folded, at)) continue;
    const after = at + word.folded.length;
    if (word.abbreviation) return { word, nameStart: text[after] === " " ? after + 1 : after };
    if (after === text.length || text[after] === " ") return { word, nameStart: after + 1 };
  }
  // "TP Bắc Giang": an abbreviation without its full stop, before a capitalised name.
  for (const word of KIND_WORDS) {
    const bare = word.folded.slice(0, -1);
    if (word.abbreviation && text.startsWith(`${bare} `, at)) {
      const nameStart = at + bare.length + 1;
      if (NAME_START.test(originalChar(prepared, nameStart))) return { word, nameStart };
    }
  }
  return undefined;
}

/** Whether a unit (a kind word and a name, or a short form) starts at `at`. */
function unitStartsAt(prepared: PreparedText, at: number): boolean {
  return kindWordAt(prepared, at) !== undefined || shortFormAt(prepared.text, at) !== undefined;
}

const LOWER_CASE = /\p{Ll}/u;

/** Whether the original text behind the kind word `[start, end)` is written in capitals ("HUYỆN"). */
function inCapitals(prepared: PreparedText, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (LOWER_CASE.test(originalChar(prepared, i))) return false;
  return true;
}

/**
 * Where the next unit of a chain starts after `from`: a comma or semicolon;
 * a spaced dash before another unit (before a name it joins two halves of
 * one name: "Bà Rịa - Vũng Tàu"); or a kind word before a capitalised name,
 * in lower case ("xã Sơn Mầu huyện Sơn Tây"), or in capitals after a name in
 * capitals ("XÃ SƠN MẦU HUYỆN SƠN TÂY").
 */
function nextUnit(prepared: PreparedText, from: number): { end: number; next: number } | undefined {
  const { text } = prepared;
  let nameHasLowerCase = false;
  for (let i = from; i < text.length; i++) {
    const sep = SEPARATOR.exec(text.slice(i, i + 4));
    if (sep && (text[i] === "," || text[i] === ";")) return { end: i, next: i + sep[0].length };
    if (sep?.[0].includes("-") && unitStartsAt(prepared, i + sep[0].length)) {
      return { end: i, next: i + sep[0].length };
    }
    if (text[i] === " " && i + 1 < text.length) {
      const word = kindWordAt(prepared, i + 1);
      if (word && NAME_START.test(originalChar(prepared, word.nameStart))) {
        const original = originalChar(prepared, i + 1);
        const capitals =
          !nameHasLowerCase && !word.word.abbreviation && inCapitals(prepared, i + 1, word.nameStart - 1);
        if (original === original.toLowerCase() || capitals) return { end: i, next: i + 1 };
      }
    }
    if (!nameHasLowerCase && LOWER_CASE.test(originalChar(prepared, i))) nameHasLowerCase = true;
  }
  return undefined;
}

function isCentralCity(name: string, year: number | undefined): boolean {
  const folded = foldText(name);
  return CENTRAL_CITIES.some(
    (city) =>
      (year === undefined || year >= city.since) &&
      [city.name, ...city.aliases].some((n) => foldText(n) === folded),
  );
}

function kindOf(word: KindWord, name: string, year: number | undefined): UnitKind {
  const [first = "xa"] = word.kinds;
  if (word.explicit || !word.kinds.every((k) => CITY_KINDS.includes(k))) return first;
  return isCentralCity(name, year) ? "thanh-pho-tw" : "thanh-pho";
}

function levelOf(kind: UnitKind): AdministrativeLevel {
  return unitKinds.entries.find((entry) => entry.code === kind)?.level ?? "commune";
}

/**
 * Reads an administrative unit's name (tên đơn vị hành chính) with its kind
 * word in front: "xã Sơn Mầu", "TP. Bắc Giang", "tỉnh Tây Ninh", "đặc khu
 * Phú Quốc", and chains such as "xã Gia Tân, huyện Gia Lộc, tỉnh Hải
 * Dương". Names may be in capitals, as the issuing body's line of a
 * document's header writes them ("UBND XÃ SƠN MẦU HUYỆN SƠN TÂY"), and
 * hold a spaced dash ("TỈNH BÀ RỊA - VŨNG TÀU"): a dash separates two units
 * only when a kind word follows it. The short forms of Hồ Chí Minh City and
 * Hà Nội ("TPHCM", "TP.HCM", "TP HCM", "HN"; the table is `UNIT_SHORT_FORMS`)
 * read as those cities; no other name is read without its kind word.
 * A committee prefix ("UBND", "Ủy ban nhân dân") is dropped. Kind
 * words come from the `unitKinds` codelist; "thành phố X" is a provincial
 * city unless X is a centrally governed city (Hà Nội, Hồ Chí Minh, Hải
 * Phòng, Đà Nẵng, Cần Thơ, and Huế from 2025).
 *
 * @param text - the name as written, in NFC or NFD
 * @param options - see {@link ParseUnitNameOptions}
 * @returns the unit, its level and its parents nearest first, or a failure:
 *   `unit-name.empty`, `unit-name.no-kind-word` ("Sơn Mầu"),
 *   `unit-name.no-name` ("xã", or "tỉnh Bà Rịa -" cut at the dash)
 * @example
 * parseUnitName("UBND xã Gia Tân, huyện Gia Lộc, tỉnh Hải Dương")
 * // { ok: true, value: { kind: "xa", level: "commune", name: "Gia Tân",
 * //   parents: [{ kind: "huyen", name: "Gia Lộc" }, { kind: "tinh", name: "Hải Dương" }] } }
 * parseUnitName("TPHCM")
 * // { ok: true, value: { kind: "thanh-pho-tw", level: "province", name: "Hồ Chí Minh", parents: [] } }
 * parseUnitName("thành phố Đà Nẵng").ok && parseUnitName("thành phố Đà Nẵng").value.kind // "thanh-pho-tw"
 */
export function parseUnitName(text: string, options: ParseUnitNameOptions = {}): ParseResult<ParsedUnitName> {
  return guard(text, { empty: "unit-name.empty", internal: "unit-name.internal-error" }, (input) => {
    const prepared = prepareText(input);
    const tail = TRAILING.exec(prepared.text);
    const end = prepared.text.length - (tail ? tail[0].length : 0);
    if (end <= 0) return fail("unit-name.empty", input, 0, EXPECTED);
    const at = (index: number) => prepared.offsets[index] ?? 0;
    let start = COMMITTEE.exec(prepared.text)?.[0].length ?? 0;

    const units: { kind: UnitKind; name: string }[] = [];
    while (start < end) {
      const short = shortFormAt(prepared.text, start);
      if (short && short.end <= end) {
        units.push({
          kind: isCentralCity(short.entry.name, options.year) ? "thanh-pho-tw" : "thanh-pho",
          name: short.entry.name,
        });
        const boundary = nextUnit(prepared, short.end);
        if (boundary ? boundary.end !== short.end : short.end !== end) {
          return fail("unit-name.no-kind-word", input, at(short.end), EXPECTED);
        }
        start = boundary && boundary.end < end ? boundary.next : end;
        continue;
      }
      const found = kindWordAt(prepared, start);
      if (!found) return fail("unit-name.no-kind-word", input, at(start), EXPECTED);
      const boundary = nextUnit(prepared, found.nameStart);
      const nameEnd = boundary && boundary.end < end ? boundary.end : end;
      const name = displayText(prepared, found.nameStart, nameEnd)
        .replace(/[\s.,;:]+$/, "")
        .replace(DASH_VARIANT, "-");
      if (found.nameStart >= nameEnd || name === "") {
        return fail("unit-name.no-name", input, at(Math.min(found.nameStart, end)), [
          "a name after the kind word",
        ]);
      }
      // "tỉnh Bà Rịa -": half a name, cut at a line's end; not read as the name "Bà Rịa".
      if (name.endsWith("-")) {
        return fail("unit-name.no-name", input, at(nameEnd - 1), ["a name after the dash"]);
      }
      units.push({ kind: kindOf(found.word, name, options.year), name });
      start = boundary && boundary.end < end ? boundary.next : end;
    }
    const [unit, ...parents] = units;
    if (!unit) return fail("unit-name.no-kind-word", input, 0, EXPECTED);
    return succeed({ kind: unit.kind, level: levelOf(unit.kind), name: unit.name, parents });
  });
}
