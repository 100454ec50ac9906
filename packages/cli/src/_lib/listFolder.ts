import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { fileSystemIssue, type ReadIssue } from "@parcomms/ingest";

/** The file system calls {@link listFolder} uses, replaceable in tests (running as root, chmod 000 stops nothing). */
export interface FolderReader {
  readonly readdir: (path: string) => string[];
}

const NODE_FS: FolderReader = { readdir: (path) => readdirSync(path) };

/**
 * The names in a folder, sorted, or a coded issue for the folder (a folder
 * without read permission: `io.permission-denied` with its path), never an
 * exception, so the other paths given are still read.
 *
 * @param folder - the folder as the user wrote it (named in the issue)
 * @param cwd - the folder it is relative to
 * @param fs - the file system (default: node:fs)
 * @returns the names in order, or the issue
 * @example
 * listFolder("plans", process.cwd()) // { names: ["002.json", "003.docx"] }
 * listFolder("locked", process.cwd()) // { issue: { code: "io.permission-denied", file: "locked", … } }
 */
export function listFolder(
  folder: string,
  cwd: string,
  fs: FolderReader = NODE_FS,
): { names: string[] } | { issue: ReadIssue } {
  try {
    return { names: fs.readdir(resolve(cwd, folder)).sort() };
  } catch (error) {
    return { issue: fileSystemIssue(folder, error) };
  }
}
