import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plan003 } from "@parcomms/sample-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectInputs } from "./loadPlanFiles";

let tmp = "";
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "parcomms-collect-"));
  mkdirSync(join(tmp, "plans"));
  writeFileSync(join(tmp, "plans", "003.json"), JSON.stringify(plan003));
  execFileSync("mkfifo", [join(tmp, "plans", "pipe.json")]);
  mkdirSync(join(tmp, "locked"));
  writeFileSync(join(tmp, "locked", "x.json"), "[]");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("collectInputs", () => {
  it("reads a folder's plan files, refusing a FIFO in it by type, and /dev/zero given directly (both hung before)", () => {
    const { inputs, issues } = collectInputs(["plans", "/dev/zero"], tmp);
    expect(inputs.map((i) => i.name)).toEqual([join("plans", "003.json")]);
    expect(issues.map((i) => [i.file, i.code])).toEqual([
      [join("plans", "pipe.json"), "io.not-a-file"],
      ["/dev/zero", "io.not-a-file"],
    ]);
  });

  it("turns a folder it cannot list into an issue naming it (readdirSync threw before), and reads the rest", () => {
    // As root chmod 000 stops nothing, so the system's refusal is given by a stand-in.
    const folders = {
      readdir: (path: string) => {
        if (path.endsWith("locked")) throw Object.assign(new Error("EACCES"), { code: "EACCES" });
        return readdirSync(path);
      },
    };
    const { inputs, issues } = collectInputs(["locked", join("plans", "003.json")], tmp, folders);
    expect(inputs.map((i) => i.name)).toEqual([join("plans", "003.json")]);
    expect(issues.map((i) => [i.file, i.code, i.message.vi])).toEqual([
      [
        "locked",
        "io.permission-denied",
        "Không có quyền đọc locked (EACCES). Hãy cấp quyền đọc cho người dùng đang chạy lệnh, hoặc chép tệp sang chỗ khác.",
      ],
    ]);
  });
});
