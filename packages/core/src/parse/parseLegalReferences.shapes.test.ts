import { describe, expect, it } from "vitest";
import type { DocumentType, LegalReference } from "../model/LegalReference";
import type { PartialDate } from "../model/PartialDate";
import { parseLegalReferences } from "./parseLegalReferences";

// Citations in the shapes real documents give them (issue 12 §4): the State's symbols of Nghị định
// 30/2020/NĐ-CP (number/type-issuer), the Party's (number-type/issuer), official letters
// (number/issuer-unit). The phrases are our own, written in those shapes.

const on = (day: number, month: number, year: number, raw: string): PartialDate => ({
  year,
  month,
  day,
  raw,
});
const ref = (
  type: DocumentType,
  symbol: { number: string; typeCode?: string; issuerCode: string; symbol: string },
  raw: string,
  more: Partial<LegalReference> = {},
): LegalReference => ({ type, ...symbol, ...more, role: "cited", raw });
const state = (number: string, typeCode: string, issuerCode: string) => ({
  number,
  typeCode,
  issuerCode,
  symbol: `${number}/${typeCode}-${issuerCode}`,
});
const party = (number: string, typeCode: string, issuerCode: string) => ({
  number,
  typeCode,
  issuerCode,
  symbol: `${number}-${typeCode}/${issuerCode}`,
});
const letter = (number: string, issuerCode: string) => ({
  number,
  issuerCode,
  symbol: `${number}/${issuerCode}`,
});

describe("parseLegalReferences on the document types of the Party and of other bodies", () => {
  it.each([
    [
      "Chương trình hành động số 16-CTr/TU",
      ref("chuong-trinh", party("16", "CTr", "TU"), "Chương trình hành động số 16-CTr/TU"),
    ],
    ["Tờ trình số 118/TTr-STTTT", ref("to-trinh", state("118", "TTr", "STTTT"), "Tờ trình số 118/TTr-STTTT")],
    ["Báo cáo số 45/BC-UBND", ref("bao-cao", state("45", "BC", "UBND"), "Báo cáo số 45/BC-UBND")],
    // A notice of conclusions is a notice: its symbol's type code is TB, a conclusion's is KL.
    [
      "Thông báo kết luận số 12-TB/TU",
      ref("thong-bao", party("12", "TB", "TU"), "Thông báo kết luận số 12-TB/TU"),
    ],
    ["Kết luận số 21-KL/TW", ref("ket-luan", party("21", "KL", "TW"), "Kết luận số 21-KL/TW")],
    ["Hướng dẫn số 05-HD/BTGTW", ref("huong-dan", party("05", "HD", "BTGTW"), "Hướng dẫn số 05-HD/BTGTW")],
    [
      "Công văn số 5104/BTTTT-PTTH&TTĐT",
      ref("cong-van", letter("5104", "BTTTT-PTTH&TTĐT"), "Công văn số 5104/BTTTT-PTTH&TTĐT"),
    ],
    ["Văn bản số 123/UBND-NC", ref("cong-van", letter("123", "UBND-NC"), "Văn bản số 123/UBND-NC")],
    // "văn bản" is any document: the symbol's type code says which.
    ["theo văn bản số 31/KH-UBND", ref("ke-hoach", state("31", "KH", "UBND"), "văn bản số 31/KH-UBND")],
  ] as const)("%j", (input, expected) => {
    expect(parseLegalReferences(input)).toEqual({ ok: true, value: [expected] });
  });

  it("an official letter with its date, issuer and subject", () => {
    const input =
      "Thực hiện Công văn số 5104/BTTTT-PTTH&TTĐT ngày 20/12/2023 của Bộ Thông tin và Truyền thông về việc hướng dẫn tuyên truyền năm 2024;";
    expect(parseLegalReferences(input)).toEqual({
      ok: true,
      value: [
        ref(
          "cong-van",
          letter("5104", "BTTTT-PTTH&TTĐT"),
          "Công văn số 5104/BTTTT-PTTH&TTĐT ngày 20/12/2023 của Bộ Thông tin và Truyền thông về việc hướng dẫn tuyên truyền năm 2024",
          {
            date: on(20, 12, 2023, "20/12/2023"),
            issuer: "Bộ Thông tin và Truyền thông",
            title: "về việc hướng dẫn tuyên truyền năm 2024",
          },
        ),
      ],
    });
  });
});

describe("parseLegalReferences on symbols in every spacing and order", () => {
  it.each([
    ["Kế hoạch số 31/KH-UBND", ref("ke-hoach", state("31", "KH", "UBND"), "Kế hoạch số 31/KH-UBND")],
    ["Chương trình số 16-CTr/TU", ref("chuong-trinh", party("16", "CTr", "TU"), "Chương trình số 16-CTr/TU")],
    ["Nghị quyết số 04-NQ/TU", ref("nghi-quyet", party("04", "NQ", "TU"), "Nghị quyết số 04-NQ/TU")],
    [
      "Tờ trình số 118/TTr- STTTT",
      ref("to-trinh", state("118", "TTr", "STTTT"), "Tờ trình số 118/TTr- STTTT"),
    ],
    ["Kế hoạch số 31 /KH - UBND", ref("ke-hoach", state("31", "KH", "UBND"), "Kế hoạch số 31 /KH - UBND")],
    ["Nghị quyết số 04 - NQ/ TU", ref("nghi-quyet", party("04", "NQ", "TU"), "Nghị quyết số 04 - NQ/ TU")],
    [
      "Nghị định số 30/2020/NĐ-CP",
      ref(
        "nghi-dinh",
        { number: "30", typeCode: "NĐ", issuerCode: "CP", symbol: "30/2020/NĐ-CP" },
        "Nghị định số 30/2020/NĐ-CP",
      ),
    ],
    [
      "Thông tư số 01/2011/TT-BNV",
      ref(
        "thong-tu",
        { number: "01", typeCode: "TT", issuerCode: "BNV", symbol: "01/2011/TT-BNV" },
        "Thông tư số 01/2011/TT-BNV",
      ),
    ],
  ] as const)("%j", (input, expected) => {
    expect(parseLegalReferences(input)).toEqual({ ok: true, value: [expected] });
  });
});

describe("parseLegalReferences reads codes written in lower case in their canonical capitals", () => {
  it.each([
    ["Kế hoạch số 31/kh-ubnd", ref("ke-hoach", state("31", "KH", "UBND"), "Kế hoạch số 31/kh-ubnd")],
    ["Quyết định số 1291/qđ-ttg", ref("quyet-dinh", state("1291", "QĐ", "TTg"), "Quyết định số 1291/qđ-ttg")],
    ["Quyết định số 1291/QĐ-TTG", ref("quyet-dinh", state("1291", "QĐ", "TTg"), "Quyết định số 1291/QĐ-TTG")],
    ["Nghị quyết số 04-nq/tu", ref("nghi-quyet", party("04", "NQ", "TU"), "Nghị quyết số 04-nq/tu")],
    [
      "Chương trình hành động số 16-ctr/tu",
      ref("chuong-trinh", party("16", "CTr", "TU"), "Chương trình hành động số 16-ctr/tu"),
    ],
    ["Tờ trình số 118/ttr-stttt", ref("to-trinh", state("118", "TTr", "STTTT"), "Tờ trình số 118/ttr-stttt")],
    ["Quy định số 08-qđi/tw", ref("quy-dinh", party("08", "QĐi", "TW"), "Quy định số 08-qđi/tw")],
    [
      "Công văn số 5104/btttt-ptth&ttđt",
      ref("cong-van", letter("5104", "BTTTT-PTTH&TTĐT"), "Công văn số 5104/btttt-ptth&ttđt"),
    ],
  ] as const)("%j", (input, expected) => {
    expect(parseLegalReferences(input)).toEqual({ ok: true, value: [expected] });
  });
});

describe("parseLegalReferences: a short name given in the text is no reference of its own", () => {
  it.each([
    "(sau đây viết tắt là Quyết định số 765)",
    "(sau đây gọi tắt là Quyết định số 765)",
    "(gọi tắt là Quyết định số 765)",
    "(viết tắt là Quyết định số 765)",
    "(sau đây gọi là Quyết định số 765/QĐ-UBND)",
    '(sau đây gọi tắt là "Quyết định số 765")',
  ])("%j after the reference it names", (alias) => {
    const input = `Căn cứ Quyết định số 765/QĐ-UBND ngày 10/3/2024 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính năm 2024 ${alias};`;
    expect(parseLegalReferences(input)).toEqual({
      ok: true,
      value: [
        ref(
          "quyet-dinh",
          state("765", "QĐ", "UBND"),
          "Quyết định số 765/QĐ-UBND ngày 10/3/2024 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính năm 2024",
          {
            date: on(10, 3, 2024, "10/3/2024"),
            issuer: "UBND tỉnh",
            title: "về việc ban hành Kế hoạch cải cách hành chính năm 2024",
          },
        ),
      ],
    });
  });

  it("the references after a short name are read as usual", () => {
    const input =
      "Kế hoạch số 12/KH-UBND ngày 15/01/2024 (sau đây gọi tắt là Kế hoạch số 12) và Kế hoạch số 31/KH-UBND ngày 21/02/2024";
    expect(parseLegalReferences(input)).toEqual({
      ok: true,
      value: [
        ref("ke-hoach", state("12", "KH", "UBND"), "Kế hoạch số 12/KH-UBND ngày 15/01/2024", {
          date: on(15, 1, 2024, "15/01/2024"),
        }),
        ref("ke-hoach", state("31", "KH", "UBND"), "Kế hoạch số 31/KH-UBND ngày 21/02/2024", {
          date: on(21, 2, 2024, "21/02/2024"),
        }),
      ],
    });
  });

  it("a later mention of the document by number alone is still read", () => {
    // Only the words "gọi tắt là" / "viết tắt là" mark a short name; a plain later mention is a citation.
    const result = parseLegalReferences("Thực hiện Quyết định số 765, UBND xã ban hành Kế hoạch");
    expect(result).toEqual({
      ok: true,
      value: [{ type: "quyet-dinh", number: "765", role: "cited", raw: "Quyết định số 765" }],
    });
  });
});

describe("parseLegalReferences reads each reference's type from its own words", () => {
  it("two types in one sentence", () => {
    const input =
      "Căn cứ Quyết định số 1291/QĐ-TTg ngày 07/10/2019 của Thủ tướng Chính phủ và Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh";
    expect(parseLegalReferences(input)).toEqual({
      ok: true,
      value: [
        ref(
          "quyet-dinh",
          state("1291", "QĐ", "TTg"),
          "Quyết định số 1291/QĐ-TTg ngày 07/10/2019 của Thủ tướng Chính phủ",
          { date: on(7, 10, 2019, "07/10/2019"), issuer: "Thủ tướng Chính phủ" },
        ),
        ref("ke-hoach", state("12", "KH", "UBND"), "Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh", {
          date: on(15, 1, 2024, "15/01/2024"),
          issuer: "UBND tỉnh",
        }),
      ],
    });
  });

  it("Party and State documents, a report and a submission in one sentence", () => {
    const input =
      "Thực hiện Chương trình hành động số 16-CTr/TU của Tỉnh ủy, Báo cáo số 45/BC-UBND và Tờ trình số 118/TTr-STTTT";
    const result = parseLegalReferences(input);
    expect(result.ok && result.value.map((r) => [r.type, r.symbol])).toEqual([
      ["chuong-trinh", "16-CTr/TU"],
      ["bao-cao", "45/BC-UBND"],
      ["to-trinh", "118/TTr-STTTT"],
    ]);
  });

  it("a document listed after another type's word is of the type its symbol names", () => {
    const result = parseLegalReferences("Quyết định số 12/QĐ-UBND và 15/KH-UBND của UBND huyện");
    expect(result.ok && result.value.map((r) => [r.type, r.symbol])).toEqual([
      ["quyet-dinh", "12/QĐ-UBND"],
      ["ke-hoach", "15/KH-UBND"],
    ]);
  });
});

describe("parseLegalReferences with { unnumbered: true } on the new types", () => {
  it("a report, a submission or a letter named without a number is a common noun, not a citation", () => {
    const input =
      "Gửi báo cáo kết quả thực hiện năm 2024 và tờ trình đề nghị khen thưởng năm 2024 về Sở Nội vụ";
    expect(parseLegalReferences(input, { unnumbered: true })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: "legal-reference.none-found" }),
    });
  });
});
