import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputFile } from "./readInputFile";

let tmp = "";
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "parcomms-read-input-"));
  writeFileSync(join(tmp, "plan.json"), "[]");
  symlinkSync(join(tmp, "plan.json"), join(tmp, "link.json"));
  execFileSync("mkfifo", [join(tmp, "pipe.json")]);
  mkdirSync(join(tmp, "folder.json"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("readInputFile", () => {
  it("reads a regular file, and one through a symbolic link", () => {
    expect(readInputFile("plan.json", tmp)).toEqual({ bytes: new TextEncoder().encode("[]") });
    expect(readInputFile("link.json", tmp)).toEqual({ bytes: new TextEncoder().encode("[]") });
  });

  it("gives a plain Uint8Array, not a Buffer, which pdf.js refuses (every .pdf given to validate or extract was io.unreadable)", () => {
    const read = readInputFile("plan.json", tmp);
    const bytes = "bytes" in read ? read.bytes : undefined;
    expect([bytes?.constructor.name, Buffer.isBuffer(bytes), [...(bytes ?? [])]]).toEqual([
      "Uint8Array",
      false,
      [0x5b, 0x5d],
    ]);
  });

  it("refuses a FIFO by its type at once, where reading it waited for a writer forever", () => {
    const read = readInputFile("pipe.json", tmp);
    expect(read).toEqual({
      issue: expect.objectContaining({ file: "pipe.json", code: "io.not-a-file", severity: "error" }),
    });
    expect("issue" in read && read.issue.message.en).toBe(
      "pipe.json is not a regular file but a pipe (FIFO); it is not read, so the command cannot hang. Save its content to a file and read that.",
    );
  });

  it("refuses /dev/zero (a device that never ends) and a folder", () => {
    const zero = readInputFile("/dev/zero", tmp);
    expect("issue" in zero && [zero.issue.code, zero.issue.message.en]).toEqual([
      "io.not-a-file",
      "/dev/zero is not a regular file but a character device; it is not read, so the command cannot hang. Save its content to a file and read that.",
    ]);
    const folder = readInputFile("folder.json", tmp);
    expect("issue" in folder && folder.issue.message.vi).toBe(
      "folder.json là một thư mục, không phải tệp (EISDIR).",
    );
  });

  it("gives the coded sentence of a system error: a missing file, a file used as a folder", () => {
    const missing = readInputFile("nowhere.json", tmp);
    expect("issue" in missing && missing.issue.code).toBe("io.missing-file");
    const notFolder = readInputFile("plan.json/inner.json", tmp);
    expect("issue" in notFolder && notFolder.issue.message.en).toBe(
      "Part of the path plan.json/inner.json is a file, not a folder (ENOTDIR).",
    );
  });
});
