import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { extractPlan } from "@parcomms/core/extract";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPlanFiles } from "./readPlanFiles";
import { readPlanFilesAsync } from "./readPlanFilesAsync";
import { writeDocx } from "./testing/writeDocx";

const S003 = "003_c2f82bd70c212939.txt";
// The sample files, found through sample-data's public package.json export (not a path into its folder).
const DATA = join(
  dirname(createRequire(import.meta.url).resolve("@parcomms/sample-data/package.json")),
  "data",
);
const utf8 = (content: string) => new TextEncoder().encode(content);

describe("readPlanFilesAsync", () => {
  it("reads a .docx made from a seed text: the same text, the same draft as the .txt", async () => {
    const content = seedText(S003);
    const { plans, issues } = await readPlanFilesAsync([
      { name: "word/003_c2f82bd70c212939.docx", bytes: writeDocx(content) },
    ]);
    const expected = extractPlan(content, { sourceName: "003_c2f82bd70c212939.docx" });
    expect(plans).toHaveLength(1);
    expect(plans[0]?.source).toEqual({ file: "word/003_c2f82bd70c212939.docx", format: "docx" });
    // one line a paragraph: the document's text is the seed's, so lines count as in the seed
    expect(plans[0]?.text).toBe(content);
    expect(plans[0]?.extraction).toEqual(expected);
    // 003:2 "Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024"
    expect(plans[0]?.plan).toMatchObject({
      id: "003_c2f82bd70c212939",
      unit: { name: "Gia Tân", kind: "xa" },
      period: { start: "2024", end: "2024" },
    });
    expect(issues.map((i) => i.code)).toEqual(expected.issues.map((i) => i.code));
  });

  it("reads every seed as .docx, deflated or stored, to the text of the seed", async () => {
    const inputs = SEED_FILES.map((file, i) => ({
      name: file.replace(/\.txt$/, ".docx"),
      bytes: writeDocx(seedText(file), { store: i % 2 === 1 }),
    }));
    const { plans } = await readPlanFilesAsync(inputs);
    expect(plans.map((p) => p.text)).toEqual(SEED_FILES.map((file) => seedText(file)));
    // 000 xã Sơn Mầu, 001 thành phố Bắc Giang, 002 tỉnh Tây Ninh, 003 xã Gia Tân, 004 phường Trúc Lâm (2025)
    expect(plans.map((p) => [p.plan.unit?.name, p.plan.period?.start])).toEqual([
      ["Sơn Mầu", "2024"],
      ["Bắc Giang", "2024"],
      ["Tây Ninh", "2024"],
      ["Gia Tân", "2024"],
      ["Trúc Lâm", "2025"],
    ]);
  });

  it("reads the other formats as readPlanFiles does, in input order", async () => {
    const inputs = [
      { name: "real-plans.jsonl", bytes: new Uint8Array(readFileSync(join(DATA, "real-plans.jsonl"))) },
      { name: "003.txt", bytes: utf8(seedText(S003)) },
      { name: "bad.json", bytes: utf8("{") },
    ];
    expect(await readPlanFilesAsync(inputs, { keepDuplicates: true })).toEqual(
      readPlanFiles(inputs, { keepDuplicates: true }),
    );
  });

  it("takes a zip named .txt or with no extension for a .docx", async () => {
    const bytes = writeDocx(seedText(S003));
    const { plans } = await readPlanFilesAsync(
      [
        { name: "saved-as.txt", bytes },
        { name: "upload", bytes },
      ],
      { keepDuplicates: true },
    );
    expect(plans.map((p) => [p.source, p.plan.unit?.name])).toEqual([
      [{ file: "saved-as.txt", format: "docx" }, "Gia Tân"],
      [{ file: "upload", format: "docx" }, "Gia Tân"],
    ]);
  });

  it("reports a corrupt .docx, a .docx that is no zip and a Word file that is not a plan, never a throw", async () => {
    const good = writeDocx(seedText(S003));
    const { plans, documents, issues } = await readPlanFilesAsync([
      { name: "cut.docx", bytes: good.slice(0, 200) },
      { name: "renamed.docx", bytes: utf8("Kế hoạch tuyên truyền") },
      { name: "letter.docx", bytes: writeDocx("Kính gửi anh Nam,\nCảm ơn anh đã gửi tài liệu.") },
    ]);
    expect(plans).toEqual([]);
    // the letter names no plan: other, its text kept as a document
    expect(documents.map((d) => [d.source, d.documentKind, d.text])).toEqual([
      [{ file: "letter.docx", format: "docx" }, "other", "Kính gửi anh Nam,\nCảm ơn anh đã gửi tài liệu."],
    ]);
    expect(issues.map((i) => [i.file, i.code, i.severity])).toEqual([
      ["cut.docx", "io.bad-docx", "error"],
      ["renamed.docx", "io.bad-docx", "error"],
      ["letter.docx", "io.not-a-plan", "error"],
    ]);
    expect(issues[0]?.message.vi).toMatch(
      /^Không đọc được tệp Word \(\.docx\): tệp hỏng hoặc không phải \.docx \(chi tiết: .+\)\.$/,
    );
    expect(issues[0]?.message.en).toMatch(
      /^The Word file \(\.docx\) cannot be read: it is damaged or not a \.docx/,
    );
    expect(issues[1]?.message.en).not.toContain("http");
  });

  it("never throws, whatever the bytes and names", async () => {
    const zipStart = Uint8Array.from([0x50, 0x4b, 0x03, 0x04]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            name: fc.constantFrom("a.docx", "b.txt", "c", "d.json"),
            bytes: fc.oneof(
              fc.uint8Array({ maxLength: 300 }),
              fc.uint8Array({ maxLength: 300 }).map((tail) => Uint8Array.from([...zipStart, ...tail])),
            ),
          }),
          { maxLength: 3 },
        ),
        async (inputs) => {
          const result = await readPlanFilesAsync(inputs);
          return Array.isArray(result.plans) && result.issues.every((i) => i.code.length > 0);
        },
      ),
      { seed: 20240201, numRuns: 100 },
    );
  });
});
