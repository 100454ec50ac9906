import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../_lib/fold";
import { readSeedLines } from "../_testing/readSeedLines";
import { quotedSeedLines } from "../_testing/seedLines";
import { audiences } from "../codelists/audiences";
import { channels } from "../codelists/channels";
import { officeKinds } from "../codelists/officeKinds";
import { themes } from "../codelists/themes";
import { diacriticSignature } from "./_lib/diacriticSignature";
import { matchKey } from "./_lib/matchKey";
import { phraseTokens } from "./_lib/phraseTokens";
import { STOP_PHRASES } from "./_lib/stopPhrases";
import { tokenize } from "./_lib/tokenize";
import { matchCodelist } from "./matchCodelist";

const S000 = "000_34833a3694ee8a96.txt";
const S001 = "001_ec564b67ad28c11a.txt";
const S003 = "003_c2f82bd70c212939.txt";

/** The matched words as written, for reading a result. */
const spans = (text: string, codelist: Parameters<typeof matchCodelist>[1]) =>
  matchCodelist(text, codelist).map((m) => [m.code, text.slice(m.start, m.end)]);

describe("matchCodelist", () => {
  it(`${S000}:23 finds every channel phrasing with its position, longer first at one start`, () => {
    const line = readSeedLines(S000, 23);
    expect(matchCodelist(line, channels)).toEqual([
      { code: "broadcast.commune-radio", phrasing: "đài truyền thanh xã", start: 117, end: 136 },
      { code: "broadcast", phrasing: "đài", start: 117, end: 120 },
      { code: "broadcast", phrasing: "truyền thanh", start: 121, end: 133 },
      { code: "in-person.village-meeting", phrasing: "cuộc họp thôn", start: 156, end: 169 },
      { code: "in-person.meeting", phrasing: "cuộc họp", start: 156, end: 164 },
      { code: "in-person.village-meeting", phrasing: "họp thôn", start: 161, end: 169 },
      { code: "outdoor-print.billboard", phrasing: "pano", start: 195, end: 199 },
      { code: "outdoor-print.banner-slogan", phrasing: "băng rôn", start: 201, end: 209 },
    ]);
    expect(spans(line, channels).map(([, written]) => written)).toEqual([
      "đài truyền thanh xã",
      "đài",
      "truyền thanh",
      "cuộc họp thôn",
      "cuộc họp",
      "họp thôn",
      "Pano",
      "băng rôn",
    ]);
  });

  it(`${S003}:118-119 matches across a line break and reports offsets in the original text`, () => {
    const text = readSeedLines(S003, 118, 119);
    expect(spans(text, channels)).toEqual([
      ["broadcast.commune-radio", "hệ thống Đài \ntruyền thanh"],
      ["broadcast.commune-radio", "Đài \ntruyền thanh cơ sở"],
      ["broadcast", "Đài"],
      ["broadcast.commune-radio", "truyền thanh cơ sở"],
      ["broadcast", "truyền thanh"],
      ["in-person.village-meeting", "cuộc họp ở thôn"],
      ["in-person.meeting", "cuộc họp"],
    ]);
  });

  it(`${S003}:118-119 in NFD gives the same matches, with spans covering the combining marks`, () => {
    const text = readSeedLines(S003, 118, 119);
    const nfd = text.normalize("NFD");
    expect(nfd).not.toBe(text);
    const inNfd = matchCodelist(nfd, channels);
    expect(inNfd.map((m) => [m.code, m.phrasing, nfd.slice(m.start, m.end).normalize("NFC")])).toEqual(
      matchCodelist(text, channels).map((m) => [m.code, m.phrasing, text.slice(m.start, m.end)]),
    );
  });

  it("ignores tone-mark placement and case: 'hoá' and 'hóa', 'VĂN HOÁ' are one spelling", () => {
    const expected = [{ code: "discipline", phrasing: "văn hóa công vụ", start: 0, end: 15 }];
    expect(matchCodelist("văn hoá công vụ", themes)).toEqual(expected);
    expect(matchCodelist("văn hóa công vụ", themes)).toEqual(expected);
    expect(matchCodelist("VĂN HOÁ CÔNG VỤ", themes)).toEqual(expected);
    expect(matchCodelist("van hoa cong vu", themes)).toEqual(expected);
  });

  it("reports one match per code and span when two phrasings of an entry fold alike", () => {
    const list = { id: "test", entries: [{ code: "peace", phrasings: ["hòa bình", "hoà bình"] }] };
    expect(matchCodelist("vì hoà bình", list)).toEqual([
      { code: "peace", phrasing: "hòa bình", start: 3, end: 11 },
    ]);
  });

  it(`${S000}:135 "báo cáo" (report) is not "báo" (newspaper)`, () => {
    const line = readSeedLines(S000, 135);
    expect(line).toContain("báo cáo");
    expect(matchCodelist(line, channels)).toEqual([]);
    expect(matchCodelist("Báo Tây Ninh", channels)).toEqual([
      { code: "press.newspaper", phrasing: "báo", start: 0, end: 3 },
    ]);
  });

  it("a one-syllable phrasing needs the same diacritics unless the text has none", () => {
    // 000:53 "Bảo hiểm y tế" (insurance) and 001:33 "Hiện đại hóa" (modernise) fold to "bao", "dai".
    expect(spans(readSeedLines(S000, 53), channels)).toEqual([["online", "nền tảng số"]]);
    expect(spans(readSeedLines(S001, 33), channels)).toEqual([]);
    expect(matchCodelist("BAO TAY NINH", channels)).toEqual([
      { code: "press.newspaper", phrasing: "báo", start: 0, end: 3 },
    ]);
    expect(matchCodelist("Trưởng các ban, ngành", officeKinds)).toEqual([]);
  });

  it(`a stop phrase masks what lies inside it but not a phrasing that covers it ("xã hội")`, () => {
    expect(spans("Phòng Lao động - Thương binh và Xã hội", officeKinds)).toEqual([]);
    expect(spans("Ủy ban MTTQ và các tổ chức chính trị - xã hội", officeKinds)).toEqual([
      ["front-mass-organisations", "MTTQ"],
      ["front-mass-organisations", "tổ chức chính trị - xã hội"],
    ]);
    expect(spans("Hội Nông dân xã", officeKinds)).toEqual([["front-mass-organisations", "Hội"]]);
  });

  it("options.stopPhrases replaces the codelist's default stop phrases", () => {
    expect(matchCodelist("báo cáo", channels)).toEqual([]);
    expect(matchCodelist("báo cáo", channels, { stopPhrases: [] })).toEqual([
      { code: "press.newspaper", phrasing: "báo", start: 0, end: 3 },
    ]);
    expect(matchCodelist("Báo Tây Ninh", channels, { stopPhrases: ["báo tây"] })).toEqual([]);
  });

  it(`${S000}:41 punctuation other than dashes and slashes must be in the phrasing`, () => {
    // "các hệ thống thông tin, cơ sở dữ liệu quốc gia" is not the grassroots information system of 000:123.
    expect(spans(readSeedLines(S000, 41), channels)).toEqual([
      ["online.public-service-portal", "Công Dịch vụ công"],
    ]);
    expect(spans(readSeedLines(S000, 123), channels)).toEqual([
      ["broadcast.commune-radio", "hệ thống thông tin cơ sở"],
    ]);
  });

  it("hyphens, dashes, slashes and '&' between syllables are interchangeable", () => {
    for (const name of [
      "Văn hóa – Xã hội",
      "Văn hóa-Xã hội",
      "Văn hóa Xã hội",
      "Văn hóa/Xã hội",
      "Văn hóa&Xã hội",
    ]) {
      expect(spans(name, officeKinds)).toEqual([
        ["culture-information", name],
        ["culture-information", "Văn hóa"],
      ]);
    }
  });

  it("never matches across a tab (a table cell's edge)", () => {
    expect(spans("Đài truyền thanh xã", channels)[0]).toEqual([
      "broadcast.commune-radio",
      "Đài truyền thanh xã",
    ]);
    expect(spans("Đài truyền thanh\txã", channels)).toEqual([
      ["broadcast", "Đài"],
      ["broadcast", "truyền thanh"],
    ]);
  });

  it("matches former names like phrasings and reports the name that matched", () => {
    expect(matchCodelist("Đẩy mạnh hiện đại hoá hành chính", themes)).toEqual([
      { code: "digital-government", phrasing: "hiện đại hóa hành chính", start: 9, end: 32 },
    ]);
  });

  it("finds nothing in text without phrasings, and nothing in empty text", () => {
    expect(matchCodelist("", channels)).toEqual([]);
    expect(matchCodelist("   \n\t ", themes)).toEqual([]);
    expect(matchCodelist("Lưu: VT.", audiences)).toEqual([]);
  });
});

const lists = [themes, channels, audiences, officeKinds] as const;
const allPhrasings = lists.flatMap((list) =>
  list.entries.flatMap((entry) => [
    ...entry.phrasings,
    ...(("formerNames" in entry ? entry.formerNames : undefined) ?? []),
  ]),
);

/** Text that mixes arbitrary graphemes with phrasings written in NFC or NFD, in any case. */
const textWithPhrasings = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc
        .tuple(fc.constantFrom(...allPhrasings), fc.constantFrom("NFC", "NFD"), fc.boolean())
        .map(([p, form, upper]) => (upper ? p.toUpperCase() : p).normalize(form)),
    ),
    { maxLength: 8 },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom(" ", ", ", "\n", " - ", "\t", ""), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((seps) => parts.map((p, i) => p + seps[i]).join("")),
  );

describe("matchCodelist properties", () => {
  it("never throws, and every span lies in the text, in order, and folds to its phrasing's key", () => {
    fc.assert(
      fc.property(textWithPhrasings, fc.constantFrom(...lists), (text, list) => {
        const matches = matchCodelist(text, list);
        let previous = -1;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(previous);
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(matchKey(text.slice(m.start, m.end))).toBe(matchKey(m.phrasing));
          previous = m.start;
        }
      }),
      { seed: 20240215, numRuns: 300 },
    );
  });

  it("never throws on arbitrary UTF-16, including lone surrogates and stray combining marks", () => {
    const codeUnit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom("b", "a", "o", "đ", "\u0300", "\u0301", "\u0302", "\u0323", " ", ",", "-", "\t"),
    );
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 40 }), fc.constantFrom(...lists), (text, list) => {
        for (const m of matchCodelist(text, list)) {
          expect(matchKey(text.slice(m.start, m.end))).toBe(matchKey(m.phrasing));
        }
      }),
      { seed: 20240216, numRuns: 300 },
    );
  });

  it("every phrasing written alone is found, in NFC or NFD, lower or upper case", () => {
    for (const list of lists) {
      for (const entry of list.entries) {
        for (const phrasing of entry.phrasings) {
          for (const text of [phrasing, phrasing.normalize("NFD"), phrasing.toUpperCase().normalize("NFD")]) {
            const found = matchCodelist(text, list, { stopPhrases: [] });
            expect(found.some((m) => m.code === entry.code && m.start === 0 && m.end === text.length)).toBe(
              true,
            );
          }
        }
      }
    }
  });
});

const oraclePhrases = new Map<
  object,
  Map<string, { code: string; phrasing: string; tokens: string[]; order: number }[]>
>();

/**
 * The matcher as first written, before its scanning was made fast (one
 * `fold` and `tokenize` a call, phrasings compiled and compared naively):
 * the oracle the fast matcher must agree with.
 */
function matchCodelistOracle(
  text: string,
  codelist: Parameters<typeof matchCodelist>[1],
  stopPhrases: readonly string[] = STOP_PHRASES[codelist.id] ?? [],
): ReturnType<typeof matchCodelist> {
  const folded = fold(text.replace(/\t/g, "|"));
  const tokens = tokenize(folded.text);
  type Compiled = { code: string; phrasing: string; tokens: string[]; order: number };
  const compile = (pairs: [string, string][]) => {
    const byHead = new Map<string, Compiled[]>();
    pairs.forEach(([code, phrasing], order) => {
      const phrase = { code, phrasing, tokens: phraseTokens(phrasing), order };
      const head = phrase.tokens[0];
      if (head !== undefined) byHead.set(head, [...(byHead.get(head) ?? []), phrase]);
    });
    return byHead;
  };
  const find = (byHead: Map<string, Compiled[]>) =>
    tokens.flatMap((token, i) =>
      (byHead.get(token.text) ?? [])
        .filter((p) => p.tokens.every((t, k) => tokens[i + k]?.text === t))
        .map((p) => ({ p, first: i, last: i + p.tokens.length - 1 })),
    );
  const stops = find(compile(stopPhrases.map((s) => ["", s])));
  let phrases = oraclePhrases.get(codelist);
  if (!phrases) {
    const pairs = codelist.entries.flatMap((e) =>
      [...e.phrasings, ...(e.formerNames ?? [])].map((p): [string, string] => [e.code, p]),
    );
    phrases = compile(pairs);
    oraclePhrases.set(codelist, phrases);
  }
  const seen = new Set<string>();
  const out: { code: string; phrasing: string; start: number; end: number; order: number }[] = [];
  for (const { p, first, last } of find(phrases)) {
    if (stops.some((s) => first <= s.last && s.first <= last && !(first <= s.first && s.last <= last)))
      continue;
    const start = folded.offsets[(tokens[first] as { start: number }).start] as number;
    let end = (folded.offsets[(tokens[last] as { end: number }).end - 1] as number) + 1;
    while (end < text.length && /[\u0300-\u036f]/.test(text[end] as string)) end++;
    const [a, b] = [diacriticSignature(p.phrasing), diacriticSignature(text.slice(start, end))];
    if (p.tokens.length === 1 && a !== "" && b !== "" && a !== b) continue;
    if (seen.has(`${p.code} ${start} ${end}`)) continue;
    seen.add(`${p.code} ${start} ${end}`);
    out.push({ code: p.code, phrasing: p.phrasing, start, end, order: p.order });
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end || x.order - y.order);
  return out.map(({ code, phrasing, start, end }) => ({ code, phrasing, start, end }));
}

describe("matchCodelist agrees with the plain matcher", () => {
  const lists = [themes, channels, audiences, officeKinds];

  it("on every quoted seed line, as written, in NFD and in capitals, for every codelist", () => {
    for (const line of quotedSeedLines()) {
      for (const text of [line, line.normalize("NFD"), line.toUpperCase()]) {
        for (const list of lists) expect(matchCodelist(text, list)).toEqual(matchCodelistOracle(text, list));
      }
    }
  });

  it("on any mix of phrasings, stop phrases and odd characters, with given stop phrases too", () => {
    const words = [...channels.entries.flatMap((e) => e.phrasings), ...(STOP_PHRASES.channels ?? [])];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(" ", ", ", "\t", "\n", "-", "\u0301", "İ", "\ud83d\ude00", "BÁO", "bảo"),
      fc.string({ unit: "grapheme", maxLength: 3 }),
    );
    const given = ["báo cáo", "xã hội"];
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(matchCodelist(text, channels)).toEqual(matchCodelistOracle(text, channels));
        expect(matchCodelist(text, channels, { stopPhrases: given })).toEqual(
          matchCodelistOracle(text, channels, given),
        );
      }),
      { seed: 63, numRuns: 500 },
    );
  });
});
