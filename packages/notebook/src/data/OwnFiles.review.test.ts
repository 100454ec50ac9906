import { REVIEW_FIELDS, readPlanFilesAsync } from "@parcomms/ingest";
import { writeDocx } from "@parcomms/ingest/testing";
import { seedText } from "@parcomms/sample-data";
import { describe, expect, it, vi } from "vitest";
import type { StoredFile } from "../storage/fileStore";
import { OwnFiles, type ReadFiles } from "./OwnFiles";
import type { ReadingStatus } from "./ReadingStatus";

const stored = new Map<string, StoredFile>();
vi.mock("../storage/fileStore", () => ({
  fileStore: {
    list: async () => [...stored.values()],
    put: async (file: StoredFile) => {
      stored.set(file.name, file);
    },
    remove: async (name: string) => {
      stored.delete(name);
    },
  },
}));

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (name: string, bytes: Uint8Array) => new File([bytes as BlobPart], name);
// The readers as the worker runs them, on this thread.
const read: ReadFiles = (files, options) => readPlanFilesAsync(files, { ...options, validate: true });
const NEWS =
  "Ngày 12/3/2025, UBND huyện Định Quán ban hành Kế hoạch số 45/KH-UBND về tuyên truyền cải cách hành chính năm 2025 trên địa bàn huyện.";

describe("OwnFiles' review queue", () => {
  it("lists one row a document read, with the progress of the reading, and none for a data file", async () => {
    stored.clear();
    const statuses: ReadingStatus[] = [];
    const own: OwnFiles = new OwnFiles(new Map(), {
      read,
      onProgress: () => statuses.push(own.status as ReadingStatus),
    });
    await own.add([
      file("003.txt", utf8(seedText("003_c2f82bd70c212939.txt"))),
      file("000.docx", writeDocx(seedText("000_34833a3694ee8a96.txt"))),
      file("tin.txt", utf8(NEWS)),
    ]);
    expect(statuses.map((s) => [s.state, s.done, s.total, s.file])).toEqual([
      ["reading", 0, 3, "003.txt"],
      ["reading", 1, 3, "000.docx"],
      ["reading", 2, 3, "tin.txt"],
      ["done", 3, 3, undefined],
    ]);
    const rows = own.queue();
    // 003: xã Gia Tân, 2024 (003:2, 003:5); 000: xã Sơn Mầu (000:5), 2024.
    expect(rows.map((r) => [r.file, r.documentKind, r.format, r.unit, r.year, r.status])).toEqual([
      ["003.txt", "plan", "text", "Gia Tân", "2024", "to-review"],
      ["000.docx", "plan", "docx", "Sơn Mầu", "2024", "to-review"],
      ["tin.txt", "about-plan", "text", undefined, undefined, "not-a-plan"],
    ]);
    expect(own.queue({ needsReview: true }).map((r) => r.file)).toEqual(["003.txt", "000.docx"]);
  });

  it("compares the corrected plan, marked as reviewed by a person, and keeps the review across a visit", async () => {
    stored.clear();
    const own = new OwnFiles(new Map(), { read });
    await own.add([file("003.txt", utf8(seedText("003_c2f82bd70c212939.txt")))]);
    const id = own.files[0]?.planIds[0] ?? "";
    expect(own.entries.map((e) => [e.unit, e.year])).toEqual([["xã Gia Tân", 2024]]);
    const problems = await own.review("003.txt", {
      accepted: ["/title"],
      corrected: { "/period": "2025", "/unit": "xã Sơn Mầu", "/number": "nhầm" },
    });
    // The number is refused with its message; the year and the unit are applied.
    expect(problems.map((p) => [p.path, p.message.en])).toEqual([
      ["/number", "“nhầm” is not a number like 15/KH-UBND."],
    ]);
    const plan = own.plans.get(id);
    expect(plan?.period).toEqual({ start: "2025", end: "2025" });
    expect(plan?.unit).toMatchObject({ name: "Sơn Mầu", code: { code: "21338" } });
    expect(plan?.provenance.notes?.at(-1)).toBe(
      "reviewed by a person (người dùng rà soát); corrected /unit, /period; accepted /title",
    );
    // The comparison's entries are the corrected plan's; the queue shows its values.
    expect(own.entries.map((e) => [e.id, e.unit, e.year, e.draft])).toEqual([[id, "xã Sơn Mầu", 2025, true]]);
    const [row] = own.queue();
    expect(row).toMatchObject({ unit: "Sơn Mầu", year: "2025", status: "to-review", decided: 3 });
    // Kept with the file: a new visit reads the file again and applies the review.
    expect(stored.get("003.txt")?.review?.corrected["/period"]).toBe("2025");
    const again = new OwnFiles(new Map(), { read });
    await again.restore();
    expect(again.plans.get(id)?.period).toEqual({ start: "2025", end: "2025" });
    expect(again.problems).toEqual([]);
    expect(again.reviews.get("003.txt")).toEqual({
      accepted: ["/title"],
      corrected: { "/period": "2025", "/unit": "xã Sơn Mầu" },
    });
    // Accepting every field marks the row reviewed.
    await again.review("003.txt", { accepted: [...REVIEW_FIELDS], corrected: { "/period": "2025" } });
    expect(again.queue()[0]?.status).toBe("reviewed");
    expect(again.queue({ needsReview: true })).toEqual([]);
  });

  it("stops at a cancel: the file being read and those after it are not added", async () => {
    stored.clear();
    let own: OwnFiles | undefined;
    const slow: ReadFiles = async (files, options) => {
      if (files[0]?.name === "000.txt") own?.cancel();
      return read(files, options);
    };
    own = new OwnFiles(new Map(), { read: slow });
    await own.add([
      file("003.txt", utf8(seedText("003_c2f82bd70c212939.txt"))),
      file("000.txt", utf8(seedText("000_34833a3694ee8a96.txt"))),
      file("001.txt", utf8(seedText("001_ec564b67ad28c11a.txt"))),
    ]);
    expect(own.files.map((f) => f.name)).toEqual(["003.txt"]);
    expect(own.status).toEqual({ state: "cancelled", done: 1, total: 3 });
    expect([...stored.keys()]).toEqual(["003.txt"]);
  });
});
