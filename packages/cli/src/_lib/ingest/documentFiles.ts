import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileSystemIssue, type ReadIssue } from "@parcomms/ingest";
import { cliText } from "../cliText";
import { type FolderReader, listFolder } from "../listFolder";
import { ingestMessages } from "../messages/ingestMessages";

/** The extensions of the documents a folder stands for: every one `readPlanFilesAsync` reads to text. */
export const DOCUMENT_FILE = /\.(txt|text|docx|doc|odt|rtf|pdf|png|jpe?g|tiff?)$/i;

/** Hidden files and the lock files Word and LibreOffice leave beside an open document. */
const HIDDEN = /^(\.|~\$)/;

/**
 * The documents named on the `parcomms ingest` command line: a file as
 * given (whatever its extension), a folder as its documents
 * ({@link DOCUMENT_FILE}, not hidden), with `recursive` its subfolders'
 * too; each folder's entries in order of name, so the order is the same on
 * every machine. A missing path is an `io.missing-file` issue, a folder
 * that cannot be listed its coded issue (`io.permission-denied` …), a folder
 * without documents `ingest.no-documents`, never an exception. (FIFOs and
 * devices are listed like files, and refused by type when read.)
 *
 * @param paths - files and folders, relative to `cwd`
 * @param cwd - the working folder
 * @param options - `recursive`: read subfolders (default false); `folders`: how folders are listed (tests)
 * @returns the files (as the user would write them: a folder's path joined with the names) and the issues
 * @example
 * documentFiles(["docs"], process.cwd(), { recursive: true }) // { files: ["docs/002.txt", "docs/old/003.pdf"], issues: [] }
 */
export function documentFiles(
  paths: readonly string[],
  cwd: string,
  options: { readonly recursive?: boolean; readonly folders?: FolderReader } = {},
): { files: string[]; issues: ReadIssue[] } {
  const files: string[] = [];
  const issues: ReadIssue[] = [];
  const walk = (folder: string): number => {
    let count = 0;
    const listed = listFolder(folder, cwd, options.folders);
    if ("issue" in listed) {
      issues.push(listed.issue);
      return 0;
    }
    for (const name of listed.names) {
      if (HIDDEN.test(name)) continue;
      const path = join(folder, name);
      let folderEntry: boolean;
      try {
        folderEntry = statSync(resolve(cwd, path)).isDirectory();
      } catch {
        continue; // a broken link or a file removed meanwhile: nothing to read
      }
      if (folderEntry) {
        if (options.recursive) count += walk(path);
      } else if (DOCUMENT_FILE.test(name)) {
        files.push(path);
        count += 1;
      }
    }
    return count;
  };
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(resolve(cwd, path)).isDirectory();
    } catch (error) {
      issues.push(fileSystemIssue(path, error));
      continue;
    }
    if (!isFolder) files.push(path);
    else if (walk(path) === 0) {
      const message = cliText(ingestMessages, "cli.ingest.no-documents", {});
      issues.push({ file: path, code: "ingest.no-documents", severity: "error", message });
    }
  }
  return { files, issues };
}
