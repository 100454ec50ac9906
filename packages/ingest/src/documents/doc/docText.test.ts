import { extractPlan } from "@parcomms/core/extract";
import { seedText } from "@parcomms/sample-data";
import { describe, expect, it, vi } from "vitest";
import { readPlanFilesAsync } from "../../readPlanFilesAsync";
import { writeDoc } from "../../testing/writeDoc";
import { writeDocx } from "../../testing/writeDocx";
import { docText } from "./docText";

const S001 = "001_ec564b67ad28c11a.txt";
const S003 = "003_c2f82bd70c212939.txt";

describe("docText", () => {
  it("reads a .doc made from a seed to the seed's text, its appendix table's rows as tab-separated lines", async () => {
    const content = seedText(S001);
    expect(await docText(writeDoc(content, { tables: true }))).toEqual({ text: content, method: "doc" });
  });

  it("keeps the page header and footer out of the body, shows a field by its result, keeps curly quotes and dashes", async () => {
    const bytes = writeDoc(
      'KẾ HOẠCH\nTheo “Kế hoạch” số 14/KH-UBND – năm 2024\nXem \u0013 HYPERLINK "http://x" \u0014trang tin\u0015 của xã\n\u0013 PAGE \u0014\u0015',
      { header: "UBND XÃ GIA TÂN", footer: "Trang 1/3" },
    );
    expect(await docText(bytes)).toEqual({
      text: "KẾ HOẠCH\nTheo “Kế hoạch” số 14/KH-UBND – năm 2024\nXem trang tin của xã\n",
      method: "doc",
    });
  });

  it("joins a cell's paragraphs by a space on its row's line, as the .docx reader does; paragraphs out of tables stay lines", async () => {
    const text =
      "Phụ lục\nTT\tNội dung\tCơ quan phối hợp\n" +
      "1\tTuyên truyền trên Cổng thông tin\u2029\u2029- đăng tin, bài\tPhòng Nội vụ\u2029UBND các xã\nKết thúc";
    expect(await docText(writeDoc(text, { tables: true }))).toEqual({
      text:
        "Phụ lục\nTT\tNội dung\tCơ quan phối hợp\n" +
        "1\tTuyên truyền trên Cổng thông tin - đăng tin, bài\tPhòng Nội vụ UBND các xã\nKết thúc",
      method: "doc",
    });
  });

  it("keeps an empty cell of a row and a row's empty last cell", async () => {
    const read = await docText(
      writeDoc("TT\tNội dung\tGhi chú\n1\t\tThường xuyên\n2\tHọp\t", { tables: true }),
    );
    expect(read).toEqual({ text: "TT\tNội dung\tGhi chú\n1\t\tThường xuyên\n2\tHọp\t", method: "doc" });
  });

  it("names what is wrong with a damaged file", async () => {
    const whole = writeDoc(seedText(S003));
    expect(await docText(whole.subarray(0, 1200))).toEqual({
      failure: "ingest.doc-damaged",
      params: { reason: "a directory sector lies past the end of the file" },
    });
    expect(await docText(whole.subarray(0, 512))).toEqual({
      failure: "ingest.doc-damaged",
      params: { reason: "the header lists 1 FAT sectors, more than the file holds" },
    });
    expect(await docText(new TextEncoder().encode("not a Word file at all"))).toEqual({
      failure: "ingest.doc-damaged",
      params: { reason: "not an OLE compound file (no D0 CF 11 E0 signature)" },
    });
    // the text cut off inside the WordDocument stream: word-extractor reads past the end
    const fib = whole.findIndex((_, i) => whole[i] === 0xec && whole[i + 1] === 0xa5 && i % 512 === 0);
    const cut = whole.slice();
    cut.fill(0, fib + 0x1a2, fib + 0x1a6); // fcClx: the piece table is looked for where it is not
    new DataView(cut.buffer).setUint32(fib + 0x1a2, 0xfff0, true);
    expect(await docText(cut)).toMatchObject({
      failure: "ingest.doc-damaged",
      params: { reason: expect.stringMatching(/^a part of the file points past its end \(/) },
    });
    // an OLE file whose WordDocument stream is not Word's (a wrong magic number)
    const notWord = whole.slice();
    notWord[fib] = 0;
    expect(await docText(notWord)).toEqual({
      failure: "ingest.doc-damaged",
      params: { reason: "This does not seem to be a Word document: Invalid magic number: a500" },
    });
  });

  it("says an OLE file of another program is not a Word document", async () => {
    const xls = writeDoc("KẾ HOẠCH").slice();
    // rename the WordDocument stream (directory entry 1, in the sector after the FAT) to "Workbook"
    const entry = 2 * 512 + 128;
    xls.fill(0, entry, entry + 66);
    new TextEncoder().encode("Workbook").forEach((code, i) => {
      xls[entry + i * 2] = code;
    });
    new DataView(xls.buffer).setUint16(entry + 64, 18, true);
    expect(await docText(xls)).toEqual({
      failure: "ingest.doc-damaged",
      params: {
        reason: "it has no WordDocument stream: an OLE file of another program (Excel, PowerPoint…)",
      },
    });
  });

  it("refuses a file whose allocation table loops, which would make the reader run without end", async () => {
    const looping = writeDoc("KẾ HOẠCH").slice();
    // FAT sector 0 (at byte 512): the WordDocument stream's second sector (3) points back to its first (2)
    new DataView(looping.buffer).setUint32(512 + 3 * 4, 2, true);
    expect(await docText(looping)).toEqual({
      failure: "ingest.doc-damaged",
      params: { reason: "the stream chain loops (the file's allocation table is damaged)" },
    });
  });

  it("reads a .docx saved under a .doc name too, as a .docx", async () => {
    expect(await docText(writeDocx("KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024"))).toEqual({
      text: "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024",
      method: "doc",
    });
  });

  // without process (what the old reader checked for Node); a real browser, with no Buffer either, is the notebook's e2e/doc.test.ts
  it("reads without Node's process, as in the notebook's worker", async () => {
    const content = seedText(S003);
    vi.stubGlobal("process", undefined);
    try {
      expect(await docText(writeDoc(content, { tables: true }))).toEqual({ text: content, method: "doc" });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("reads compressed (Windows-1252) pieces between UTF-16 ones, and leaves deleted tracked changes out", async () => {
    // 003:2 with a deleted "năm 2023", and a table row of our own; "Tuyên truyền" mixes characters Windows-1252 holds (ê, “, –) and ones it does not (ề)
    const text =
      "Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024\n1\tĐăng tin “Cải cách” – 2024\tVăn hóa";
    const bytes = writeDoc(text.replace("năm 2024", "\ue000năm 2023 \ue001năm 2024"), {
      compressed: true,
      deletions: true,
      tables: true,
    });
    expect(await docText(bytes)).toEqual({ text, method: "doc" });
  });

  it("says a Word 95 file is older than the format it reads", async () => {
    const old = writeDoc("KẾ HOẠCH").slice();
    const fib = old.findIndex((_, i) => old[i] === 0xec && old[i + 1] === 0xa5 && i % 512 === 0);
    new DataView(old.buffer).setUint16(fib + 2, 104, true); // nFib of Word 95
    expect(await docText(old)).toEqual({
      failure: "ingest.doc-damaged",
      params: {
        reason: "a Word 6.0 or Word 95 file (FIB version 104), older than the Word 97–2003 format read here",
      },
    });
  });

  it("says a file saved with a password is encrypted", async () => {
    const locked = writeDoc("KẾ HOẠCH").slice();
    const fib = locked.findIndex((_, i) => locked[i] === 0xec && locked[i + 1] === 0xa5 && i % 512 === 0);
    locked[fib + 0x0b] = (locked[fib + 0x0b] ?? 0) | 0x01; // fEncrypted
    expect(await docText(locked)).toEqual({
      failure: "ingest.doc-damaged",
      params: { reason: "the file is encrypted with a password" },
    });
  });

  it("gives ingest.cancelled for a read already stopped", async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await docText(writeDoc("KẾ HOẠCH"), { signal: controller.signal })).toEqual({
      failure: "ingest.cancelled",
    });
  });
});

describe("readPlanFilesAsync reads a .doc", () => {
  it("as it reads the seed's .txt: the same text, header fields and references", async () => {
    const content = seedText(S003);
    const { plans, issues } = await readPlanFilesAsync([
      { name: "doc/003_c2f82bd70c212939.doc", bytes: writeDoc(content, { header: "Trang 1" }) },
    ]);
    const expected = extractPlan(content, { sourceName: "003_c2f82bd70c212939.doc" });
    expect(plans).toHaveLength(1);
    expect(plans[0]?.source).toEqual({ file: "doc/003_c2f82bd70c212939.doc", format: "doc" });
    expect(plans[0]?.text).toBe(content);
    expect(plans[0]?.extraction).toEqual(expected);
    // 003:2 "Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024"
    expect(plans[0]?.plan).toMatchObject({
      id: "003_c2f82bd70c212939",
      unit: { name: "Gia Tân", kind: "xa" },
      period: { start: "2024", end: "2024" },
    });
    expect(plans[0]?.plan.references).toEqual(expected.plan.references);
    expect(issues.map((i) => i.code)).toEqual(expected.issues.map((i) => i.code));
  });

  it("a seed with an appendix table (001, Bắc Giang): the same draft as its .txt", async () => {
    const content = seedText(S001);
    const { plans } = await readPlanFilesAsync([
      { name: "001.doc", bytes: writeDoc(content, { tables: true }) },
    ]);
    const expected = extractPlan(content, { sourceName: "001.doc" });
    expect(plans[0]?.plan).toEqual(expected.plan);
    expect(plans[0]?.plan.unit?.name).toBe("Bắc Giang");
  });

  it("a damaged .doc is one coded, bilingual error naming its problem", async () => {
    const { plans, issues } = await readPlanFilesAsync([
      { name: "hỏng.doc", bytes: writeDoc(seedText(S003)).subarray(0, 1200) },
    ]);
    expect(plans).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "hỏng.doc", code: "ingest.doc-damaged", severity: "error" });
    expect(issues[0]?.message.vi).toMatch(/^Không đọc được tệp Word 97–2003 \(\.doc\): tệp hỏng/);
    expect(issues[0]?.message.en).toMatch(/^The Word 97–2003 file \(\.doc\) cannot be read: it is damaged/);
  });
});
