import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Plan, planTasks } from "@parcomms/core";
import { extractPlan } from "@parcomms/core/extract";
import { documentTexts, writeDocx } from "@parcomms/ingest/testing";
import { seedText } from "@parcomms/sample-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, runBuiltCli as parcomms, type Run } from "../_testing/runBuiltCli";

const S002 = "packages/sample-data/seeds/002_9c9d59d1a9d0f229.txt";
const S003 = "packages/sample-data/seeds/003_c2f82bd70c212939.txt";
const P003 = "packages/sample-data/data/plans/003_c2f82bd70c212939.json";
let tmp = "";
const at = (name: string) => join(tmp, name);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const noStackTrace = (run: Run) => expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`build first: ${BIN} is missing (cd packages/cli && pnpm exec tsup)`);
  tmp = mkdtempSync(join(tmpdir(), "parcomms-extract-"));
  writeFileSync(at("003.docx"), writeDocx(seedText("003_c2f82bd70c212939.txt")));
  writeFileSync(at("cut.docx"), writeDocx(seedText("003_c2f82bd70c212939.txt")).slice(0, 300));
  writeFileSync(at("letter.txt"), "Kính gửi anh Nam,\nCảm ơn anh đã gửi tài liệu.\n");
  writeFileSync(at("qd-512.txt"), documentTexts.decisionWithPlan);
  writeFileSync(at("tin-bai.docx"), writeDocx(documentTexts.aboutPlan));
  writeFileSync(at("thong-bao.txt"), documentTexts.other);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("parcomms extract (built binary)", { timeout: 120_000 }, () => {
  it("prints 002's draft: unit, year, every activity with its lead, and the issues", async () => {
    const expected = extractPlan(seedText("002_9c9d59d1a9d0f229.txt"), {
      sourceName: "002_9c9d59d1a9d0f229.txt",
    });
    const run = await parcomms("extract", S002);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    // 002:4-5 "Thông tin, tuyên truyền cải cách hành chính năm 2024 / trên địa bàn tỉnh Tây Ninh"
    expect(run.stdout).toContain(
      "== packages/sample-data/seeds/002_9c9d59d1a9d0f229.txt ==\nLoại văn bản: kế hoạch\nBản nháp kế hoạch: 002_9c9d59d1a9d0f229\n",
    );
    expect(run.stdout).toContain("  Đơn vị             tỉnh Tây Ninh (Cấp tỉnh)\n");
    expect(run.stdout).toContain("  Kỳ kế hoạch        2024\n");
    // Pieces of work, counted once: the nine blocks V.1–V.9 (002:85-139) hold 23 tasks, the lettered
    // a)–e) of V.1 (002:87-95), a)–d) of V.2 and V.3 (002:99-109), a)–c) of V.4 and V.8 (002:113-135).
    const tasks = planTasks(expected.plan);
    expect(tasks).toHaveLength(23);
    expect(run.stdout).toContain("\nHoạt động (23):\n");
    // each row is the task's ref and its own text: "V.1 c)  Hàng quý, các Sở, ban, ngành…" (002:91)
    expect(run.stdout).toMatch(/\n {2}V\.1 c\) +Hàng quý, các Sở, ban, ngành/);
    for (const task of tasks) {
      const ref = task.subtask?.ref ? `${task.origin.ref} ${task.subtask.ref})` : task.origin.ref;
      const words = (task.subtask?.text ?? task.title).slice(0, 20);
      expect(run.stdout).toMatch(new RegExp(`\\n  ${escapeRegExp(ref)} +${escapeRegExp(words)}`));
    }
    expect(run.stdout).toContain(`\nVấn đề (${expected.issues.length}):\n`);
    for (const issue of expected.issues) expect(run.stdout).toContain(`${issue.code}: ${issue.message.vi}`);
  });

  it("--json prints { file, documentKind, plan, mentions, elements, issues } as extractPlan gives them; --out writes a plan file", async () => {
    const expected = extractPlan(seedText("003_c2f82bd70c212939.txt"), {
      sourceName: "003_c2f82bd70c212939.txt",
    });
    const run = await parcomms("extract", S003, "--json", "--out", at("draft.json"));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ file: S003, ...JSON.parse(JSON.stringify(expected)) });
    expect(JSON.parse(run.stdout)).toMatchObject({ documentKind: "plan", mentions: [] });
    const written = JSON.parse(readFileSync(at("draft.json"), "utf8"));
    expect(Plan.parse(written).unit?.name).toBe("Gia Tân");
    // the draft reads back in the other commands
    const summary = await parcomms("summary", at("draft.json"), "--format", "json");
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.stdout)[0]).toMatchObject({ unit: "xã Gia Tân", period: "2024" });
  });

  it("reads a .docx to the same draft as its text", async () => {
    const run = await parcomms("extract", at("003.docx"), "--json", "--lang", "en");
    expect(run.code).toBe(0);
    const { file, plan } = JSON.parse(run.stdout);
    expect(file).toBe(at("003.docx"));
    // 003:2 "… xã Gia Tân năm 2024"
    expect(plan).toMatchObject({ id: "003", unit: { name: "Gia Tân" }, period: { start: "2024" } });
    const fromText = extractPlan(seedText("003_c2f82bd70c212939.txt"), { sourceName: "003.docx" }).plan;
    expect(plan).toEqual(JSON.parse(JSON.stringify(fromText)));
  });

  it("exits 1 with a coded message for a corrupt .docx and a text that is not a plan, and 2 on usage errors", async () => {
    const bad = await parcomms("extract", at("cut.docx"), "--lang", "en");
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(
      /cut\.docx: error io\.bad-docx: The Word file \(\.docx\) cannot be read: it is damaged or not a \.docx/,
    );
    const letter = await parcomms("extract", at("letter.txt"));
    expect(letter.code).toBe(1);
    expect(letter.stderr).toContain(
      "letter.txt: lỗi io.not-a-plan: Văn bản không phải kế hoạch, quyết định ban hành kế hoạch hay văn bản nói về một kế hoạch",
    );
    // what was read is still shown: its kind, and that no plan is kept
    expect(letter.stdout).toBe(
      `== ${at("letter.txt")} ==\nLoại văn bản: khác, không phải kế hoạch\nKhông có kế hoạch nào được giữ từ văn bản này.\n`,
    );
    const json = await parcomms("extract", P003);
    expect(json.code).toBe(1);
    expect(json.stderr).toContain(
      `${P003}: lỗi io.not-text: Không phải văn bản kế hoạch (.txt, .docx) mà là tệp json`,
    );
    const missing = await parcomms("extract", at("none.txt"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("io.missing-file");
    const noInput = await parcomms("extract");
    expect(noInput.code).toBe(2);
    expect(noInput.stderr).toContain("usage.no-input");
    const badOut = await parcomms("extract", S003, "--out", at("draft.csv"));
    expect(badOut.code).toBe(2);
    expect(badOut.stderr).toContain("parcomms extract: lỗi usage.bad-out: --out phải là một tệp .json.");
    for (const run of [bad, letter, json, missing, noInput, badOut]) noStackTrace(run);
  });

  it("--help has examples in both languages; other commands read .txt and .docx too", async () => {
    const help = await parcomms("extract", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      "Ví dụ:\n  parcomms extract packages/sample-data/seeds/002_9c9d59d1a9d0f229.txt",
    );
    expect((await parcomms("help", "extract", "--lang", "en")).stdout).toContain("Examples:");
    const summary = await parcomms("summary", S002, at("003.docx"), "--format", "json");
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.stdout).map((s: { unit: string }) => s.unit)).toEqual([
      "tỉnh Tây Ninh",
      "xã Gia Tân",
    ]);
  });

  it("says the kind of each text: a decision's plan with the decision, a news item's plan, a notice", async () => {
    const run = await parcomms("extract", at("qd-512.txt"), at("tin-bai.docx"), at("thong-bao.txt"));
    // the notice is other: an error, so exit 1, after the other two are shown
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${at("thong-bao.txt")}: lỗi io.not-a-plan: Văn bản không phải kế hoạch, quyết định ban hành kế hoạch hay văn bản nói về một kế hoạch (không tìm thấy kế hoạch nào được nêu); không có gì được giữ làm kế hoạch.\n`,
    );
    const [decision, news, notice] = run.stdout.split(/\n(?===)/);
    expect(decision).toMatch(
      /^== .*qd-512\.txt ==\nLoại văn bản: quyết định ban hành kế hoạch\nQuyết định ban hành: Quyết định số 512\/QĐ-UBND ngày 05\/03\/2025 — Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2025\nBản nháp kế hoạch: qd-512\n/,
    );
    expect(decision).toContain("ghi chú io.decision-with-plan: Văn bản là quyết định ban hành kế hoạch");
    expect(news).toMatch(
      /^== .*tin-bai\.docx ==\nLoại văn bản: văn bản nói về kế hoạch\nKế hoạch được nhắc tới \(1\):\n {2}1\. Kế hoạch số 45\/KH-UBND ngày 12\/03\/2025 của /,
    );
    expect(news).toContain("cảnh báo io.about-plan: Văn bản nói về Kế hoạch số 45/KH-UBND");
    expect(news).not.toContain("Bản nháp kế hoạch");
    expect(notice).toMatch(/^== .*thong-bao\.txt ==\nLoại văn bản: khác, không phải kế hoạch\n/);
  });

  it("--json gives every text its kind, decision and mentions; --out writes the plans and names the others", async () => {
    const run = await parcomms(
      "extract",
      at("qd-512.txt"),
      at("tin-bai.docx"),
      "--json",
      "--out",
      at("kinds.json"),
      "--lang",
      "en",
    );
    expect(run.code).toBe(0);
    const [decision, news] = JSON.parse(run.stdout);
    expect(decision).toMatchObject({
      file: at("qd-512.txt"),
      documentKind: "decision-with-plan",
      decision: { number: "512", symbol: "QĐ-UBND", issueDate: { year: 2025, month: 3, day: 5 } },
    });
    expect(news).toMatchObject({
      file: at("tin-bai.docx"),
      documentKind: "about-plan",
      mentions: [{ number: "45", symbol: "KH-UBND" }],
    });
    expect(run.stderr).toBe(
      `${at("tin-bai.docx")}: not written to ${at("kinds.json")}: text about a plan, there is no plan to write.\n`,
    );
    // the one plan, the decision's, is written alone
    expect(Plan.parse(JSON.parse(readFileSync(at("kinds.json"), "utf8"))).id).toBe("qd-512");
  });

  it("reads a text about a plan among plans in summary: reported, the plans still read", async () => {
    const run = await parcomms("summary", S002, at("tin-bai.docx"), "--format", "json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((s: { unit: string }) => s.unit)).toEqual(["tỉnh Tây Ninh"]);
    expect(run.stderr).toMatch(
      /tin-bai\.docx(:\d+)?: cảnh báo io\.about-plan: Văn bản nói về Kế hoạch số 45\/KH-UBND/,
    );
  });

  it("takes from a folder every document format the ingest package reads (.pdf, .doc, scans), not only .txt and .docx", async () => {
    const folder = at("mixed");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "003.txt"), seedText("003_c2f82bd70c212939.txt"));
    // not a real PDF or scan: whatever the readers make of them, each must be reported, never silently skipped
    writeFileSync(join(folder, "scan.png"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    writeFileSync(join(folder, "van-ban.pdf"), "%PDF-1.4\nnot really\n");
    const run = await parcomms("extract", folder, "--json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: join(folder, "003.txt"), documentKind: "plan" });
    expect(run.stderr).toMatch(new RegExp(`${escapeRegExp(join(folder, "scan.png"))}: lỗi [a-z.-]+: `));
    expect(run.stderr).toMatch(new RegExp(`${escapeRegExp(join(folder, "van-ban.pdf"))}: lỗi [a-z.-]+: `));
    noStackTrace(run);
  });
});
