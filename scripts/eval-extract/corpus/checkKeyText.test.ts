import { describe, expect, it } from "vitest";
import { CorpusKey } from "./CorpusKey";
import { checkKeyText } from "./checkKeyText";

const key = CorpusKey.parse({
  id: "x01-test",
  file: "x01-test.txt",
  documentKind: "plan",
  era: "three-tier",
  shapes: [],
  number: "31",
  symbol: "KH-UBND",
  issueDate: "2024-02-21",
  issuer: { body: "party", level: "district" },
  unit: null,
  period: { start: "2024", end: "2024" },
  title: "Tuyên truyền cải cách hành chính năm 2024",
  references: [
    { type: "chuong-trinh", number: "16", symbol: "16-CTr/TU", role: "basis" },
    { type: "cong-van", number: "5104", symbol: "5104/BTTTT-PTTH&TTĐT", role: "cited" },
  ],
  mentions: [],
});
// The number line in lower case, the letter's symbol with a space after its dash, as real texts print them.
const text = [
  "Số: 31/kh-ubnd",
  "Căn cứ Chương trình hành động số 16-CTr/TU của Tỉnh ủy;",
  "Thực hiện Công văn số 5104/BTTTT- PTTH&TTĐT của Bộ Thông tin và Truyền thông;",
].join("\n");

describe("checkKeyText", () => {
  it("finds canonical symbols in lower case and with spaces after a dash", () => {
    expect(checkKeyText({ id: key.id, text, key })).toEqual([]);
  });

  it("names a mistyped number and a mistyped reference symbol", () => {
    const typo = {
      ...key,
      number: "13",
      references: [
        key.references[0] as CorpusKey["references"][number],
        { ...(key.references[1] as CorpusKey["references"][number]), symbol: "5140/BTTTT-PTTH&TTĐT" },
      ],
    };
    expect(checkKeyText({ id: key.id, text, key: typo }).map((p) => [p.code, p.field])).toEqual([
      ["corpus.not-in-text", "number"],
      ["corpus.not-in-text", "references.1.symbol"],
    ]);
  });
});
