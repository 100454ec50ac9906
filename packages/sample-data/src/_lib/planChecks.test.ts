import { Plan } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { plan000 } from "../plans/plan000";
import {
  duplicateIds,
  itemsWithoutLines,
  lineRanges,
  linesOutsideDocument,
  quotedStrings,
  type SplitQuote,
  seedLineCount,
  unknownCodes,
  unquotedStrings,
  unresolvedAssignees,
  unresolvedParents,
  unusedOfficesAndGroups,
} from "./planChecks";

const FILE = "000_34833a3694ee8a96.txt";

/** A small plan cut from 000: its parent plan (000:7), item 9 (000:69), forms item III.1 (000:75-79), one recipient and the signature. */
const small: Plan = {
  schemaVersion: "1.2",
  id: "000-small",
  title: "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn xã Sơn Mầu",
  documentType: "plan",
  unit: {
    name: "Sơn Mầu",
    kind: "xa",
    level: "commune",
    era: "three-tier",
    parents: [{ kind: "huyen", name: "Sơn Tây" }],
    match: "not-checked",
  },
  issuer: { body: "people-committee", level: "commune", wording: "Ủy ban nhân dân xã Sơn Mầu" },
  period: { start: "2024", end: "2024" },
  status: "issued",
  references: [
    {
      type: "ke-hoach",
      number: "31",
      symbol: "31/KH-UBND",
      date: { year: 2024, month: 2, day: 21, raw: "21/02/2024" },
      issuer: "UBND huyện Sơn Tây",
      role: "parent-plan",
      raw: "Kế hoạch số 31/KH-UBND ngày 21/02/2024 của UBND huyện Sơn Tây",
      lines: { start: 7, end: 7 },
    },
  ],
  purposes: [],
  requirements: [],
  audiences: ["officials"],
  contentItems: [
    {
      id: "c-9",
      ref: "9",
      text: "Các mô hình đang được triển khai thí điểm, các điển hình trong việc thực hiện CCHC ở các cơ quan, đơn vị, địa phương.",
      lines: { start: 69, end: 69 },
      themes: ["models-initiatives"],
    },
  ],
  formsItems: [],
  activities: [
    {
      id: "a-1",
      title: "cập nhật, công bố, công khai các TTHC",
      themes: [],
      channels: ["online.web-portal"],
      audiences: [],
      assignees: [
        { ref: "vp", role: "lead", wording: "Văn phòng UBND xã" },
        { ref: "related", role: "coordinating", wording: "Các Ban, ngành và đơn vị liên quan" },
      ],
      timeframe: { kind: "continuous", raw: "Thường xuyên trong năm" },
      quotas: [],
      products: [],
      targets: [],
      origin: { section: "forms-item", ref: "III.1", lines: { start: 75, end: 79 } },
    },
  ],
  offices: [{ id: "vp", name: "Văn phòng UBND xã", kind: "committee-office", aliases: [] }],
  assigneeGroups: [
    {
      id: "related",
      label: "Các Ban, ngành và đơn vị liên quan",
      aliases: [],
      members: "offices",
      scope: "related",
    },
  ],
  reporting: [],
  targets: [],
  recipients: [{ name: "Phòng Nội vụ huyện", lines: { start: 159, end: 159 } }],
  signatory: { name: "Võ Thế Vinh", title: "CHỦ TỊCH", form: "direct", lines: { start: 166, end: 168 } },
  provenance: { document: FILE, lines: { start: 1, end: 169 }, method: "hand-encoded", synthetic: false },
};

/** A copy of the small plan with one change made to it. */
function changed(change: (plan: Plan) => void): Plan {
  const copy = structuredClone(small);
  change(copy);
  return copy;
}

/** Sets the value a JSON Pointer names. */
function setAt(root: unknown, pointer: string, value: unknown): void {
  const keys = pointer.split("/").slice(1);
  const last = keys.pop() ?? "";
  const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], root);
  (parent as Record<string, unknown>)[last] = value;
}

it("crafts a small plan that is a valid Plan", () => {
  expect(Plan.parse(small)).toStrictEqual(small);
});

describe("quotedStrings", () => {
  it("finds every quoting field with its own lines, an activity's origin lines, or none (whole document)", () => {
    const whole = undefined;
    const l7 = { start: 7, end: 7 };
    const origin = { start: 75, end: 79 };
    expect(quotedStrings(small)).toEqual([
      { path: "/title", field: "title", quote: small.title, lines: whole },
      { path: "/unit/name", field: "name", quote: "Sơn Mầu", lines: whole },
      { path: "/unit/parents/0/name", field: "name", quote: "Sơn Tây", lines: whole },
      { path: "/issuer/wording", field: "wording", quote: "Ủy ban nhân dân xã Sơn Mầu", lines: whole },
      { path: "/references/0/number", field: "number", quote: "31", lines: l7 },
      { path: "/references/0/symbol", field: "symbol", quote: "31/KH-UBND", lines: l7 },
      { path: "/references/0/date/raw", field: "raw", quote: "21/02/2024", lines: l7 },
      { path: "/references/0/issuer", field: "issuer", quote: "UBND huyện Sơn Tây", lines: l7 },
      { path: "/references/0/raw", field: "raw", quote: small.references[0]?.raw, lines: l7 },
      {
        path: "/contentItems/0/text",
        field: "text",
        quote: small.contentItems[0]?.text,
        lines: { start: 69, end: 69 },
      },
      { path: "/activities/0/title", field: "title", quote: small.activities[0]?.title, lines: origin },
      {
        path: "/activities/0/assignees/0/wording",
        field: "wording",
        quote: "Văn phòng UBND xã",
        lines: origin,
      },
      {
        path: "/activities/0/assignees/1/wording",
        field: "wording",
        quote: "Các Ban, ngành và đơn vị liên quan",
        lines: origin,
      },
      { path: "/activities/0/timeframe/raw", field: "raw", quote: "Thường xuyên trong năm", lines: origin },
      { path: "/offices/0/name", field: "name", quote: "Văn phòng UBND xã", lines: whole },
      {
        path: "/assigneeGroups/0/label",
        field: "label",
        quote: "Các Ban, ngành và đơn vị liên quan",
        lines: whole,
      },
      {
        path: "/recipients/0/name",
        field: "name",
        quote: "Phòng Nội vụ huyện",
        lines: { start: 159, end: 159 },
      },
      { path: "/signatory/name", field: "name", quote: "Võ Thế Vinh", lines: { start: 166, end: 168 } },
      { path: "/signatory/title", field: "title", quote: "CHỦ TỊCH", lines: { start: 166, end: 168 } },
    ]);
  });

  it("reaches list fields (aliases, products, to) item by item", () => {
    const plan = changed((p) => {
      p.offices[0]?.aliases.push("Văn phòng – Thống kê");
      p.reporting.push({ cadences: ["integrated"], reporters: [], to: ["UBND xã"] });
    });
    expect(quotedStrings(plan).filter((q) => ["aliases", "to"].includes(q.field))).toEqual([
      { path: "/offices/0/aliases/0", field: "aliases", quote: "Văn phòng – Thống kê", lines: undefined },
      { path: "/reporting/0/to/0", field: "to", quote: "UBND xã", lines: undefined },
    ]);
  });
});

describe("unquotedStrings", () => {
  it("finds nothing wrong with the small plan", () => {
    expect(unquotedStrings(small, FILE)).toEqual([]);
  });

  it("catches a changed word: UBND huyện for UBND xã (000:77)", () => {
    const plan = changed((p) => setAt(p, "/activities/0/assignees/0/wording", "Văn phòng UBND huyện"));
    expect(unquotedStrings(plan, FILE)).toEqual([
      {
        code: "quote-not-verbatim",
        path: "/activities/0/assignees/0/wording",
        params: { quote: "Văn phòng UBND huyện", start: 75, end: 79 },
      },
    ]);
  });

  it("catches lost diacritics, and a quote true elsewhere but not in its own lines (000:159)", () => {
    const noMarks = changed((p) => setAt(p, "/recipients/0/name", "Phong Noi vu huyen"));
    const moved = changed((p) => setAt(p, "/recipients/0/lines", { start: 160, end: 160 }));
    expect([...unquotedStrings(noMarks, FILE), ...unquotedStrings(moved, FILE)]).toEqual([
      {
        code: "quote-not-verbatim",
        path: "/recipients/0/name",
        params: { quote: "Phong Noi vu huyen", start: 159, end: 159 },
      },
      {
        code: "quote-not-verbatim",
        path: "/recipients/0/name",
        params: { quote: "Phòng Nội vụ huyện", start: 160, end: 160 },
      },
    ]);
  });

  it("checks a quote with no lines against the whole document: Sơn Màu is the lists' spelling, not 000's", () => {
    const plan = changed((p) => setAt(p, "/unit/name", "Sơn Màu"));
    expect(unquotedStrings(plan, FILE)).toEqual([
      { code: "quote-not-verbatim", path: "/unit/name", params: { quote: "Sơn Màu", start: 1, end: 169 } },
    ]);
  });

  it("ignores case in titles and spaces around / and - in symbols, nothing else (000:7, 000:75)", () => {
    const loose = changed((p) => {
      setAt(p, "/activities/0/title", "CẬP NHẬT, CÔNG BỐ");
      setAt(p, "/references/0/symbol", "31 / KH - UBND");
    });
    const wrong = changed((p) => {
      setAt(p, "/activities/0/title", "Cập nhật, công bố các TTHC");
      setAt(p, "/references/0/symbol", "31/KH-UBNDX");
    });
    expect(unquotedStrings(loose, FILE)).toEqual([]);
    expect(unquotedStrings(wrong, FILE).map((p) => p.path)).toEqual([
      "/references/0/symbol",
      "/activities/0/title",
    ]);
  });

  it("catches a changed word at every one of the 253 quotes of plan000, each at its own path", () => {
    const quotes = quotedStrings(plan000);
    // A JSON copy, so objects the plan shares between activities are changed in one place only.
    const copy = JSON.parse(JSON.stringify(plan000)) as Plan;
    for (const { path, quote } of quotes) setAt(copy, path, `${quote} qqx`);
    expect(quotes).toHaveLength(253);
    expect(unquotedStrings(copy, FILE).map((p) => [p.code, p.path])).toEqual(
      quotes.map((q) => ["quote-not-verbatim", q.path]),
    );
  });

  describe("with quotes the source splits", () => {
    // Lines 77 and 79 of 000 joined, as if line 78 were a page number between them.
    const joined = "Bộ phận thực hiện: Văn phòng UBND xã. Thời gian thực hiện: Thường xuyên trong năm.";
    const plan = changed((p) => setAt(p, "/activities/0/description", joined));
    const pieces = [
      { text: "Bộ phận thực hiện: Văn phòng UBND xã.", lines: { start: 77, end: 77 } },
      { text: "Thời gian thực hiện: Thường xuyên trong năm.", lines: { start: 79, end: 79 } },
    ];
    const split = (...p: SplitQuote["pieces"]): SplitQuote[] => [
      { path: "/activities/0/description", pieces: p },
    ];

    it("reports the joined quote without an allowance, and accepts it with one (000:77, 000:79)", () => {
      expect(unquotedStrings(plan, FILE)).toEqual([
        {
          code: "quote-not-verbatim",
          path: "/activities/0/description",
          params: { quote: joined, start: 75, end: 79 },
        },
      ]);
      expect(unquotedStrings(plan, FILE, { splitQuotes: split(...pieces) })).toEqual([]); // bounded-spread: two pieces
    });

    it("checks each piece in its own lines, inside the quote's lines", () => {
      const [first, second] = pieces as [(typeof pieces)[0], (typeof pieces)[0]];
      const wrongLines = { text: second.text, lines: { start: 78, end: 78 } };
      const outside = { text: "Văn phòng UBND xã", lines: { start: 137, end: 137 } };
      expect(unquotedStrings(plan, FILE, { splitQuotes: split(first, wrongLines) })).toEqual([
        {
          code: "split-quote-mismatch",
          path: "/activities/0/description",
          params: { reason: "piece-not-in-its-lines", piece: second.text, start: 78, end: 78 },
        },
      ]);
      expect(unquotedStrings(plan, FILE, { splitQuotes: split(first, outside) })).toEqual([
        {
          code: "split-quote-mismatch",
          path: "/activities/0/description",
          params: { reason: "not-its-pieces", joined: `${first.text} Văn phòng UBND xã` },
        },
        {
          code: "split-quote-mismatch",
          path: "/activities/0/description",
          params: { reason: "piece-not-in-its-lines", piece: "Văn phòng UBND xã", start: 137, end: 137 },
        },
      ]);
    });

    it("reports an allowance that is not needed or names no quote", () => {
      const stale: SplitQuote[] = [
        {
          path: "/activities/0/timeframe/raw",
          pieces: [{ text: "Thường xuyên trong năm", lines: { start: 79, end: 79 } }],
        },
        { path: "/activities/9/description", pieces },
      ];
      expect(unquotedStrings(small, FILE, { splitQuotes: stale })).toEqual([
        {
          code: "split-quote-unneeded",
          path: "/activities/0/timeframe/raw",
          params: { reason: "quote-is-verbatim" },
        },
        {
          code: "split-quote-unneeded",
          path: "/activities/9/description",
          params: { reason: "no-such-quote" },
        },
      ]);
    });
  });
});

describe("seedLineCount", () => {
  it("counts 169 lines in 000, whose last line ends with a newline, and 431 in 003, whose does not", () => {
    expect([seedLineCount(FILE), seedLineCount("003_c2f82bd70c212939.txt")]).toEqual([169, 431]);
  });
});

describe("lineRanges and linesOutsideDocument", () => {
  it("lists every range, origins included", () => {
    expect(lineRanges(small).map((r) => r.path)).toEqual([
      "/references/0/lines",
      "/contentItems/0/lines",
      "/activities/0/origin/lines",
      "/recipients/0/lines",
      "/signatory/lines",
      "/provenance/lines",
    ]);
  });

  it("catches a range past the end, one that ends before it starts, and an origin past the end", () => {
    const plan = changed((p) => {
      setAt(p, "/recipients/0/lines", { start: 170, end: 170 });
      setAt(p, "/contentItems/0/lines", { start: 69, end: 68 });
      setAt(p, "/activities/0/origin/lines", { start: 75, end: 200 });
    });
    expect(linesOutsideDocument(small, 169)).toEqual([]);
    expect(linesOutsideDocument(plan, 169)).toEqual([
      {
        code: "lines-outside-document",
        path: "/contentItems/0/lines",
        params: { start: 69, end: 68, lineCount: 169 },
      },
      {
        code: "lines-outside-document",
        path: "/activities/0/origin/lines",
        params: { start: 75, end: 200, lineCount: 169 },
      },
      {
        code: "lines-outside-document",
        path: "/recipients/0/lines",
        params: { start: 170, end: 170, lineCount: 169 },
      },
    ]);
  });
});

describe("itemsWithoutLines", () => {
  it("catches a recipient and a content item that do not say where they stand", () => {
    const plan = changed((p) => {
      delete p.recipients[0]?.lines;
      delete p.contentItems[0]?.lines;
    });
    expect(itemsWithoutLines(small)).toEqual([]);
    expect(itemsWithoutLines(plan)).toEqual([
      { code: "item-without-lines", path: "/contentItems/0", params: {} },
      { code: "item-without-lines", path: "/recipients/0", params: {} },
    ]);
  });
});

describe("duplicateIds", () => {
  it("catches an office whose id repeats an activity's, in one name space", () => {
    const plan = changed((p) => setAt(p, "/offices/0/id", "a-1"));
    expect(duplicateIds(small)).toEqual([]);
    expect(duplicateIds(plan)).toEqual([
      { code: "id-duplicate", path: "/offices/0/id", params: { id: "a-1", first: "/activities/0/id" } },
    ]);
  });
});

describe("unresolvedAssignees and unusedOfficesAndGroups", () => {
  it("catches a dangling ref and a wording the office does not list", () => {
    const plan = changed((p) => {
      setAt(p, "/activities/0/assignees/0/ref", "vhxh");
      setAt(p, "/activities/0/assignees/1/wording", "Các ban, ngành");
      p.reporting.push({ cadences: ["integrated"], reporters: [], to: [], via: { ref: "tc-kt" } });
    });
    expect(unresolvedAssignees(small)).toEqual([]);
    expect(unresolvedAssignees(plan)).toEqual([
      { code: "assignee-unresolved", path: "/activities/0/assignees/0/ref", params: { ref: "vhxh" } },
      {
        code: "assignee-wording-unlisted",
        path: "/activities/0/assignees/1/wording",
        params: { ref: "related", wording: "Các ban, ngành" },
      },
      { code: "assignee-unresolved", path: "/reporting/0/via/ref", params: { ref: "tc-kt" } },
    ]);
  });

  it("accepts a wording listed among the aliases (000:137)", () => {
    const plan = changed((p) => {
      setAt(p, "/activities/0/assignees/0/wording", "Văn phòng – Thống kê");
      p.offices[0]?.aliases.push("Văn phòng – Thống kê");
    });
    expect(unresolvedAssignees(plan)).toEqual([]);
  });

  it("catches an office no task, report or budget names", () => {
    const plan = changed((p) => {
      p.offices.push({ id: "tp", name: "Tư pháp – hộ tịch", kind: "justice", aliases: [] });
    });
    expect(unusedOfficesAndGroups(small)).toEqual([]);
    expect(unusedOfficesAndGroups(plan)).toEqual([
      { code: "office-unused", path: "/offices/1", params: { id: "tp" } },
    ]);
  });

  it("reads the assignees of sub-tasks and the reporters and offices of an escalation (002:141)", () => {
    const plan = changed((p) => {
      p.offices.push({ id: "tp", name: "Tư pháp – hộ tịch", kind: "justice", aliases: [] });
      p.offices.push({ id: "nv", name: "Nội vụ", kind: "home-affairs", aliases: [] });
      const [a] = p.activities;
      if (a)
        a.subtasks = [
          { id: "a-1.a", text: "x", assignees: [{ ref: "tp", role: "lead", wording: "Tư pháp" }] },
        ];
      p.escalation = [
        { trigger: "nếu có vướng mắc", reporters: [{ ref: "gone" }], via: [{ ref: "nv" }], to: [] },
      ];
    });
    expect(unusedOfficesAndGroups(plan)).toEqual([]);
    expect(unresolvedAssignees(plan)).toEqual([
      {
        code: "assignee-wording-unlisted",
        path: "/activities/0/subtasks/0/assignees/0/wording",
        params: { ref: "tp", wording: "Tư pháp" },
      },
      { code: "assignee-unresolved", path: "/escalation/0/reporters/0/ref", params: { ref: "gone" } },
    ]);
  });
});

describe("unresolvedParents", () => {
  it("catches a content item whose parent is not a content item", () => {
    const plan = changed((p) => setAt(p, "/contentItems/0/parentId", "c-4"));
    expect(unresolvedParents(small)).toEqual([]);
    expect(unresolvedParents(plan)).toEqual([
      { code: "parent-unresolved", path: "/contentItems/0/parentId", params: { parentId: "c-4" } },
    ]);
  });
});

describe("unknownCodes", () => {
  it("catches an unknown theme, channel and audience code", () => {
    const plan = changed((p) => {
      setAt(p, "/contentItems/0/themes/0", "reform");
      setAt(p, "/activities/0/channels/0", "radio");
      setAt(p, "/audiences/0", "everyone");
    });
    expect(unknownCodes(small)).toEqual([]);
    expect(unknownCodes(plan)).toEqual([
      { code: "code-unknown", path: "/contentItems/0/themes/0", params: { list: "themes", code: "reform" } },
      { code: "code-unknown", path: "/activities/0/channels/0", params: { list: "channels", code: "radio" } },
      { code: "code-unknown", path: "/audiences/0", params: { list: "audiences", code: "everyone" } },
    ]);
  });

  it("catches an unknown code in a sub-task", () => {
    const plan = changed((p) => {
      const [a] = p.activities;
      if (a) a.subtasks = [{ id: "a-1.a", text: "x", themes: ["procedures"], channels: ["radio"] }];
    });
    expect(unknownCodes(plan)).toEqual([
      {
        code: "code-unknown",
        path: "/activities/0/subtasks/0/channels/0",
        params: { list: "channels", code: "radio" },
      },
    ]);
  });
});
