import { plan003 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { readPlanFiles } from "./readPlanFiles";
import { readPlanFilesAsync } from "./readPlanFilesAsync";
import { writeZipBomb } from "./testing/writeZipBomb";

const utf8 = (content: string) => new TextEncoder().encode(content);
const good = { name: "003.json", bytes: utf8(JSON.stringify(plan003)) };
const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("readPlanFiles on files of many bad values (issue 14, defect 2)", () => {
  it("reads a JSON array of 150,000 numbers without overflowing the stack: 100 issues listed, the rest counted", () => {
    const { plans, issues } = readPlanFiles([
      { name: "numbers.json", bytes: utf8(JSON.stringify(numbers(150_000))) },
      good,
    ]);
    expect(plans.map((p) => p.plan.id)).toEqual([plan003.id]);
    expect(issues).toHaveLength(101);
    expect(issues[0]).toMatchObject({ file: "numbers.json", code: "structure.invalid-type", path: "/0" });
    expect(issues[99]).toMatchObject({ code: "structure.invalid-type", path: "/99" });
    expect(issues[100]).toEqual({
      file: "numbers.json",
      code: "io.more-issues",
      severity: "warning",
      message: {
        vi: "Còn 149900 vấn đề nữa trong tệp này không được liệt kê (chỉ liệt kê 100 vấn đề đầu).",
        en: "149900 more issues in this file are not listed (only the first 100 are).",
      },
    });
  });

  it("still reads a plan that comes after 120,000 bad values in the same array", () => {
    const values: unknown[] = numbers(120_000);
    values.push(plan003);
    const { plans, issues } = readPlanFiles([{ name: "mixed.json", bytes: utf8(JSON.stringify(values)) }]);
    expect(plans.map((p) => [p.plan.id, p.source.path])).toEqual([[plan003.id, "/120000"]]);
    expect(issues.at(-1)?.message.en).toBe(
      "119900 more issues in this file are not listed (only the first 100 are).",
    );
  });

  it("caps a JSON Lines file of 150,000 bad lines the same way", () => {
    const { plans, issues } = readPlanFiles([
      { name: "numbers.jsonl", bytes: utf8(`${numbers(150_000).join("\n")}\n{bad\n`) },
      good,
    ]);
    expect(plans).toHaveLength(1);
    expect(issues.map((i) => i.code).slice(-2)).toEqual(["structure.invalid-type", "io.more-issues"]);
    expect(issues[0]).toMatchObject({ file: "numbers.jsonl", line: 1 });
    expect(issues.at(-1)?.message.en).toBe(
      "149901 more issues in this file are not listed (only the first 100 are).",
    );
  });
});

describe("readPlanFilesAsync on zip bombs (issue 14, defect 1)", () => {
  const MB = 1024 * 1024;
  const limits = { docx: { maxInflatedBytes: 2 * MB } };

  it("refuses a .docx that inflates past the budget with a coded message, and reads the good file with it", async () => {
    const { plans, issues } = await readPlanFilesAsync(
      [{ name: "bomb.docx", bytes: writeZipBomb({ inflatedBytes: 3 * MB }) }, good],
      { limits },
    );
    expect(plans.map((p) => p.plan.id)).toEqual([plan003.id]);
    expect(issues).toEqual([
      {
        file: "bomb.docx",
        code: "ingest.inflated-too-large",
        severity: "error",
        message: {
          vi: 'Tệp .docx nén bung ra 3 MB hoặc hơn, vượt giới hạn 2 MB sau khi giải nén; không đọc để tránh hết bộ nhớ (có thể là một "bom nén"). Nếu tệp thật sự lớn như vậy, hãy nâng giới hạn (tùy chọn limits, maxInflatedBytes).',
          en: "The .docx file inflates to 3 MB or more, over the 2 MB limit once uncompressed; it is not read, so memory cannot run out (it may be a zip bomb). If the file really is that large, raise the limit (the limits option, maxInflatedBytes).",
        },
      },
    ]);
  });

  it("refuses one whose headers lie about its size, and one named otherwise (a zip is read as a .docx)", async () => {
    const liar = writeZipBomb({ inflatedBytes: 4 * MB, declaredBytes: 100 });
    const { plans, issues } = await readPlanFilesAsync(
      [{ name: "liar.docx", bytes: liar }, { name: "liar.bin", bytes: liar }, good],
      { limits },
    );
    expect(plans).toHaveLength(1);
    expect(issues.map((i) => [i.file, i.code])).toEqual([
      ["liar.docx", "ingest.inflated-too-large"],
      ["liar.bin", "ingest.inflated-too-large"],
    ]);
  });
});

describe("readPlanFiles on UTF-16 without a BOM (issue 14, defect 10)", () => {
  const utf16 = (text: string, littleEndian: boolean) => {
    const bytes = new Uint8Array(text.length * 2);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < text.length; i += 1) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
    return bytes;
  };

  it("reads a plan's JSON saved as UTF-16 LE or BE without a BOM (was: io.bad-json at position 1), with an info note", () => {
    const json = JSON.stringify(plan003);
    const { plans, issues } = readPlanFiles(
      [
        { name: "le.json", bytes: utf16(json, true) },
        { name: "be.json", bytes: utf16(json, false) },
      ],
      { keepDuplicates: true },
    );
    expect(plans.map((p) => [p.source.file, p.plan.unit?.name])).toEqual([
      ["le.json", plan003.unit?.name],
      ["be.json", plan003.unit?.name],
    ]);
    expect(issues.filter((i) => i.code !== "io.duplicate-id-kept")).toEqual([
      {
        file: "le.json",
        code: "io.utf16-no-bom",
        severity: "info",
        message: {
          vi: "Tệp là văn bản UTF-16LE không có BOM (dấu thứ tự byte); đã nhận ra và đọc theo UTF-16LE. Nên lưu lại với bảng mã UTF-8.",
          en: "The file is UTF-16LE text without a BOM (byte order mark); it was recognised and read as UTF-16LE. Saving it as UTF-8 is better.",
        },
      },
      expect.objectContaining({ file: "be.json", code: "io.utf16-no-bom", severity: "info" }),
    ]);
  });
});
