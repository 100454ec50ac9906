import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkKeyText } from "./checkKeyText";
import { CORPUS_FOLDER, loadCorpus } from "./loadCorpus";

const key01 = JSON.parse(readFileSync(join(CORPUS_FOLDER, "e01-xa-pipe-header.key.json"), "utf8"));
const text01 = readFileSync(join(CORPUS_FOLDER, "e01-xa-pipe-header.txt"), "utf8");

const scratch = mkdtempSync(join(tmpdir(), "corpus-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A corpus folder holding the given files. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

describe("loadCorpus", () => {
  it("reads a key with its text", () => {
    const dir = folder("good", {
      "e01-xa-pipe-header.key.json": JSON.stringify(key01),
      "e01-xa-pipe-header.txt": text01,
    });
    const { documents, problems } = loadCorpus(dir);
    expect(problems).toEqual([]);
    expect(documents.map((d) => [d.id, d.key.number, d.key.issuer])).toEqual([
      ["e01-xa-pipe-header", "18", { body: "people-committee", level: "commune" }],
    ]);
    expect(documents[0]?.text.split("\n")[2]).toBe("Số: 18/KH-UBND | Tân Long, ngày 26 tháng 01 năm 2024");
  });

  it("names the file and the field of a key that does not parse, in Vietnamese and English", () => {
    const bad = { ...key01, issuer: { body: "people-committee", level: "xã" } };
    const dir = folder("bad", {
      "e01-xa-pipe-header.key.json": JSON.stringify(bad),
      "e01-xa-pipe-header.txt": text01,
    });
    const { documents, problems } = loadCorpus(dir);
    expect(documents).toEqual([]);
    expect(problems.map((p) => [p.code, p.field])).toEqual([["corpus.bad-key", "issuer.level"]]);
    expect(problems[0]?.message.en).toMatch(
      /e01-xa-pipe-header\.key\.json: field issuer\.level is invalid: /,
    );
    expect(problems[0]?.message.vi).toMatch(
      /e01-xa-pipe-header\.key\.json: trường issuer\.level không hợp lệ: /,
    );
  });

  it("reports broken JSON, a key naming another id, a missing text and a text without key", () => {
    const dir = folder("mixed", {
      "e05-a.key.json": "{ not json",
      "e06-b.key.json": JSON.stringify({ ...key01, id: "e06-c", file: "e06-b.txt" }),
      "e07-d.key.json": JSON.stringify({ ...key01, id: "e07-d", file: "e07-d.txt" }),
      "e08-e.txt": "KẾ HOẠCH",
    });
    const { documents, problems } = loadCorpus(dir);
    expect(documents).toEqual([]);
    expect(problems.map((p) => [p.code, p.field ?? ""])).toEqual([
      ["corpus.bad-json", ""],
      ["corpus.id-mismatch", "id"],
      ["corpus.text-missing", "file"],
      ["corpus.key-missing", ""],
    ]);
  });

  it("reports a folder that does not exist instead of throwing", () => {
    expect(loadCorpus(join(scratch, "none")).problems.map((p) => p.code)).toEqual(["corpus.folder-missing"]);
  });
});

describe("the corpus in tests/corpus/documents", () => {
  const { documents, problems } = loadCorpus();

  it("has every key valid, naming its own text, and no text without a key", () => {
    expect(problems.map((p) => p.message.en)).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(
      expect.arrayContaining(["e01-xa-pipe-header", "e02-huyen-decision-sequential", "e03-phuong-news-web"]),
    );
  });

  it("has every key's number, symbol and reference numbers in its text", () => {
    expect(documents.flatMap((d) => checkKeyText(d)).map((p) => p.message.en)).toEqual([]);
  });
});
