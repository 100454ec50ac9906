import { extractPlan } from "@parcomms/core/extract";
import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { readPlanFiles } from "./readPlanFiles";

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
    const { plans, issues } = readPlanFiles([
      { name: "notes.txt", bytes: utf8("Danh sách việc cần làm\nMua giấy in\nGọi điện cho anh Nam\n") },
      { name: "blank.txt", bytes: utf8(" \n\n") },
      { name: "latin1.txt", bytes: new Uint8Array([0x4b, 0xea, 0x20, 0x68]) },
    ]);
    expect(plans).toEqual([]);
    expect(issues).toEqual([
      {
        file: "notes.txt",
        code: "io.not-a-plan",
        severity: "error",
        message: {
          vi: "Văn bản không giống một kế hoạch: không tìm thấy tiêu đề, đơn vị ban hành, mục nội dung, hình thức hay nhiệm vụ nào.",
          en: "The text does not look like a plan: no title, issuing unit, content, forms item or task was found.",
        },
      },
      {
        file: "blank.txt",
        code: "io.empty",
        severity: "error",
        message: { vi: "Tệp rỗng, không có kế hoạch nào.", en: "The file is empty: it holds no plan." },
      },
      {
        file: "latin1.txt",
        code: "io.not-utf8",
        severity: "error",
        message: {
          vi: "Tệp không phải văn bản UTF-8 (hoặc UTF-16 có BOM); hãy lưu lại với bảng mã UTF-8.",
          en: "The file is not UTF-8 text (nor UTF-16 with a BOM); save it again as UTF-8.",
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
});
