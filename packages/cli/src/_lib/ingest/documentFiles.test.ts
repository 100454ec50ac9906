import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentFiles } from "./documentFiles";

let tmp = "";

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "parcomms-documents-"));
  for (const name of [
    "b.pdf",
    "a.TXT",
    "c.json",
    "d.csv",
    "e.jpeg",
    "f.tif",
    ".hidden.txt",
    "~$lock.docx",
    "g.md",
  ])
    writeFileSync(join(tmp, name), "x");
  mkdirSync(join(tmp, "sub", "deeper"), { recursive: true });
  writeFileSync(join(tmp, "sub", "z.doc"), "x");
  writeFileSync(join(tmp, "sub", "deeper", "y.odt"), "x");
  writeFileSync(join(tmp, "sub", "a.rtf"), "x");
  mkdirSync(join(tmp, "empty"));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("documentFiles", () => {
  it("takes a folder's documents by name, leaving out plan files, hidden and lock files, and subfolders", () => {
    expect(documentFiles(["."], tmp)).toEqual({ files: ["a.TXT", "b.pdf", "e.jpeg", "f.tif"], issues: [] });
  });

  it("with recursive, walks the subfolders in order of name", () => {
    expect(documentFiles(["."], tmp, { recursive: true }).files).toEqual([
      "a.TXT",
      "b.pdf",
      "e.jpeg",
      "f.tif",
      "sub/a.rtf",
      "sub/deeper/y.odt",
      "sub/z.doc",
    ]);
  });

  it("keeps a file named whatever its extension; a missing path and a folder without documents are coded issues", () => {
    const { files, issues } = documentFiles(["c.json", "nowhere.pdf", "empty"], tmp);
    expect(files).toEqual(["c.json"]);
    expect(issues.map(({ file, code, severity }) => ({ file, code, severity }))).toEqual([
      { file: "nowhere.pdf", code: "io.missing-file", severity: "error" },
      { file: "empty", code: "ingest.no-documents", severity: "error" },
    ]);
    expect(issues[1]?.message.en).toBe(
      "The folder holds no document (.txt, .docx, .doc, .odt, .rtf, .pdf, .png, .jpg, .jpeg, .tif, .tiff); add --recursive to read its subfolders too.",
    );
  });

  it("gives a subfolder it cannot list a coded issue naming it, and still takes the others' documents", () => {
    // As root chmod 000 stops nothing, so the system's refusal of "sub/deeper" is given by a stand-in.
    const folders = {
      readdir: (path: string) => {
        if (path.endsWith(join("sub", "deeper"))) {
          throw Object.assign(new Error("EACCES: permission denied, scandir"), { code: "EACCES" });
        }
        return readdirSync(path);
      },
    };
    const { files, issues } = documentFiles(["."], tmp, { recursive: true, folders });
    expect(files).toEqual(["a.TXT", "b.pdf", "e.jpeg", "f.tif", "sub/a.rtf", "sub/z.doc"]);
    expect(issues.map((i) => [i.file, i.code, i.message.en])).toEqual([
      [
        "sub/deeper",
        "io.permission-denied",
        "No permission to read sub/deeper (EACCES). Give the user running the command read access, or copy the file elsewhere.",
      ],
    ]);
  });
});
