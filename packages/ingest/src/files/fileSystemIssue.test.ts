import { describe, expect, it } from "vitest";
import { fileSystemIssue } from "./fileSystemIssue";

const systemError = (code: string, message = `${code}: failed`) =>
  Object.assign(new Error(message), { code });

describe("fileSystemIssue", () => {
  it("says what happened in both languages, naming the path and keeping the system's code (was: only EACCES)", () => {
    expect(fileSystemIssue("plans/locked", systemError("EACCES"))).toEqual({
      file: "plans/locked",
      code: "io.permission-denied",
      severity: "error",
      message: {
        vi: "Không có quyền đọc plans/locked (EACCES). Hãy cấp quyền đọc cho người dùng đang chạy lệnh, hoặc chép tệp sang chỗ khác.",
        en: "No permission to read plans/locked (EACCES). Give the user running the command read access, or copy the file elsewhere.",
      },
    });
    expect(fileSystemIssue("a", systemError("EISDIR")).message.en).toBe(
      "a is a folder, not a file (EISDIR).",
    );
    expect(fileSystemIssue("a.json/b", systemError("ENOTDIR")).message.vi).toBe(
      "Một phần của đường dẫn a.json/b là tệp chứ không phải thư mục (ENOTDIR).",
    );
    expect(fileSystemIssue("a", systemError("EMFILE")).code).toBe("io.too-many-open-files");
    expect(fileSystemIssue("a", systemError("ELOOP")).code).toBe("io.link-loop");
    expect(fileSystemIssue("a", systemError("ENOENT")).code).toBe("io.missing-file");
  });

  it("keeps the system's message for a code it has no sentence for", () => {
    expect(fileSystemIssue("a.json", systemError("EIO", "EIO: i/o error, read")).message.en).toBe(
      "The system could not read a.json (EIO: EIO: i/o error, read).",
    );
  });

  it("names the kind of a special file in each language", () => {
    const fifo = fileSystemIssue("x.json", { special: "fifo" });
    expect(fifo.code).toBe("io.not-a-file");
    expect(fifo.message.en).toBe(
      "x.json is not a regular file but a pipe (FIFO); it is not read, so the command cannot hang. Save its content to a file and read that.",
    );
    expect(fifo.message.vi).toContain("x.json không phải tệp thông thường mà là một đường ống (FIFO)");
    expect(fileSystemIssue("/dev/zero", { special: "character-device" }).message.en).toContain(
      "but a character device;",
    );
  });
});
