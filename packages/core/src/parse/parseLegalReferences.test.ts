import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quotedSeedLines, seedLines } from "../_testing/seedLines";
import { VIETNAMESE_FRAGMENTS } from "../_testing/vietnameseFragments";
import { LegalReference } from "../model/LegalReference";
import type { PartialDate } from "../model/PartialDate";
import { comparable, moveToneMarks, wrapLine } from "./_lib/spellingVariants";
import { parseLegalReferences } from "./parseLegalReferences";
import { parseFailureMessages } from "./parseMessages";

const on = (day: number, month: number, year: number, raw: string): PartialDate => ({
  year,
  month,
  day,
  raw,
});
const cited = (reference: Omit<LegalReference, "role">): LegalReference => ({ ...reference, role: "cited" });
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

/** "{type} số {symbol} ngày {date} của {issuer} {title}", as the seeds write a citation. */
const raw = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined).join(" ");

describe("parseLegalReferences on every basis sentence of the seeds", () => {
  it("000:7 the district plan this commune plan implements", () => {
    expect(parseLegalReferences(seedLines("000", 7), { role: "parent-plan" })).toEqual({
      ok: true,
      value: [
        {
          type: "ke-hoach",
          ...state("31", "KH", "UBND"),
          date: on(21, 2, 2024, "21/02/2024"),
          issuer: "UBND huyện Sơn Tây",
          title: "về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện",
          role: "parent-plan",
          raw: "Kế hoạch số 31/KH-UBND ngày 21/02/2024 của UBND huyện Sơn Tây về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện",
        },
      ],
    });
  });

  it("000:31 eleven documents in one sentence, State and Party style, one cited twice", () => {
    const t13 = "về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030";
    expect(parseLegalReferences(seedLines("000", 31))).toEqual({
      ok: true,
      value: [
        cited({
          type: "nghi-quyet",
          ...state("76", "NQ", "CP"),
          date: on(15, 7, 2021, "15/7/2021"),
          issuer: "Chính phủ",
          raw: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ",
        }),
        cited({
          type: "chi-thi",
          ...state("23", "CT", "TTg"),
          date: on(2, 9, 2021, "02/9/2021"),
          issuer: "Thủ tướng Chính phủ",
          title: "về đẩy mạnh thực hiện chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030",
          raw: "Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về đẩy mạnh thực hiện chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030",
        }),
        cited({
          type: "quyet-dinh",
          ...state("2074", "QĐ", "UBND"),
          date: on(20, 12, 2021, "20/12/2021"),
          issuer: "Chủ tịch UBND tỉnh",
          title: "về ban hành Kế hoạch tuyên truyền CCHC giai đoạn 2022 - 2025 trên địa bàn tỉnh Quảng Ngãi",
          raw: "Quyết định số 2074/QĐ-UBND ngày 20/12/2021 của Chủ tịch UBND tỉnh về ban hành Kế hoạch tuyên truyền CCHC giai đoạn 2022 - 2025 trên địa bàn tỉnh Quảng Ngãi",
        }),
        cited({
          type: "quyet-dinh",
          ...state("1879", "QĐ", "UBND"),
          date: on(15, 12, 2023, "15/12/2023"),
          issuer: "Chủ tịch UBND tỉnh",
          title: "về ban hành Kế hoạch CCHC năm 2024 tỉnh Quảng Ngãi",
          raw: "Quyết định số 1879/QĐ-UBND ngày 15/12/2023 của Chủ tịch UBND tỉnh về ban hành Kế hoạch CCHC năm 2024 tỉnh Quảng Ngãi",
        }),
        cited({
          type: "nghi-quyet",
          ...party("04", "NQ", "TU"),
          date: on(18, 10, 2021, "18/10/2021"),
          issuer: "Tỉnh ủy",
          raw: "Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Tỉnh ủy",
        }),
        cited({
          type: "nghi-quyet",
          ...state("93", "NQ", "HĐND"),
          date: on(8, 12, 2021, "08/12/2021"),
          issuer: "HĐND tỉnh",
          title: "về đẩy mạnh CCHC",
          raw: "Nghị quyết số 93/NQ-HĐND ngày 08/12/2021 của HĐND tỉnh về đẩy mạnh CCHC",
        }),
        cited({
          type: "nghi-quyet",
          ...party("13", "NQ", "TU"),
          date: on(6, 9, 2023, "06/9/2023"),
          issuer: "Ban Thường vụ Tỉnh ủy khoá XX",
          title: t13,
          raw: raw("Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy khoá XX", t13),
        }),
        cited({
          type: "ke-hoach",
          ...party("118", "KH", "HU"),
          date: on(30, 10, 2023, "30/10/2023"),
          issuer: "Ban Thường vụ Huyện ủy",
          title: "về triển khai thực hiện",
          raw: "Kế hoạch số 118-KH/HU ngày 30/10/2023 của Ban Thường vụ Huyện ủy về triển khai thực hiện",
        }),
        cited({
          type: "nghi-quyet",
          ...party("13", "NQ", "TU"),
          date: on(6, 9, 2023, "6/9/2023"),
          issuer: "Ban Thường vụ Tỉnh ủy",
          title: "về chuyển đổi số đến năm 2025, định hướng đến năm 2030",
          raw: "Nghị quyết số 13-NQ/TU ngày 6/9/2023 của Ban Thường vụ Tỉnh ủy về chuyển đổi số đến năm 2025, định hướng đến năm 2030",
        }),
        cited({
          type: "quyet-dinh",
          ...state("2060", "QĐ", "UBND"),
          date: on(29, 12, 2023, "29/12/2023"),
          issuer: "Chủ tịch UBND huyện",
          title: "về ban hành Kế hoạch cải cách hành chính năm 2024 huyện Sơn Tây",
          raw: "Quyết định số 2060/QĐ-UBND ngày 29/12/2023 của Chủ tịch UBND huyện về ban hành Kế hoạch cải cách hành chính năm 2024 huyện Sơn Tây",
        }),
        cited({
          type: "ke-hoach",
          ...state("130", "KH", "UBND"),
          date: on(31, 8, 2023, "31/8/2023"),
          issuer: "UBND huyện",
          title: "về tuyên truyền cải cách hành chính giai đoạn 2022 - 2025 trên địa bàn huyện Sơn Tây",
          raw: "Kế hoạch số 130/KH-UBND ngày 31/8/2023 của UBND huyện về tuyên truyền cải cách hành chính giai đoạn 2022 - 2025 trên địa bàn huyện Sơn Tây",
        }),
      ],
    });
  });

  it("000:33 'được Chính phủ ban hành tại Nghị quyết số 76/NQ-CP ngày 15/7/2021;' has no issuer after it", () => {
    expect(parseLegalReferences(seedLines("000", 33))).toEqual({
      ok: true,
      value: [
        cited({
          type: "nghi-quyet",
          ...state("76", "NQ", "CP"),
          date: on(15, 7, 2021, "15/7/2021"),
          raw: "Nghị quyết số 76/NQ-CP ngày 15/7/2021",
        }),
      ],
    });
  });

  it("000:39 the footnote: titles without issuers, and one decision amending two others", () => {
    const pci =
      "Kế hoạch cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI) Quảng Ngãi, giai đoạn 2021-2025";
    expect(parseLegalReferences(seedLines("000", 39))).toEqual({
      ok: true,
      value: [
        cited({
          type: "quyet-dinh",
          ...state("649", "QĐ", "UBND"),
          date: on(26, 7, 2021, "26/7/2021"),
          title: `về ban hành ${pci}`,
          raw: `Quyết định số 649/QĐ-UBND ngày 26/7/2021 về ban hành ${pci}`,
        }),
        cited({
          type: "quyet-dinh",
          ...state("636", "QĐ", "UBND"),
          date: on(15, 6, 2022, "15/6/2022"),
          title: `về việc sửa đổi, bổ sung một số nội dung của ${pci}`,
          raw: `Quyết định số 636/QĐ-UBND ngày 15/6/2022 về việc sửa đổi, bổ sung một số nội dung của ${pci}`,
        }),
        cited({
          type: "quyet-dinh",
          ...state("838", "QĐ", "UBND"),
          date: on(22, 8, 2023, "22/8/2023"),
          title: "về việc sửa đổi, bổ sung một số nội dung",
          raw: "Quyết định số 838/QĐ-UBND ngày 22/8/2023 về việc sửa đổi, bổ sung một số nội dung",
        }),
        cited({
          type: "quyet-dinh",
          ...state("649", "QĐ", "UBND"),
          date: on(26, 7, 2021, "26/7/2021"),
          raw: "Quyết định số 649/QĐ-UBND ngày 26/7/2021",
        }),
        cited({
          type: "quyet-dinh",
          ...state("636", "QĐ", "UBND"),
          date: on(15, 6, 2022, "15/6/2022"),
          issuer: "UBND tỉnh Quảng Ngãi",
          raw: "Quyết định số 636/QĐ-UBND ngày 15/6/2022 của UBND tỉnh Quảng Ngãi",
        }),
      ],
    });
  });

  it("001:11 three plans, the chair of the province's first", () => {
    expect(parseLegalReferences(seedLines("001", 11), { role: "basis" })).toEqual({
      ok: true,
      value: [
        {
          type: "ke-hoach",
          ...state("213", "KH", "UBND"),
          date: on(29, 12, 2023, "29/12/2023"),
          issuer: "Chủ tịch UBND tỉnh",
          title: "về cải cách hành chính nhà nước năm 2024",
          role: "basis",
          raw: "Kế hoạch số 213/KH-UBND ngày 29/12/2023 của Chủ tịch UBND tỉnh về cải cách hành chính nhà nước năm 2024",
        },
        {
          type: "ke-hoach",
          ...state("14", "KH", "UBND"),
          date: on(21, 1, 2024, "21/01/2024"),
          issuer: "Chủ tịch UBND tỉnh Bắc Giang",
          title: "về việc Tuyên truyền cải cách hành chính nhà nước tỉnh Bắc Giang năm 2024",
          role: "basis",
          raw: "Kế hoạch số 14/KH-UBND ngày 21/01/2024 của Chủ tịch UBND tỉnh Bắc Giang về việc Tuyên truyền cải cách hành chính nhà nước tỉnh Bắc Giang năm 2024",
        },
        {
          type: "ke-hoach",
          ...state("170", "KH", "UBND"),
          date: on(19, 10, 2021, "19/10/2021"),
          issuer: "UBND thành phố",
          title: "về cải cách hành chính nhà nước giai đoạn 2021-2030",
          role: "basis",
          raw: "Kế hoạch số 170/KH-UBND ngày 19/10/2021 của UBND thành phố về cải cách hành chính nhà nước giai đoạn 2021-2030",
        },
      ],
    });
  });

  it("001:33 a plan implementing a resolution: the title stops where the next citation starts", () => {
    expect(parseLegalReferences(seedLines("001", 33))).toEqual({
      ok: true,
      value: [
        cited({
          type: "ke-hoach",
          ...state("02", "KH", "UBND"),
          date: on(11, 1, 2024, "11/01/2024"),
          issuer: "UBND tỉnh",
          title: "về thực hiện",
          raw: "Kế hoạch số 02/KH-UBND ngày 11/01/2024 của UBND tỉnh về thực hiện",
        }),
        cited({
          type: "nghi-quyet",
          ...state("01", "NQ", "CP"),
          date: on(5, 1, 2024, "05/01/2024"),
          issuer: "Chính phủ",
          raw: "Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ",
        }),
      ],
    });
  });

  const taynin2631 = cited({
    type: "quyet-dinh",
    ...state("2631", "QĐ", "UBND"),
    date: on(14, 10, 2021, "14/10/2021"),
    issuer: "UBND tỉnh",
    title: "về việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021 -2030 trên địa bàn tỉnh Tây Ninh",
    raw: "Quyết định số 2631/QĐ-UBND ngày 14/10/2021 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính giai đoạn 2021 -2030 trên địa bàn tỉnh Tây Ninh",
  });
  const taynin140 = cited({
    type: "quyet-dinh",
    ...state("140", "QĐ", "UBND"),
    date: on(19, 1, 2024, "19/01/2024"),
    issuer: "UBND tỉnh",
    title: "ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2024",
    raw: "Quyết định số 140/QĐ-UBND ngày 19/01/2024 của UBND tỉnh ban hành Kế hoạch cải cách hành chính trên địa bàn tỉnh Tây Ninh năm 2024",
  });

  it("002:7 two decisions, each after 'Căn cứ'; the second's title opens with 'ban hành'", () => {
    expect(parseLegalReferences(seedLines("002", 7))).toEqual({ ok: true, value: [taynin2631, taynin140] });
  });

  it("002:45 the same two decisions, then '…các văn bản của Tỉnh ủy' which is no citation", () => {
    expect(parseLegalReferences(seedLines("002", 45))).toEqual({ ok: true, value: [taynin2631, taynin140] });
  });

  it("002:43 the national programme and the Prime Minister's directive", () => {
    expect(parseLegalReferences(seedLines("002", 43))).toEqual({
      ok: true,
      value: [
        cited({
          type: "nghi-quyet",
          ...state("76", "NQ", "CP"),
          date: on(15, 7, 2021, "15/7/2021"),
          issuer: "Chính phủ",
          title: "về ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030",
          raw: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ về ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030",
        }),
        cited({
          type: "chi-thi",
          ...state("23", "CT", "TTg"),
          date: on(2, 9, 2021, "02/9/2021"),
          issuer: "Thủ tướng Chính phủ",
          title: "về việc đẩy mạnh thực hiện Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030",
          raw: "Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về việc đẩy mạnh thực hiện Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030",
        }),
      ],
    });
  });

  it("003:4-7 the parent plan, a comma before 'ngày', wrapped over four lines", () => {
    expect(parseLegalReferences(seedLines("003", 4, 7), { role: "parent-plan" })).toEqual({
      ok: true,
      value: [
        {
          type: "ke-hoach",
          ...state("13", "KH", "UBND"),
          date: on(26, 1, 2024, "26/01/2024"),
          issuer: "UBND huyện Gia Lộc",
          title: "về việc tuyên truyền cải cách hành chính nhà nước huyện Gia Lộc năm 2024",
          role: "parent-plan",
          raw: "Kế hoạch số 13/KH-UBND, ngày 26/01/2024 của UBND huyện Gia Lộc về việc tuyên truyền cải cách hành chính nhà nước huyện Gia Lộc năm 2024",
        },
      ],
    });
  });

  it("003:67-70 two plans dated in words; the plan without a number is no citation", () => {
    expect(parseLegalReferences(seedLines("003", 67, 70))).toEqual({
      ok: true,
      value: [
        cited({
          type: "ke-hoach",
          ...state("4347", "KH", "UBND"),
          date: on(25, 11, 2021, "ngày 25 tháng 11 năm 2021"),
          issuer: "UBND tỉnh",
          title: "về thực hiện cải cách hành chính nhà nước Hải Dương giai đoạn 2021-2025",
          raw: "Kế hoạch số 4347/KH-UBND ngày 25 tháng 11 năm 2021 của UBND tỉnh về thực hiện cải cách hành chính nhà nước Hải Dương giai đoạn 2021-2025",
        }),
        cited({
          type: "ke-hoach",
          ...state("4999", "KH", "UBND"),
          date: on(28, 12, 2023, "ngày 28 tháng 12 năm 2023"),
          issuer: "UBND tỉnh",
          title: "về thực hiện cải cách hành chính nhà nước Hải Dương năm 2024",
          raw: "Kế hoạch số 4999/KH-UBND ngày 28 tháng 12 năm 2023 của UBND tỉnh về thực hiện cải cách hành chính nhà nước Hải Dương năm 2024",
        }),
      ],
    });
  });

  it("004:10 'QĐ - UBND' with spaces is normalised; the title ends with the sentence", () => {
    expect(parseLegalReferences(seedLines("004", 10))).toEqual({
      ok: true,
      value: [
        cited({
          type: "quyet-dinh",
          ...state("3740", "QĐ", "UBND"),
          date: on(24, 9, 2021, "24/9/2021"),
          issuer: "UBND tỉnh Thanh Hóa",
          title: "ban hành Kế hoạch thực hiện CCHC trên địa bàn tỉnh Thanh Hóa giai đoạn 2021-2025",
          raw: "Quyết định số 3740/QĐ - UBND ngày 24/9/2021 của UBND tỉnh Thanh Hóa ban hành Kế hoạch thực hiện CCHC trên địa bàn tỉnh Thanh Hóa giai đoạn 2021-2025",
        }),
        cited({
          type: "quyet-dinh",
          ...state("2649", "QĐ", "UBND"),
          date: on(2, 8, 2025, "02/8/2025"),
          issuer: "UBND tỉnh Thanh Hóa",
          title: "về ban hành kế hoạch cải cách hành chính trên địa bàn tỉnh Thanh Hóa năm 2025",
          raw: "Quyết định số 2649/QĐ - UBND ngày 02/8/2025 của UBND tỉnh Thanh Hóa về ban hành kế hoạch cải cách hành chính trên địa bàn tỉnh Thanh Hóa năm 2025",
        }),
      ],
    });
  });
});

describe("parseLegalReferences on other citations in the seeds", () => {
  it("001:151 the plan's own blank number and day: 'Kế hoạch số /KH-UBND ngày /01/2024'", () => {
    expect(parseLegalReferences(seedLines("001", 151))).toEqual({
      ok: true,
      value: [
        cited({
          type: "ke-hoach",
          typeCode: "KH",
          issuerCode: "UBND",
          symbol: "/KH-UBND",
          date: { year: 2024, month: 1, raw: "ngày /01/2024" },
          issuer: "Chủ tịch UBND thành phố",
          raw: "Kế hoạch số /KH-UBND ngày /01/2024 của Chủ tịch UBND thành phố",
        }),
      ],
    });
  });

  it("003:289 'Kế hoạch số 13 /KH-UBND, ngày 05 tháng 02 năm 2024 của Ủy ban nhân dân xã Gia Tân'", () => {
    expect(parseLegalReferences(seedLines("003", 289))).toEqual({
      ok: true,
      value: [
        cited({
          type: "ke-hoach",
          ...state("13", "KH", "UBND"),
          date: on(5, 2, 2024, "ngày 05 tháng 02 năm 2024"),
          issuer: "Ủy ban nhân dân xã Gia Tân",
          raw: "Kế hoạch số 13 /KH-UBND, ngày 05 tháng 02 năm 2024 của Ủy ban nhân dân xã Gia Tân",
        }),
      ],
    });
  });

  it("001:65 'Đề án 06/CP “…”' without 'số' or a date, its title in quotation marks", () => {
    const title =
      "Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 – 2025, tầm nhìn đến năm 2030";
    expect(parseLegalReferences(seedLines("001", 65))).toEqual({
      ok: true,
      value: [
        cited({
          type: "de-an",
          number: "06",
          issuerCode: "CP",
          symbol: "06/CP",
          title,
          raw: `Đề án 06/CP “${title}”`,
        }),
      ],
    });
  });

  it("002:59 'Đề án số 06' with a number and no symbol", () => {
    expect(parseLegalReferences(seedLines("002", 59))).toEqual({
      ok: true,
      value: [cited({ type: "de-an", number: "06", raw: "Đề án số 06" })],
    });
  });

  it("002:109 'Quyết định số 766/QĐ-TTg' with no date", () => {
    expect(parseLegalReferences(seedLines("002", 109))).toEqual({
      ok: true,
      value: [cited({ type: "quyet-dinh", ...state("766", "QĐ", "TTg"), raw: "Quyết định số 766/QĐ-TTg" })],
    });
  });
});

describe("parseLegalReferences on other forms", () => {
  it.each([
    [
      "Chỉ thị số 23/CT-TTg",
      cited({ type: "chi-thi", ...state("23", "CT", "TTg"), raw: "Chỉ thị số 23/CT-TTg" }),
    ],
    [
      "Quyết định số 049/QĐ-BNV",
      cited({ type: "quyet-dinh", ...state("049", "QĐ", "BNV"), raw: "Quyết định số 049/QĐ-BNV" }),
    ],
    [
      "Luật số 77/2015/QH13",
      cited({
        type: "luat",
        number: "77",
        issuerCode: "QH13",
        symbol: "77/2015/QH13",
        raw: "Luật số 77/2015/QH13",
      }),
    ],
  ] as const)("%j", (input, expected) => {
    expect(parseLegalReferences(input)).toEqual({ ok: true, value: [expected] });
  });

  it("a list sharing one type: 'Quyết định số 649/QĐ-UBND và 636/QĐ-UBND của UBND tỉnh'", () => {
    expect(parseLegalReferences("Quyết định số 649/QĐ-UBND và 636/QĐ-UBND của UBND tỉnh")).toEqual({
      ok: true,
      value: [
        cited({ type: "quyet-dinh", ...state("649", "QĐ", "UBND"), raw: "Quyết định số 649/QĐ-UBND" }),
        cited({
          type: "quyet-dinh",
          ...state("636", "QĐ", "UBND"),
          issuer: "UBND tỉnh",
          raw: "636/QĐ-UBND của UBND tỉnh",
        }),
      ],
    });
  });
});

describe("parseLegalReferences with spelling variants", () => {
  it.each([
    ["000", 31],
    ["001", 11],
    ["004", 10],
  ] as const)(
    "%s:%i means the same in NFD, with tone marks moved, wrapped, with a trailing full stop",
    (file, line) => {
      const input = seedLines(file, line);
      const expected = parseLegalReferences(input);
      expect(expected.ok).toBe(true);
      const variants = [input.normalize("NFD"), moveToneMarks(input), wrapLine(input), `${input}.`];
      expect(variants.every((variant) => variant !== input)).toBe(true);
      for (const variant of variants) {
        expect(comparable(parseLegalReferences(variant))).toEqual(comparable(expected));
      }
    },
  );

  it("000:7 in NFD gives issuer and title in NFC", () => {
    const result = parseLegalReferences(seedLines("000", 7).normalize("NFD"));
    expect(result).toEqual({
      ok: true,
      value: [
        expect.objectContaining({
          issuer: "UBND huyện Sơn Tây",
          title: "về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện",
        }),
      ],
    });
  });
});

describe("parseLegalReferences near-misses", () => {
  it.each([
    ["số 31", "legal-reference.no-type", 0],
    ["theo văn bản số 31", "legal-reference.no-type", 13],
    ["Văn bản số 06/CP", "legal-reference.no-type", 8],
    ["Kế hoạch tuyên truyền cải cách hành chính năm 2024", "legal-reference.none-found", 0],
    ["Kế hoạch số 31/KH-UBND ngày 31/02/2024", "legal-reference.invalid-date", 28],
    ["", "legal-reference.empty", 0],
  ] as const)("%j fails with %s at %i", (input, code, position) => {
    expect(parseLegalReferences(input)).toEqual({
      ok: false,
      error: expect.objectContaining({ code, message: parseFailureMessages[code].en, position, input }),
    });
  });
});

describe("parseLegalReferences properties", () => {
  const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string());
  const fragments = fc
    .array(fc.constantFrom(...VIETNAMESE_FRAGMENTS), { maxLength: 10 })
    .map((p) => p.join(" "));

  it("returns a result, never throws, on any text; successes satisfy the LegalReference schema", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fragments), (input) => {
        const result = parseLegalReferences(input);
        if (!result.ok) return result.error.code in parseFailureMessages;
        return result.value.length > 0 && result.value.every((r) => LegalReference.safeParse(r).success);
      }),
      { seed: 51, numRuns: 500 },
    );
  });

  it("the raw of every reference built from Vietnamese fragments stands in the input", () => {
    fc.assert(
      fc.property(fragments, (input) => {
        const result = parseLegalReferences(input);
        return !result.ok || result.value.every((r) => r.raw !== undefined && input.includes(r.raw));
      }),
      { seed: 52, numRuns: 500 },
    );
  });
});

describe("parseLegalReferences with { unnumbered: true }", () => {
  it("000:51 'Đề án phát triển ứng dụng dữ liệu dân cư, … tầm nhìn đến năm 2030 của Chính phủ' (default: none)", () => {
    const line = seedLines("000", 51);
    expect(parseLegalReferences(line).ok).toBe(false);
    expect(parseLegalReferences(line, { unnumbered: true })).toEqual({
      ok: true,
      value: [
        cited({
          type: "de-an",
          issuer: "Chính phủ",
          title:
            "phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030",
          raw: "Đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030 của Chính phủ",
        }),
      ],
    });
  });

  it("004:34 the national programme and two ward plans, lower-case 'kế hoạch' included", () => {
    expect(parseLegalReferences(seedLines("004", 34), { unnumbered: true })).toEqual({
      ok: true,
      value: [
        cited({
          type: "chuong-trinh",
          issuer: "Chính phủ",
          title: "tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030",
          raw: "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 của Chính phủ",
        }),
        cited({
          type: "ke-hoach",
          title: "CCHC của phường giai đoạn 2025-2030",
          raw: "kế hoạch CCHC của phường giai đoạn 2025-2030",
        }),
        cited({ type: "ke-hoach", title: "CCHC năm 2025", raw: "kế hoạch CCHC năm 2025" }),
      ],
    });
  });

  it("003:66-70 numbered and unnumbered in order; the numbered ones exactly as by default", () => {
    const text = seedLines("003", 66, 70);
    const numbered = parseLegalReferences(text);
    const all = parseLegalReferences(text, { unnumbered: true, role: "basis" });
    expect(numbered.ok && all.ok).toBe(true);
    if (!numbered.ok || !all.ok) return;
    expect(all.value[0]).toEqual({
      type: "chuong-trinh",
      issuer: "Chính phủ",
      title: "tổng thể cải cách hành chính giai đoạn 2021 - 2030",
      role: "basis",
      raw: "Chương trình tổng thể cải cách hành chính giai đoạn 2021 - 2030 của Chính phủ",
    });
    expect(all.value.slice(1)).toEqual(numbered.value.map((r) => ({ ...r, role: "basis" })));
  });

  it("001:65 'Kế hoạch CCHC nhà nước thành phố Bắc Giang năm 2024' ends on its year", () => {
    const result = parseLegalReferences(seedLines("001", 65), { unnumbered: true });
    expect(result.ok && result.value[0]).toEqual(
      cited({
        type: "ke-hoach",
        title: "CCHC nhà nước thành phố Bắc Giang năm 2024",
        raw: "Kế hoạch CCHC nhà nước thành phố Bắc Giang năm 2024",
      }),
    );
  });

  it("000:33 a programme named inside a numbered reference's title stays part of that title", () => {
    // 000:31 "Chỉ thị số 23/CT-TTg … về đẩy mạnh thực hiện chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030"
    const line = seedLines("000", 31);
    expect(parseLegalReferences(line, { unnumbered: true })).toEqual(parseLegalReferences(line));
  });

  it("a type used as a common noun, without the period the document covers, is no reference", () => {
    expect(parseLegalReferences("Xây dựng kế hoạch tuyên truyền CCHC", { unnumbered: true }).ok).toBe(false);
  });

  it("reads documents named by their issuer and subject, the subject running over other types", () => {
    // 001:33 "… của Chính phủ và các Nghị quyết của Tỉnh ủy, HĐND tỉnh về nhiệm vụ, giải pháp chủ yếu thực
    // hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024." The resolutions
    // are the document; the plan inside their subject is not one of its own.
    const result = parseLegalReferences(seedLines("001", 33), { unnumbered: true });
    expect(result.ok && result.value.map((r) => r.symbol ?? r.raw)).toEqual([
      "02/KH-UBND",
      "01/NQ-CP",
      "Nghị quyết của Tỉnh ủy, HĐND tỉnh về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024",
    ]);
    expect(result.ok && result.value[2]).toMatchObject({
      type: "nghi-quyet",
      issuer: "Tỉnh ủy, HĐND tỉnh",
      title:
        "về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024",
    });
  });

  it("keeps the place a plan covers after its period in its name", () => {
    // 002:25-27 "… Kế hoạch CCHC giai đoạn 2021 -2030 / (blank) / trên địa bàn tỉnh Tây Ninh, Kế hoạch CCHC của tỉnh năm 2024; …"
    const text = `${seedLines("002", 25)} ${seedLines("002", 27)}`;
    const result = parseLegalReferences(text, { unnumbered: true });
    expect(result.ok && result.value.map((r) => r.title)).toEqual([
      "tổng thể CCHC nhà nước giai đoạn 2021-2030",
      "CCHC giai đoạn 2021 -2030 trên địa bàn tỉnh Tây Ninh",
      "CCHC của tỉnh năm 2024",
    ]);
  });

  it("does not take a name that the next numbered citation issues ('… được Chính phủ ban hành tại …')", () => {
    // 000:33 "… Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 được Chính phủ ban
    // hành tại Nghị quyết số 76/NQ-CP ngày 15/7/2021; …"
    const result = parseLegalReferences(seedLines("000", 33), { unnumbered: true });
    expect(result.ok && result.value.map((r) => r.symbol ?? r.raw)).toEqual(["76/NQ-CP"]);
  });
});

describe("parseLegalReferences answers 'none found' early, as the full parse would", () => {
  // A leading "*" is dropped by the full parse but turns the early answer off.
  const fragments = fc
    .array(fc.constantFrom(...VIETNAMESE_FRAGMENTS, "Chương trình", "giai đoạn 2021-2030", "năm 2024", "–"), {
      maxLength: 10,
    })
    .map((p) => p.join(" "));
  const anyText = fc.oneof(fc.string({ unit: "grapheme" }), fc.string(), fragments);

  it("gives the same result with and without the early answer, numbered only or not", () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (input, unnumbered) => {
        const early = parseLegalReferences(input, { unnumbered });
        const full = parseLegalReferences(`*${input}`, { unnumbered });
        expect(early.ok).toBe(full.ok);
        if (early.ok && full.ok) expect(early.value).toEqual(full.value);
        if (!early.ok && !full.ok) expect(early.error.code).toBe(full.error.code);
      }),
      { seed: 53, numRuns: 1000 },
    );
  });

  it("on every quoted seed line (tests/golden: on every line of the five seeds)", () => {
    for (const line of quotedSeedLines()) {
      for (const unnumbered of [false, true]) {
        const early = parseLegalReferences(line, { unnumbered });
        const full = parseLegalReferences(`*${line}`, { unnumbered });
        expect(early.ok ? early.value : early.error.code).toEqual(full.ok ? full.value : full.error.code);
      }
    }
  });
});

describe("parseLegalReferences on long runs of digits", () => {
  it("reads no number longer than nine digits: a run of digits is not a document's number", () => {
    const result = parseLegalReferences(`Kế hoạch số ${"1".repeat(40)}/KH-UBND ngày 01/02/2024`);
    const numbers = result.ok ? result.value.map((r) => r.number ?? "") : [];
    expect(numbers.filter((n) => n.length > 9)).toEqual([]);
  });

  it("still reads a number of nine digits", () => {
    const result = parseLegalReferences("Kế hoạch số 123456789/KH-UBND");
    expect(result.ok && result.value.map((r) => r.symbol)).toEqual(["123456789/KH-UBND"]);
  });
});
