import { makeReadIssue, type ReadIssueCode } from "../makeReadIssue";
import type { ReadIssue } from "../ReadPlansResult";

/** What a path that is not a regular file is: the `kind` of {@link fileSystemIssue}. */
export type SpecialFileKind = "fifo" | "character-device" | "block-device" | "socket" | "other";

const KIND_WORDS: Readonly<Record<SpecialFileKind, { readonly vi: string; readonly en: string }>> = {
  fifo: { vi: "một đường ống (FIFO)", en: "a pipe (FIFO)" },
  "character-device": { vi: "một thiết bị ký tự", en: "a character device" },
  "block-device": { vi: "một thiết bị khối", en: "a block device" },
  socket: { vi: "một socket", en: "a socket" },
  other: { vi: "một tệp đặc biệt", en: "a special file" },
};

const CODES: Readonly<Record<string, ReadIssueCode>> = {
  EACCES: "io.permission-denied",
  EPERM: "io.permission-denied",
  EISDIR: "io.is-a-folder",
  ENOTDIR: "io.not-a-folder",
  EMFILE: "io.too-many-open-files",
  ENFILE: "io.too-many-open-files",
  ELOOP: "io.link-loop",
};

/**
 * A reading issue for a file or folder the system would not read, or that is
 * not a regular file, with a sentence in Vietnamese and English that names
 * the path and what happened (lỗi hệ thống khi đọc tệp): `io.missing-file`
 * (ENOENT), `io.permission-denied` (EACCES, EPERM), `io.is-a-folder`,
 * `io.not-a-folder`, `io.too-many-open-files` (EMFILE, ENFILE),
 * `io.link-loop` (ELOOP), `io.not-a-file` (a FIFO, a device or a socket:
 * `special` gives its kind), else `io.system-error` with the system's own
 * message. The system's code stays in the params as `errno`. No `node:`
 * import: it reads only the error's `code` and `message`.
 *
 * @param path - the path as the user gave it
 * @param error - the error thrown by `fs` (anything with a `code`), or the kind of special file found
 * @returns the issue, severity error
 * @example
 * fileSystemIssue("plans", Object.assign(new Error("denied"), { code: "EACCES" })).message.en
 * // "No permission to read plans (EACCES). Give the user running the command read access, or copy the file elsewhere."
 * fileSystemIssue("x.json", { special: "fifo" }).code // "io.not-a-file"
 */
export function fileSystemIssue(path: string, error: unknown): ReadIssue {
  if (typeof error === "object" && error !== null && "special" in error) {
    const kind = KIND_WORDS[(error as { special: SpecialFileKind }).special] ?? KIND_WORDS.other;
    const vi = makeReadIssue("io.not-a-file", path, { path, kind: kind.vi });
    const en = makeReadIssue("io.not-a-file", path, { path, kind: kind.en });
    return { ...vi, message: { vi: vi.message.vi, en: en.message.en } };
  }
  const errno = String((error as { code?: unknown } | null)?.code ?? "");
  if (errno === "ENOENT") return makeReadIssue("io.missing-file", path);
  const code = CODES[errno];
  if (code) return makeReadIssue(code, path, { path, errno });
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 200);
  return makeReadIssue("io.system-error", path, { path, errno: errno || "?", detail });
}
