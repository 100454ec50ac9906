import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFolder } from "./listFolder";

let tmp = "";
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "parcomms-list-folder-"));
  mkdirSync(join(tmp, "plans"));
  writeFileSync(join(tmp, "plans", "b.json"), "[]");
  writeFileSync(join(tmp, "plans", "a.json"), "[]");
  mkdirSync(join(tmp, "locked"));
  chmodSync(join(tmp, "locked"), 0o000);
});
afterAll(() => {
  chmodSync(join(tmp, "locked"), 0o755);
  rmSync(tmp, { recursive: true, force: true });
});

const denied = () => {
  throw Object.assign(new Error("EACCES: permission denied, scandir 'locked'"), { code: "EACCES" });
};

describe("listFolder", () => {
  it("lists a folder's names in order", () => {
    expect(listFolder("plans", tmp)).toEqual({ names: ["a.json", "b.json"] });
  });

  it("turns a folder it may not read into io.permission-denied naming it (was: readdirSync threw)", () => {
    // As root, chmod 000 does not stop reading: the system's answer is then given by a stand-in.
    const asRoot = process.getuid?.() === 0;
    const listed = listFolder("locked", tmp, asRoot ? { readdir: denied } : undefined);
    expect(listed).toEqual({
      issue: {
        file: "locked",
        code: "io.permission-denied",
        severity: "error",
        message: {
          vi: "Không có quyền đọc locked (EACCES). Hãy cấp quyền đọc cho người dùng đang chạy lệnh, hoặc chép tệp sang chỗ khác.",
          en: "No permission to read locked (EACCES). Give the user running the command read access, or copy the file elsewhere.",
        },
      },
    });
  });

  it("turns a file given as a folder into io.not-a-folder", () => {
    const listed = listFolder(join("plans", "a.json"), tmp);
    expect("issue" in listed && listed.issue.code).toBe("io.not-a-folder");
  });
});
