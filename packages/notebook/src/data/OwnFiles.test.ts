import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PlanMention } from "@parcomms/core";
import * as extract from "@parcomms/core/extract";
import { documentTexts, writeZipBomb } from "@parcomms/ingest/testing";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { StoredFile } from "../storage/fileStore";
import { OwnFiles } from "./OwnFiles";

// The plan of phường Trúc Lâm (004) as the landed data wrote it in schema 1.0, before model 1.1: what a
// user's IndexedDB still holds from an earlier visit.
const SAVED_1_0 = readFileSync(join(import.meta.dirname, "_fixtures", "plan004-schema-1.0.json"));

const stored: StoredFile[] = [];
vi.mock("../storage/fileStore", () => ({
  fileStore: {
    list: async () => stored,
    put: async (file: StoredFile) => {
      stored.push(file);
    },
    remove: async () => undefined,
  },
}));

// The kind of document is core's classifier's to find: here it is given by hand, to test what the
// notebook does with each kind.
vi.mock("@parcomms/core/extract", async (importOriginal) => {
  const real = await importOriginal<typeof import("@parcomms/core/extract")>();
  return { ...real, extractPlan: vi.fn(real.extractPlan) };
});
const { extractPlan } =
  await vi.importActual<typeof import("@parcomms/core/extract")>("@parcomms/core/extract");
const answer = (change: Partial<extract.PlanExtraction>) =>
  vi.mocked(extract.extractPlan).mockImplementationOnce((text, options) => ({
    ...extractPlan(text, options),
    ...change,
  }));
afterEach(() => {
  vi.mocked(extract.extractPlan).mockReset();
  vi.mocked(extract.extractPlan).mockImplementation(extractPlan);
});
const utf8 = (text: string) => new TextEncoder().encode(text);
const MENTION: PlanMention = {
  number: "45",
  symbol: "KH-UBND",
  issueDate: { year: 2025, month: 3, day: 12 },
  issuer: "Ủy ban nhân dân huyện Định Quán",
  period: { start: "2025", end: "2025" },
  title: "tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện",
  raw: "Kế hoạch số 45/KH-UBND về tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện",
};

describe("OwnFiles", () => {
  it("opens a plan saved in schema 1.0 from an earlier visit, migrated to 1.2, with a note and no problem", async () => {
    expect(JSON.parse(SAVED_1_0.toString("utf8")).schemaVersion).toBe("1.0");
    stored.splice(0, stored.length, { name: "truc-lam.json", bytes: new Uint8Array(SAVED_1_0), addedAt: 1 });
    const own = new OwnFiles(new Map());
    await own.restore();
    const plan = own.plans.get("004_f3b844502d811123");
    expect(plan?.schemaVersion).toBe("1.2");
    // 004:1 "UBND PHƯỜNG TRÚC LÂM": the issuer takes the ward's level.
    expect(plan?.issuer).toMatchObject({ body: "people-committee", level: "commune" });
    expect(own.entries.map((e) => [e.unit, e.level, e.origin, e.file])).toEqual([
      ["phường Trúc Lâm", "commune", "own", "truc-lam.json"],
    ]);
    expect(own.problems).toEqual([
      {
        file: "truc-lam.json",
        message: {
          vi: "Tệp truc-lam.json: 1 kế hoạch lưu theo lược đồ 1.0 đã được chuyển sang lược đồ 1.2.",
          en: "File truc-lam.json: plans saved in schema 1.0 were migrated to schema 1.2 (1).",
        },
        note: true,
      },
    ]);
    expect(own.files.map((f) => [f.name, f.planIds])).toEqual([["truc-lam.json", ["004_f3b844502d811123"]]]);
  });

  it("lists a text about a plan with the plans it names, no plan to compare, and keeps it across visits", async () => {
    stored.splice(0, stored.length);
    answer({ documentKind: "about-plan", mentions: [MENTION] });
    const own = new OwnFiles(new Map());
    await own.add([new File([documentTexts.aboutPlan], "tin-bai.txt")]);
    expect(own.plans.size).toBe(0);
    expect(own.entries).toEqual([]);
    expect(own.problems).toEqual([]);
    expect(own.files.map((f) => [f.name, f.planIds, f.documentKind, f.mentions, f.stored])).toEqual([
      ["tin-bai.txt", [], "about-plan", [MENTION], true],
    ]);
    // the next visit reads it again from IndexedDB, to the same
    expect(stored.map((f) => f.name)).toEqual(["tin-bai.txt"]);
    answer({ documentKind: "about-plan", mentions: [MENTION] });
    const again = new OwnFiles(new Map());
    await again.restore();
    expect(again.files.map((f) => [f.name, f.documentKind, f.mentions])).toEqual([
      ["tin-bai.txt", "about-plan", [MENTION]],
    ]);
  });

  it("refuses a .docx under the 50 MB file limit that inflates to 400 MB (a zip bomb), and reads the plan given with it", async () => {
    stored.splice(0, stored.length);
    const own = new OwnFiles(new Map());
    const bomb = writeZipBomb({ inflatedBytes: 1024 * 1024, declaredBytes: 400 * 1024 * 1024 });
    expect(bomb.length).toBeLessThan(10_000);
    await own.add([
      new File([new Uint8Array(bomb)], "bom.docx"),
      new File([new Uint8Array(SAVED_1_0)], "truc-lam.json"),
    ]);
    expect(own.plans.has("004_f3b844502d811123")).toBe(true);
    expect(own.problems.map((p) => [p.file, p.message.en])).toEqual([
      [
        "bom.docx",
        "The .docx file inflates to 400 MB or more, over the 100 MB limit once uncompressed; it is not read, so memory cannot run out (it may be a zip bomb). If the file really is that large, raise the limit (the limits option, maxInflatedBytes).",
      ],
      ["truc-lam.json", "File truc-lam.json: plans saved in schema 1.0 were migrated to schema 1.2 (1)."],
    ]);
  });

  it("lists another text with its problem, io.not-a-plan, and no plan", async () => {
    stored.splice(0, stored.length);
    answer({ documentKind: "other" });
    const own = new OwnFiles(new Map());
    await own.add([new File([documentTexts.other], "thong-bao.txt")]);
    expect(own.files.map((f) => [f.name, f.planIds, f.documentKind, f.mentions])).toEqual([
      ["thong-bao.txt", [], "other", undefined],
    ]);
    expect(own.problems.map((p) => [p.file, p.message.vi])).toEqual([
      [
        "thong-bao.txt",
        "Văn bản không phải kế hoạch, quyết định ban hành kế hoạch hay văn bản nói về một kế hoạch (không tìm thấy kế hoạch nào được nêu); không có gì được giữ làm kế hoạch.",
      ],
    ]);
  });

  it("adds the plan a decision issues as a draft, the decision kept with its file", async () => {
    stored.splice(0, stored.length);
    const decision = { number: "512", symbol: "QĐ-UBND", issueDate: { year: 2025, month: 3, day: 5 } };
    answer({ documentKind: "decision-with-plan", decision });
    const own = new OwnFiles(new Map());
    await own.add([new File([utf8(documentTexts.decisionWithPlan)], "qd-512.txt")]);
    expect(own.files.map((f) => [f.planIds, f.drafts, f.documentKind, f.decision])).toEqual([
      [["qd-512"], 1, "decision-with-plan", decision],
    ]);
    expect(own.entries.map((e) => [e.id, e.draft])).toEqual([["qd-512", true]]);
  });
});
