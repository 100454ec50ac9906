import { extractPlan } from "@parcomms/core/extract";
import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { readPlanFiles } from "./readPlanFiles";
import { documentTexts } from "./testing";

const S000 = "000_34833a3694ee8a96.txt";
const S002 = "002_9c9d59d1a9d0f229.txt";
const S003 = "003_c2f82bd70c212939.txt";
const utf8 = (content: string) => new TextEncoder().encode(content);

/** UTF-16 bytes with their BOM, as Notepad's "Unicode" (little endian) or "Unicode big endian" writes them. */
function utf16(content: string, endian: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(2 + content.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === "le");
  for (let i = 0; i < content.length; i++) view.setUint16(2 + i * 2, content.charCodeAt(i), endian === "le");
  return bytes;
}

describe("readPlanFiles on a plan's text (.txt)", () => {
  it("reads a seed text into extractPlan's draft, with its source, extraction and text", () => {
    const content = seedText(S002);
    const { plans, issues } = readPlanFiles([{ name: `seeds/${S002}`, bytes: utf8(content) }]);
    const expected = extractPlan(content, { sourceName: S002 });
    expect(plans).toHaveLength(1);
    expect(plans[0]?.plan).toEqual(expected.plan);
    expect(plans[0]?.extraction).toEqual(expected);
    expect(plans[0]?.source).toEqual({ file: `seeds/${S002}`, format: "text" });
    expect(plans[0]?.text).toBe(content);
    // 002:5 "trên địa bàn tỉnh Tây Ninh", 002:4 "… năm 2024"; the id is the file's base name
    expect(plans[0]?.plan.id).toBe("002_9c9d59d1a9d0f229");
    expect(plans[0]?.plan.unit).toMatchObject({ name: "Tây Ninh", level: "province" });
    expect(plans[0]?.plan.period).toEqual({ start: "2024", end: "2024" });
    // every extraction issue, as a reading issue of the file with its severity and both messages
    expect(issues).toEqual(
      expected.issues.map((issue) => ({
        file: `seeds/${S002}`,
        code: issue.code,
        severity: issue.severity,
        message: issue.message,
        ...(issue.lines ? { line: issue.lines.start } : {}),
      })),
    );
  });

  it("gives an extraction issue the first of its lines", () => {
    // 000:91 "- Thời gian thực hiện: Quý I/2024." (forms item 3, 000:87-91) made unreadable
    const lines = seedText(S000).split("\n");
    lines[90] = "- Thời gian thực hiện: tùy tình hình địa phương.";
    const { plans, issues } = readPlanFiles([{ name: "000-edited.txt", bytes: utf8(lines.join("\n")) }]);
    expect(plans[0]?.plan.unit?.name).toBe("Sơn Mầu");
    expect(issues.filter((i) => i.code === "extract.timeframe.unreadable")).toEqual([
      {
        file: "000-edited.txt",
        code: "extract.timeframe.unreadable",
        severity: "info",
        message: {
          vi: "Không đọc được thời gian “tùy tình hình địa phương”.",
          en: "The time “tùy tình hình địa phương” could not be read.",
        },
        line: 87,
      },
    ]);
  });

  it("decodes UTF-8 with a BOM and UTF-16 (either byte order) with a BOM", () => {
    const content = seedText(S003);
    const names = ["bom.txt", "le.txt", "be.txt"];
    const bytes = [utf8(`\uFEFF${content}`), utf16(content, "le"), utf16(content, "be")];
    const { plans, issues } = readPlanFiles(
      names.map((name, i) => ({ name, bytes: bytes[i] ?? new Uint8Array() })),
    );
    expect(plans.map((p) => [p.source.file, p.plan.unit?.name, p.text === content])).toEqual([
      ["bom.txt", "Gia Tân", true],
      ["le.txt", "Gia Tân", true],
      ["be.txt", "Gia Tân", true],
    ]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("runs validatePlan on the draft with validate", () => {
    const content = seedText(S003);
    const { plans } = readPlanFiles([{ name: S003, bytes: utf8(content) }], { validate: true });
    expect(Array.isArray(plans[0]?.validation)).toBe(true);
    expect(plans[0]?.validation?.every((i) => i.code.length > 0 && i.path.startsWith("/"))).toBe(true);
  });

  it("reports a text that is not a plan, an empty text and bytes that are not text, never a draft", () => {
    const { plans, documents, issues } = readPlanFiles([
      { name: "notes.txt", bytes: utf8("Danh sách việc cần làm\nMua giấy in\nGọi điện cho anh Nam\n") },
      { name: "blank.txt", bytes: utf8(" \n\n") },
      { name: "latin1.txt", bytes: new Uint8Array([0x4b, 0xea, 0x20, 0x68]) },
    ]);
    expect(plans).toEqual([]);
    // a to-do list names no plan: other, kept as a document with io.not-a-plan
    expect(documents.map((d) => [d.source.file, d.documentKind])).toEqual([["notes.txt", "other"]]);
    expect(issues).toEqual([
      {
        file: "notes.txt",
        code: "io.not-a-plan",
        severity: "error",
        message: {
          vi: "Văn bản không phải kế hoạch, quyết định ban hành kế hoạch hay văn bản nói về một kế hoạch (không tìm thấy kế hoạch nào được nêu); không có gì được giữ làm kế hoạch.",
          en: "The text is neither a plan, a decision issuing a plan, nor a text about a plan (it names no plan); nothing is kept as a plan.",
        },
      },
      {
        file: "blank.txt",
        code: "io.empty",
        severity: "error",
        message: { vi: "Tệp rỗng, không có kế hoạch nào.", en: "The file is empty: it holds no plan." },
      },
      {
        // "Kê h" in latin-1: neither UTF-8 nor enough of TCVN3 or VNI to read
        file: "latin1.txt",
        code: "ingest.encoding-unknown",
        severity: "error",
        message: {
          vi: "Tệp không phải văn bản UTF-8, cũng không phải tiếng Việt ở bảng mã cũ đã biết (TCVN3/ABC, VNI); hãy mở bằng Word hoặc Unikey và lưu lại với bảng mã UTF-8.",
          en: "The file is neither UTF-8 text nor Vietnamese in a known old encoding (TCVN3/ABC, VNI); open it in Word or Unikey and save it as UTF-8.",
        },
      },
    ]);
  });

  it("detects a plan's text without an extension by its words, beside JSON", () => {
    const content = seedText(S003);
    const { plans } = readPlanFiles([{ name: "stdin", bytes: utf8(content) }]);
    expect(plans.map((p) => [p.source, p.plan.unit?.name])).toEqual([
      [{ file: "stdin", format: "text" }, "Gia Tân"],
    ]);
  });

  it("keeps each kind of text: a decision's plan, a news item's mention, a notice as other", () => {
    const { plans, documents, issues } = readPlanFiles([
      { name: "qd-512.txt", bytes: utf8(documentTexts.decisionWithPlan) },
      { name: "tin-bai.txt", bytes: utf8(documentTexts.aboutPlan) },
      { name: "thong-bao.txt", bytes: utf8(documentTexts.other) },
    ]);
    // the plan Quyết định số 512/QĐ-UBND issues: its unit is the district
    expect(plans.map((p) => [p.source.file, p.extraction?.documentKind, p.plan.unit?.name])).toEqual([
      ["qd-512.txt", "decision-with-plan", "Định Quán"],
    ]);
    expect(documents.map((d) => [d.source.file, d.documentKind, d.extraction.mentions.length])).toEqual([
      ["tin-bai.txt", "about-plan", 1],
      ["thong-bao.txt", "other", 0],
    ]);
    const byCode = (code: string) => issues.filter((i) => i.code === code);
    expect(byCode("io.decision-with-plan").map((i) => [i.file, i.severity, i.message.vi])).toEqual([
      [
        "qd-512.txt",
        "info",
        "Văn bản là quyết định ban hành kế hoạch (Quyết định số 512/QĐ-UBND ngày 05/03/2025); bản nháp là kế hoạch được ban hành kèm theo.",
      ],
    ]);
    expect(byCode("io.about-plan").map((i) => [i.file, i.severity])).toEqual([["tin-bai.txt", "warning"]]);
    expect(byCode("io.about-plan")[0]?.message.vi).toMatch(
      /^Văn bản nói về Kế hoạch số 45\/KH-UBND ngày 12\/03\/2025 của .*Định Quán; không phải văn bản kế hoạch/,
    );
    expect(byCode("io.not-a-plan").map((i) => i.file)).toEqual(["thong-bao.txt"]);
  });
});
