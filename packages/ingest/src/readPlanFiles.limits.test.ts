import type { Plan } from "@parcomms/core";
import { planTables, tablesToParquet } from "@parcomms/formats";
import { plan003, plan004, seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { readPlanFiles } from "./readPlanFiles";
import { readPlanFilesAsync } from "./readPlanFilesAsync";
import { writeDoc } from "./testing/writeDoc";

const S003 = "003_c2f82bd70c212939.txt";
const utf8 = (content: string) => new TextEncoder().encode(content);

describe("size limits in readPlanFiles and readPlanFilesAsync", () => {
  it("refuses a .txt over the text limit with one coded, bilingual error, and reads the others", () => {
    const content = seedText(S003);
    const { plans, issues } = readPlanFiles(
      [
        { name: "big.txt", bytes: utf8(content) },
        { name: "small.json", bytes: utf8("[]") },
      ],
      { limits: { text: { maxBytes: 10_000 }, json: { maxBytes: 10 } } },
    );
    expect(plans).toEqual([]);
    const size = `${Math.round((utf8(content).length / 1024) * 10) / 10} KB`;
    expect(issues).toEqual([
      {
        file: "big.txt",
        code: "ingest.too-large",
        severity: "error",
        message: {
          vi: `Tệp quá lớn để đọc: ${size}, vượt giới hạn 9.8 KB cho tệp .txt. Hãy tách văn bản thành các tệp nhỏ hơn, hoặc nâng giới hạn (tùy chọn limits).`,
          en: `The file is too large to read: ${size}, over the 9.8 KB limit for .txt files. Split the document into smaller files, or raise the limit (the limits option).`,
        },
      },
      expect.objectContaining({ file: "small.json", code: "io.empty" }),
    ]);
  });

  it("does not decode a large file named for no format to guess it: too large as text", () => {
    const { issues } = readPlanFiles([{ name: "upload", bytes: utf8(seedText(S003)) }], {
      limits: { text: { maxBytes: 1000 } },
    });
    expect(issues.map((i) => [i.code, i.message.en.slice(0, 59)])).toEqual([
      ["ingest.too-large", "The file is too large to read: 20.6 KB, over the 1000 B lim"],
    ]);
  });

  it("refuses a .doc over the .doc limit before reading it, in both readers, with the same one error", async () => {
    const inputs = [{ name: "003.doc", bytes: writeDoc(seedText(S003)) }];
    const limits = { doc: { maxBytes: 20_000 } };
    const read = await readPlanFilesAsync(inputs, { limits });
    expect(read.plans).toEqual([]);
    expect(read.issues.map((i) => [i.code, i.file])).toEqual([["ingest.too-large", "003.doc"]]);
    expect(readPlanFiles(inputs, { limits }).issues).toEqual(read.issues);
    // within the default limit it is read
    expect((await readPlanFilesAsync(inputs)).plans.map((p) => p.plan.unit?.name)).toEqual(["Gia Tân"]);
  });

  it("refuses a Parquet folder whose pages inflate past maxInflatedBytes, and reads the other folder", () => {
    const tables = (plan: Plan) =>
      Object.entries(tablesToParquet(planTables([plan]))).map(([name, bytes]) => ({ name, bytes }));
    const inputs = [
      ...tables(plan003).map((t) => ({ ...t, name: `big/${t.name}` })),
      ...tables(plan004).map((t) => ({ ...t, name: `small/${t.name}` })),
    ];
    // reading plan 003's tasks.parquet takes 18,294 bytes (its pages inflated, 8 a value), past 16 KB;
    // every file of plan 004 takes less (its largest, content_items.parquet, 13,107)
    const limits = { parquet: { maxInflatedBytes: 16 * 1024 } };
    const { plans, issues } = readPlanFiles(inputs, { limits });
    expect(plans.map((p) => p.plan.id)).toEqual([plan004.id]);
    expect(issues).toEqual([
      expect.objectContaining({
        file: "big/tasks.parquet",
        code: "ingest.inflated-too-large",
        severity: "error",
      }),
    ]);
    expect(issues[0]?.message.en).toMatch(
      /^The \.parquet file inflates to 17.9 KB or more, over the 16 KB limit once uncompressed;/,
    );
    // within the default budget both are read
    expect(readPlanFiles(inputs).plans.map((p) => p.plan.id)).toEqual([plan003.id, plan004.id]);
  });
});
