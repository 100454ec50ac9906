import { extractPlan } from "@parcomms/core/extract";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { readPlanFiles } from "./readPlanFiles";
import { readPlanFilesAsync } from "./readPlanFilesAsync";
import { encodeLegacy } from "./testing/encodeLegacy";
import { writeDocx } from "./testing/writeDocx";

const utf8 = (content: string) => new TextEncoder().encode(content);

/** What a plan's reading must keep whatever the encoding: title, period, unit, the references' symbols and dates. */
function essentials(plan: ReturnType<typeof extractPlan>["plan"]) {
  return {
    title: plan.title,
    period: plan.period,
    unit: plan.unit?.name,
    references: plan.references?.map((r) => [r.symbol, r.date?.raw]),
  };
}

describe("readPlanFiles of text in old Vietnamese encodings", () => {
  // the Unicode seeds' plans, extracted once for every comparison below
  let unicodePlans: ReturnType<typeof extractPlan>["plan"][] | undefined;
  const expectedPlans = () => {
    unicodePlans ??= SEED_FILES.map((file) => extractPlan(seedText(file), { sourceName: file }).plan);
    return unicodePlans;
  };
  const legacyInputs = (encoding: "TCVN3" | "VNI") =>
    SEED_FILES.map((file) => ({ name: file, bytes: encodeLegacy(seedText(file), encoding).bytes }));

  /** The reading of legacy seeds is the reading of the Unicode seeds, with one info note a file. */
  function expectSeedsRead(read: ReturnType<typeof readPlanFiles>, encoding: "TCVN3" | "VNI") {
    expect(read.plans.map((p) => p.text)).toEqual(SEED_FILES.map((file) => seedText(file).normalize("NFC")));
    expect(read.plans.map((p) => essentials(p.plan))).toEqual(expectedPlans().map(essentials));
    expect(read.plans.map((p) => p.plan)).toEqual(expectedPlans());
    const notes = read.issues.filter((issue) => issue.code === "ingest.encoding-converted");
    expect(notes.map((n) => [n.file, n.severity])).toEqual(SEED_FILES.map((file) => [file, "info"]));
    expect(notes[0]?.message.en).toBe(
      `The text was in the old ${encoding} encoding; it was converted to Unicode (check the accents).`,
    );
    // 000:4 the title; 000:7 "Kế hoạch số 31/KH-UBND ngày 21/02/2024 của UBND huyện Sơn Tây"
    expect(read.plans[0]?.plan.title).toBe(
      "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn xã Sơn Mầu",
    );
    expect(read.plans[0]?.plan.references?.[0]).toMatchObject({
      symbol: "31/KH-UBND",
      issuer: "UBND huyện Sơn Tây",
    });
  }

  for (const encoding of ["TCVN3", "VNI"] as const) {
    it(`reads each seed saved as a ${encoding} .txt (windows-1252 bytes) as the Unicode seed, with a note`, () => {
      expectSeedsRead(readPlanFiles(legacyInputs(encoding)), encoding);
    });

    it(`reads the same ${encoding} .txt files alike with readPlanFilesAsync`, async () => {
      expectSeedsRead(await readPlanFilesAsync(legacyInputs(encoding)), encoding);
    });
  }

  it("reads a VIQR .txt of a seed, and a UTF-8 file holding TCVN3 code points (a bad conversion)", () => {
    const text = seedText(SEED_FILES[3] as string).normalize("NFC");
    const { plans, issues } = readPlanFiles([
      { name: "003-viqr.txt", bytes: encodeLegacy(text, "VIQR").bytes },
      { name: "003-tcvn3-utf8.txt", bytes: utf8(encodeLegacy(text, "TCVN3").text) },
    ]);
    // 003:2 "… xã Gia Tân năm 2024"
    expect(plans.map((p) => [p.source.file, p.text === text, p.plan.unit?.name])).toEqual([
      ["003-viqr.txt", true, "Gia Tân"],
      ["003-tcvn3-utf8.txt", true, "Gia Tân"],
    ]);
    expect(issues.filter((i) => i.code.startsWith("ingest.")).map((i) => [i.file, i.message.en])).toEqual([
      [
        "003-viqr.txt",
        "The text was in the old VIQR encoding; it was converted to Unicode (check the accents).",
      ],
      [
        "003-tcvn3-utf8.txt",
        "The text was in the old TCVN3 encoding; it was converted to Unicode (check the accents).",
      ],
    ]);
  });

  it("detects a legacy text with no extension as a plan's text once converted", () => {
    const content = seedText(SEED_FILES[3] as string);
    const { plans } = readPlanFiles([{ name: "stdin", bytes: encodeLegacy(content, "TCVN3").bytes }]);
    expect(plans.map((p) => [p.source, p.plan.unit?.name])).toEqual([
      [{ file: "stdin", format: "text" }, "Gia Tân"],
    ]);
  });

  it("leaves Unicode seeds untouched: no note", () => {
    const { plans, issues } = readPlanFiles(
      SEED_FILES.map((file) => ({ name: file, bytes: utf8(seedText(file)) })),
    );
    expect(plans.map((p) => p.text)).toEqual(SEED_FILES.map((file) => seedText(file)));
    expect(issues.filter((i) => i.code.startsWith("ingest."))).toEqual([]);
  });

  it("refuses English in windows-1252 and random bytes with ingest.encoding-unknown; JSON keeps io.not-utf8", () => {
    const english = Uint8Array.from(
      "Plan for the café: a résumé of naïve ideas © 2024, ½ done.".split(""),
      (ch) => ch.charCodeAt(0),
    );
    let state = 7;
    const random = Uint8Array.from({ length: 4000 }, () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state >>> 23;
    });
    const { plans, issues } = readPlanFiles([
      { name: "english.txt", bytes: english },
      { name: "random.txt", bytes: random },
      { name: "latin1.json", bytes: english },
    ]);
    expect(plans).toEqual([]);
    expect(issues.map((i) => [i.file, i.code])).toEqual([
      ["english.txt", "ingest.encoding-unknown"],
      ["random.txt", "ingest.encoding-unknown"],
      ["latin1.json", "io.not-utf8"],
    ]);
    expect(issues[0]?.message.vi).toBe(
      "Tệp không phải văn bản UTF-8, cũng không phải tiếng Việt ở bảng mã cũ đã biết (TCVN3/ABC, VNI); hãy mở bằng Word hoặc Unikey và lưu lại với bảng mã UTF-8.",
    );
  });

  it("reads a .docx whose text is TCVN3 (runs in a .Vn font) as the Unicode seed", async () => {
    const file = SEED_FILES[0] as string;
    const content = seedText(file).normalize("NFC");
    const { plans, issues } = await readPlanFilesAsync([
      { name: "000.docx", bytes: writeDocx(encodeLegacy(content, "TCVN3").text) },
    ]);
    expect(plans.map((p) => p.text)).toEqual([content]);
    expect(plans[0]?.plan).toEqual(extractPlan(content, { sourceName: "000.docx" }).plan);
    expect(issues.filter((i) => i.code.startsWith("ingest.")).map((i) => [i.code, i.severity])).toEqual([
      ["ingest.encoding-converted", "info"],
    ]);
  });
});
