import { foldText } from "../_lib/fold";
import { CENTRAL_CITIES } from "../_lib/vietnameseCentralCities";
import { unitKinds } from "../codelists/unitKinds";
import type { AdministrativeLevel } from "../model/AdministrativeLevel";
import type { UnitKind } from "../model/UnitKind";
import { displayText, originalChar, type PreparedText, prepareText } from "./_lib/prepareText";
import { fail, guard, succeed } from "./_lib/result";
import type { ParseResult } from "./ParseResult";

/** A unit's name read from text: its kind, level, name as written, and the units above it. */
export interface ParsedUnitName {
  kind: UnitKind;
  level: AdministrativeLevel;
  /** The name without the kind word, in NFC, spelling and tone marks as written ("Sơn Mầu"). */
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

/** Where the next unit of a chain starts after `from`: a separator, or a lower-case kind word before a capitalised name. */
function nextUnit(prepared: PreparedText, from: number): { end: number; next: number } | undefined {
  const { text } = prepared;
  for (let i = from; i < text.length; i++) {
    const sep = SEPARATOR.exec(text.slice(i, i + 4));
    if (sep && (text[i] === "," || text[i] === ";" || sep[0].includes("-"))) {
      return { end: i, next: i + sep[0].length };
    }
    if (text[i] === " " && i + 1 < text.length) {
      const word = kindWordAt(prepared, i + 1);
      const original = originalChar(prepared, i + 1);
      if (
        word &&
        original === original.toLowerCase() &&
        NAME_START.test(originalChar(prepared, word.nameStart))
      ) {
        return { end: i, next: i + 1 };
      }
    }
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
 * Dương". A committee prefix ("UBND", "Ủy ban nhân dân") is dropped. Kind
 * words come from the `unitKinds` codelist; "thành phố X" is a provincial
 * city unless X is a centrally governed city (Hà Nội, Hồ Chí Minh, Hải
 * Phòng, Đà Nẵng, Cần Thơ, and Huế from 2025).
 *
 * @param text - the name as written, in NFC or NFD
 * @param options - see {@link ParseUnitNameOptions}
 * @returns the unit, its level and its parents nearest first, or a failure:
 *   `unit-name.empty`, `unit-name.no-kind-word` ("Sơn Mầu"),
 *   `unit-name.no-name` ("xã")
 * @example
 * parseUnitName("UBND xã Gia Tân, huyện Gia Lộc, tỉnh Hải Dương")
 * // { ok: true, value: { kind: "xa", level: "commune", name: "Gia Tân",
 * //   parents: [{ kind: "huyen", name: "Gia Lộc" }, { kind: "tinh", name: "Hải Dương" }] } }
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
      const found = kindWordAt(prepared, start);
      if (!found) return fail("unit-name.no-kind-word", input, at(start), EXPECTED);
      const boundary = nextUnit(prepared, found.nameStart);
      const nameEnd = boundary && boundary.end < end ? boundary.end : end;
      const name = displayText(prepared, found.nameStart, nameEnd).replace(/[\s.,;:]+$/, "");
      if (found.nameStart >= nameEnd || name === "") {
        return fail("unit-name.no-name", input, at(Math.min(found.nameStart, end)), [
          "a name after the kind word",
        ]);
      }
      units.push({ kind: kindOf(found.word, name, options.year), name });
      start = boundary && boundary.end < end ? boundary.next : end;
    }
    const [unit, ...parents] = units;
    if (!unit) return fail("unit-name.no-kind-word", input, 0, EXPECTED);
    return succeed({ kind: unit.kind, level: levelOf(unit.kind), name: unit.name, parents });
  });
}
