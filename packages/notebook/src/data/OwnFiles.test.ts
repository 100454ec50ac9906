import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
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
});
