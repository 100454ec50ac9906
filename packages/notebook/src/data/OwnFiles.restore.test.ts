import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { readPlanFilesAsync } from "@parcomms/ingest";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { StoredFile } from "../storage/fileStore";
import { ReadTimeoutError } from "../worker/ReadTimeoutError";
import { OwnFiles, type ReadFiles } from "./OwnFiles";

// IndexedDB as a map by name, as the real store keys it.
const kept = new Map<string, StoredFile>();
vi.mock("../storage/fileStore", () => ({
  fileStore: {
    list: async () => [...kept.values()].sort((a, b) => a.addedAt - b.addedAt),
    put: async (file: StoredFile) => {
      kept.set(file.name, file);
    },
    remove: async (name: string) => {
      kept.delete(name);
    },
  },
}));

// Plan 004 (seed 004) as the data package writes it: the good file kept beside the bad ones.
const PLAN_004 = readFileSync(
  createRequire(import.meta.url).resolve("@parcomms/sample-data/data/plans/004_f3b844502d811123.json"),
);
const good: StoredFile = { name: "truc-lam.json", bytes: new Uint8Array(PLAN_004), addedAt: 1 };
const hanging: StoredFile = {
  name: "treo.txt",
  bytes: new TextEncoder().encode("a) Tuyên truyền\n".repeat(8)),
  addedAt: 2,
};
/** Reads as the worker does, except the file named treo.txt, whose reading the worker stops after 3 s. */
const read = vi.fn<ReadFiles>(async (files) => {
  if (files.some((f) => f.name === "treo.txt")) throw new ReadTimeoutError(3);
  return readPlanFilesAsync(files, { validate: true });
});
const names = (own: OwnFiles) => ({
  files: own.files.map((f) => f.name),
  aside: own.setAside.map((f) => [f.name, f.setAside.reason]),
});

beforeEach(() => {
  kept.clear();
  read.mockClear();
});

describe("OwnFiles on restore: a file that fails or hangs is set aside, not re-read at every visit", () => {
  it("sets aside a kept file whose reading times out, with its message in both languages, and reads the good one", async () => {
    kept.set(good.name, good).set(hanging.name, hanging);
    const own = new OwnFiles(new Map(), { read });
    await own.restore();
    expect(names(own)).toEqual({ files: ["truc-lam.json"], aside: [["treo.txt", "timeout"]] });
    expect(own.setAside[0]?.setAside.message).toEqual({
      vi: "Khi mở trang, đọc tệp treo.txt quá 3 giây mà không xong nên đã dừng. Tệp được để riêng và không đọc lại mỗi lần mở trang: hãy đọc lại hoặc xóa.",
      en: "On opening the page, reading file treo.txt went on for over 3 s without finishing and was stopped. The file is set aside and not read again at each visit: retry or remove it.",
    });
    // Marked in IndexedDB: the good file's mark cleared, the bad one's kept.
    expect(kept.get("treo.txt")?.setAside?.reason).toBe("timeout");
    expect(kept.get("treo.txt")?.restoring).toBeUndefined();
    expect(kept.get("truc-lam.json")).toEqual(good);

    // The next visit does not read it again.
    read.mockClear();
    const next = new OwnFiles(new Map(), { read });
    await next.restore();
    expect(read.mock.calls.map(([files]) => files.map((f) => f.name))).toEqual([["truc-lam.json"]]);
    expect(names(next)).toEqual({ files: ["truc-lam.json"], aside: [["treo.txt", "timeout"]] });
  });

  it("sets aside, unread, a file still marked as being read: the page closed or froze during its reading", async () => {
    kept.set(good.name, good).set(hanging.name, { ...hanging, restoring: true });
    const own = new OwnFiles(new Map(), { read });
    await own.restore();
    expect(read.mock.calls.map(([files]) => files.map((f) => f.name))).toEqual([["truc-lam.json"]]);
    expect(names(own)).toEqual({ files: ["truc-lam.json"], aside: [["treo.txt", "interrupted"]] });
    expect(own.setAside[0]?.setAside.message.en).toBe(
      "Last time the page was closed (or froze) while reading file treo.txt. The file is set aside and not read again at each visit: retry or remove it.",
    );
    expect(kept.get("treo.txt")?.setAside?.reason).toBe("interrupted");
  });

  it("sets aside a kept file that no longer reads, with the reader's own message as the reason", async () => {
    kept.set("hong.json", { name: "hong.json", bytes: new TextEncoder().encode('{"id": '), addedAt: 3 });
    const own = new OwnFiles(new Map(), { read });
    await own.restore();
    expect(names(own)).toEqual({ files: [], aside: [["hong.json", "failed"]] });
    expect(own.problems).toEqual([]);
    expect(own.setAside[0]?.setAside.message.en).toMatch(
      /^On opening the page, file hong\.json could not be read: Not valid JSON: .+ The file is set aside and not read again at each visit: retry or remove it\.$/,
    );
  });

  it("reads a set-aside file again on retry (back with the others when it reads), and removes one from storage", async () => {
    kept.set(good.name, { ...good, setAside: { reason: "timeout", message: { vi: "x", en: "x" }, at: 5 } });
    kept.set(hanging.name, {
      ...hanging,
      setAside: { reason: "timeout", message: { vi: "x", en: "x" }, at: 5 },
    });
    const own = new OwnFiles(new Map(), { read });
    await own.restore();
    expect(read).not.toHaveBeenCalled();
    expect(names(own)).toEqual({
      files: [],
      aside: [
        ["truc-lam.json", "timeout"],
        ["treo.txt", "timeout"],
      ],
    });
    await own.retry("truc-lam.json");
    expect(names(own)).toEqual({ files: ["truc-lam.json"], aside: [["treo.txt", "timeout"]] });
    expect(kept.get("truc-lam.json")).toEqual(good);
    await own.retry("treo.txt");
    expect(names(own).aside).toEqual([["treo.txt", "timeout"]]);
    expect(await own.remove("treo.txt")).toBe(true);
    expect(names(own)).toEqual({ files: ["truc-lam.json"], aside: [] });
    expect([...kept.keys()]).toEqual(["truc-lam.json"]);
  });

  it("when a file hangs while added (not restored), says so and keeps nothing of it", async () => {
    const own = new OwnFiles(new Map(), { read });
    await own.add([new File([hanging.bytes as BlobPart], "treo.txt")]);
    expect(own.problems).toEqual([
      {
        file: "treo.txt",
        message: {
          vi: "Đọc tệp treo.txt quá 3 giây mà không xong nên đã dừng; tệp không được đọc.",
          en: "Reading file treo.txt went on for over 3 s without finishing and was stopped; the file was not read.",
        },
      },
    ]);
    expect(own.setAside).toEqual([]);
    expect(kept.size).toBe(0);
  });
});
