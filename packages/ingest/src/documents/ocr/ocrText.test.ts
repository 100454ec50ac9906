import { extractPlan } from "@parcomms/core/extract";
import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { readPlanFilesAsync } from "../../readPlanFilesAsync";
import { characterAccuracy } from "../../testing/characterAccuracy";
import { documentTexts } from "../../testing/documentTexts";
import { renderScan } from "../../testing/renderScan";
import { type DocumentText, type DocumentTextResult, isDocumentFailure } from "../DocumentText";
import { ocrText } from "./ocrText";

const S003 = "003_c2f82bd70c212939.txt";
const S001 = "001_ec564b67ad28c11a.txt";
/** 003:1–44: the type line, the title, the basis (003:4–7, Kế hoạch số 13/KH-UBND of UBND huyện Gia Lộc), purposes and requirements: one page. */
const SHORT_003 = seedText(S003).split("\n").slice(0, 44).join("\n");

function text(result: DocumentTextResult): DocumentText {
  if (isDocumentFailure(result)) throw new Error(`expected a text, got ${result.failure}`);
  return result;
}

// OCR of a page takes seconds (more on two busy cores): a generous ceiling, not a measure of speed (that is `pnpm bench`).
describe("ocrText", { timeout: 120_000 }, () => {
  it("reads 003 printed, stamped, skewed 1.5°, speckled and saved as JPEG at 300 dpi: header fields and references as from the text", async () => {
    const scan = await renderScan(SHORT_003, {
      dpi: 300,
      rotate: 1.5,
      noise: 0.3,
      jpegQuality: 75,
      stamp: true,
      format: "jpeg",
      seed: 3,
    });
    const progress: number[] = [];
    const { plans, issues } = await readPlanFilesAsync([{ name: "scans/003.jpg", bytes: scan.bytes }], {
      onDocumentProgress: (_file, p) => progress.push(p.done),
    });
    const expected = extractPlan(SHORT_003, { sourceName: "003" }).plan;
    const plan = plans[0]?.plan;
    expect(plan?.title).toBe("Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024"); // 003:2
    expect(plan?.title).toBe(expected.title);
    expect(plan?.unit?.name).toBe("Gia Tân");
    expect(plan?.number).toBe(expected.number);
    expect(plan?.issueDate).toEqual(expected.issueDate);
    const parent = plan?.references?.find((reference) => reference.symbol === "13/KH-UBND"); // 003:4
    expect(parent?.date).toEqual({ year: 2024, month: 1, day: 26, raw: "26/01/2024" });
    expect(parent?.issuer).toBe("UBND huyện Gia Lộc");
    expect(plan?.references?.map((reference) => reference.symbol)).toEqual(
      expected.references?.map((r) => r.symbol),
    );
    expect(progress).toEqual([0, 1]);
    // the seal over the last lines (003:40–44) took no line with it: ≥ 97% of the characters right
    expect(characterAccuracy(plans[0]?.text ?? "", SHORT_003)).toBeGreaterThanOrEqual(0.97);
    const note = issues.find((issue) => issue.code === "ingest.ocr");
    expect(note?.severity).toBe("info");
    const origins = plans[0]?.source.origins ?? [];
    expect(plans[0]?.source.pages).toBe(1);
    expect(origins[0]).toMatchObject({ page: 1, line: 1 });
    // every recognised line has its confidence; a blank line (a paragraph gap) has no origin
    const recognised = origins.filter((origin) => origin !== undefined);
    expect(recognised.length).toBeGreaterThan(30);
    expect(
      recognised.every((origin) => (origin.confidence ?? 0) > 0.5 && (origin.confidence ?? 2) <= 1),
    ).toBe(true);
    expect((plans[0]?.text ?? "").split("\n").filter((line) => line === "").length).toBe(
      origins.length - recognised.length,
    );
    // the element of the title is held a little less sure than in the text, by its line's OCR confidence
    const fromText = extractPlan(SHORT_003).elements.find((element) => element.path === "/title");
    const fromScan = plans[0]?.extraction?.elements.find((element) => element.path === "/title");
    expect(fromScan?.confidence).toBeLessThan(fromText?.confidence ?? 0);
  });

  it("reads a PNG at 200 dpi: the two header columns of Nghị định 30 side by side, rebuilt as rows with a tab", async () => {
    const header = documentTexts.decisionWithPlan.split("\n").slice(0, 9).join("\n");
    const scan = await renderScan(header, { dpi: 200, format: "png" });
    const read = text(await ocrText(scan.bytes));
    // the gap under the header comes back as a blank line, as in the source
    expect(read.text.split("\n").slice(0, 6)).toEqual([
      "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "HUYỆN ĐỊNH QUÁN\tĐộc lập - Tự do - Hạnh phúc",
      "Số: 512/QĐ-UBND\tĐịnh Quán, ngày 05 tháng 3 năm 2025",
      "",
      "QUYẾT ĐỊNH",
      "Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025",
    ]);
    expect(read.method).toBe("ocr");
    expect(read.pages).toBe(1);
    expect(extractPlan(read.text).decision).toMatchObject({ number: "512", symbol: "QĐ-UBND" });
  });

  it("reads a bordered appendix table at 300 dpi, skewed, speckled, as JPEG: one line a row, cells tab-separated as in the .txt", async () => {
    // 001:151 (the appendix's note), the header row 001:160, row 2 (001:155) and rows 9 and 10 (001:164–165)
    const source = seedText(S001).split("\n");
    const table = [source[150], "", source[159], source[154], source[163], source[164]].join("\n");
    const scan = await renderScan(table, {
      dpi: 300,
      rotate: -1.2,
      noise: 0.3,
      jpegQuality: 75,
      format: "jpeg",
      seed: 5,
    });
    const read = text(await ocrText(scan.bytes));
    const rows = read.text.split("\n").filter((line) => line.includes("\t"));
    expect(rows.map((row) => row.split("\t").length)).toEqual([6, 6, 6, 6]);
    const [header, two, nine, ten] = rows.map((row) => row.split("\t"));
    expect(header?.slice(0, 3)).toEqual(["TT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì"]);
    // the narrow cell of coordinating offices, where tesseract drops the space of "các cơ" (cut by the letters' gap)
    expect(two?.[3]).toBe("các cơ quan, đơn vị thành phố và UBND phường, xã");
    expect(nine?.[0]).toBe("9");
    // no full stop where a cell's line wraps (tesseract's "." without ink over the removed ruling is dropped)
    expect(nine?.[1]).toBe(
      "Tuyên truyền khẩu hiệu pano về CCHC, chuyển đổi số trên tuyến đường Võ Nguyên Giáp, đường Tây Yên Tử",
    );
    // the Roman "I" of "Quý I" and a "1" look alike in this serif: tesseract may read either
    expect(nine?.slice(2)).toEqual(["Phòng VH TT", "", expect.stringMatching(/^Quý [I1]\/2024$/u), ""]);
    expect(ten?.[0]).toBe("10");
    // row 10's "I" may carry a serif read as a bracket ("Quý ]I/2024")
    expect(ten?.slice(2, 5)).toEqual([
      "Trung tâm VH TT&TT",
      "Phòng VH TT",
      expect.stringMatching(/^Quý \]?[I1]\/2024$/u),
    ]);
    // extractPlan reads the rows as tasks with the offices the text gives them
    const offices = (source: string) =>
      extractPlan(source).plan.activities.map((activity) =>
        activity.assignees.map((assignee) => [assignee.ref, assignee.role]),
      );
    expect(offices(read.text)).toEqual(offices(table));
    expect(offices(table)).toHaveLength(3);
  });

  it("reads an image-only PDF of one page, rendered by pdf.js", async () => {
    const scan = await renderScan(SHORT_003.split("\n").slice(0, 7).join("\n"), {
      dpi: 200,
      format: "pdf",
      rotate: -1,
    });
    expect(new TextDecoder().decode(scan.bytes.slice(0, 5))).toBe("%PDF-");
    const read = text(await ocrText(scan.bytes));
    expect(read.pages).toBe(1);
    expect(read.text).toContain("Thực hiện Kế hoạch số 13/KH-UBND, ngày 26/01/2024 của UBND huyện"); // 003:4
    expect(characterAccuracy(read.text, SHORT_003.split("\n").slice(0, 7).join("\n"))).toBeGreaterThanOrEqual(
      0.97,
    );
  });

  it("reads a TIFF of three pages, the last blank: origins by page, a note for the empty page", async () => {
    const lines = SHORT_003.split("\n");
    const pages = [lines.slice(0, 2).join("\n"), "\f", lines.slice(3, 5).join("\n"), "\f", ""].join("\n");
    const scan = await renderScan(pages, { dpi: 200, format: "tiff" });
    const read = text(await ocrText(scan.bytes));
    expect(read.pages).toBe(3);
    expect(read.origins?.map((origin) => [origin?.page, origin?.line])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
    ]);
    // 003:4 on page 2 (a tone mark may slip at 200 dpi: "sô" for "số")
    expect(read.text.split("\n")[2]).toContain("13/KH-UBND, ngày 26/01/2024 của UBND huyện");
    expect(characterAccuracy(read.text, pages)).toBeGreaterThanOrEqual(0.95);
    expect(read.notes).toEqual([
      { code: "ingest.ocr", params: { pages: 3, confidence: expect.any(Number) } },
      { code: "ingest.ocr-empty-page", params: { page: 3 } },
    ]);
  });

  it("names damaged images, a blank scan and a stopped read by their codes, never throwing", async () => {
    const png = (await renderScan("KẾ HOẠCH", { dpi: 200, format: "png" })).bytes;
    expect(await ocrText(png.slice(0, 200))).toEqual({
      failure: "ingest.image-damaged",
      params: { reason: "the PNG file is cut short (no end marker)" },
    });
    expect(await ocrText(new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 0, 0]))).toMatchObject({
      failure: "ingest.image-damaged",
    });
    expect(await ocrText(new TextEncoder().encode("not an image"))).toEqual({
      failure: "ingest.image-damaged",
      params: { reason: "not a PNG, JPEG, TIFF or PDF" },
    });
    const blank = (await renderScan("", { dpi: 200, format: "png" })).bytes;
    expect(await ocrText(blank)).toEqual({ failure: "ingest.ocr-no-text", params: { pages: 1 } });
    expect(await ocrText(png, { signal: AbortSignal.abort() })).toEqual({ failure: "ingest.cancelled" });
    const { issues } = await readPlanFilesAsync([{ name: "broken.png", bytes: png.slice(0, 200) }]);
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([["ingest.image-damaged", "error"]]);
  });

  it("names damaged JPEGs by ingest.image-damaged, each with its problem, and reads the good one given with them", async () => {
    const good = (
      await renderScan(SHORT_003.split("\n").slice(0, 7).join("\n"), { dpi: 200, format: "jpeg" })
    ).bytes;
    // the frame header (SOF0) of @napi-rs/canvas's JPEG is at byte 632, after APP0, APP2 and two DQT
    const sof = 632;
    expect(good.subarray(sof, sof + 2)).toEqual(new Uint8Array([0xff, 0xc0]));
    const edited = (at: number, values: number[]) => {
      const copy = good.slice();
      copy.set(values, at);
      return copy;
    };
    const sofEnd = sof + 2 + (((good[sof + 2] as number) << 8) | (good[sof + 3] as number));
    const damaged = {
      "cut.jpg": good.slice(0, good.length - 300),
      // cut inside the frame header and closed with an end marker: the header's length runs past the end
      "long-segment.jpg": new Uint8Array([...good.subarray(0, sof + 10), 0xff, 0xd9]),
      "width-0.jpg": edited(sof + 7, [0, 0]),
      "no-sof.jpg": new Uint8Array([...good.subarray(0, sof), ...good.subarray(sofEnd)]),
    };
    const { plans, issues } = await readPlanFilesAsync([
      { name: "good.jpg", bytes: good },
      ...Object.entries(damaged).map(([name, bytes]) => ({ name, bytes })),
    ]);
    expect(plans.map((p) => [p.source.file, p.plan.title])).toEqual([
      ["good.jpg", "Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024"], // 003:2
    ]);
    const reason = (file: string) =>
      issues.find((issue) => issue.file === file && issue.code === "ingest.image-damaged")?.message.en;
    expect(Object.keys(damaged).map(reason)).toEqual([
      expect.stringContaining("(detail: the JPEG file is cut short (no end marker))"),
      expect.stringContaining("(detail: the JPEG segment 0xFFC0 at byte 632 runs past the end of the file)"),
      expect.stringContaining("(detail: the JPEG claims 0 × 2339 pixels)"),
      expect.stringContaining("(detail: the JPEG's image data (SOS) comes before its frame header (SOF))"),
    ]);
  });
});
