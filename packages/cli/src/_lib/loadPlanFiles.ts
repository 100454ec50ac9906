import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Language, vocabulary } from "@parcomms/core";
import {
  fileSystemIssue,
  makeReadIssue,
  type PlanFileInput,
  type ReadIssue,
  type ReadPlansResult,
  readPlanFilesAsync,
} from "@parcomms/ingest";
import type { CliIo } from "./CliIo";
import { DOCUMENT_FILE } from "./ingest/documentFiles";
import { type FolderReader, listFolder } from "./listFolder";
import { lowerFirst } from "./lowerFirst";
import { progressBar } from "./progressBar";
import { readInputFile } from "./readInputFile";

const PLAN_FILE = /\.(json|jsonl|ndjson|csv|arrow|parquet)$/i;
const isPlanFile = (name: string) => PLAN_FILE.test(name) || DOCUMENT_FILE.test(name);

/**
 * The files and folders named on the command line, read from disk: a folder
 * stands for its plan files (.json, .jsonl, .ndjson, .csv, .arrow, .parquet) and documents
 * (.txt, .docx, .doc, .odt, .rtf, .pdf, .png, .jpg, .jpeg, .tif, .tiff), not its
 * subfolders), sorted by name. A missing or unreadable path (a folder
 * without read permission, a FIFO or a device file, refused by type before
 * reading: see `readInputFile`) becomes a coded issue naming it, never an
 * exception nor a hang, and the other paths are still read.
 *
 * @param paths - files and folders, relative to `cwd`
 * @param cwd - the working folder
 * @param folders - how folders are listed (default: node:fs; tests replace it)
 * @returns the files' names and bytes, and the issues
 */
export function collectInputs(
  paths: readonly string[],
  cwd: string,
  folders?: FolderReader,
): { inputs: PlanFileInput[]; issues: ReadIssue[] } {
  const inputs: PlanFileInput[] = [];
  const issues: ReadIssue[] = [];
  const readOne = (name: string) => {
    const read = readInputFile(name, cwd);
    if ("issue" in read) issues.push(read.issue);
    else inputs.push({ name, bytes: read.bytes });
  };
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(resolve(cwd, path)).isDirectory();
    } catch (error) {
      issues.push(fileSystemIssue(path, error));
      continue;
    }
    if (!isFolder) {
      readOne(path);
      continue;
    }
    const listed = listFolder(path, cwd, folders);
    if ("issue" in listed) {
      issues.push(listed.issue);
      continue;
    }
    const names = listed.names.filter(isPlanFile);
    if (names.length === 0) issues.push(makeReadIssue("io.empty-folder", path));
    for (const name of names) readOne(join(path, name));
  }
  return { inputs, issues };
}

/**
 * {@link collectInputs} then `readPlanFilesAsync` (every format, .docx too), with a progress bar on a
 * terminal; `files` are the names of the files read, in order (a folder's files sorted by name).
 */
export async function loadPlanFiles(
  paths: readonly string[],
  io: CliIo,
  language: Language,
  options: { readonly validate?: boolean; readonly keepDuplicates?: boolean } = {},
): Promise<ReadPlansResult & { readonly files: readonly string[] }> {
  const { inputs, issues } = collectInputs(paths, io.cwd);
  const onProgress = progressBar(io.stderr, lowerFirst(vocabulary.words.file.many), language);
  const read = await readPlanFilesAsync(inputs, {
    validate: options.validate === true,
    keepDuplicates: options.keepDuplicates === true,
    onProgress,
  });
  return {
    plans: read.plans,
    documents: read.documents,
    issues: [...issues, ...read.issues],
    files: inputs.map((input) => input.name),
  };
}
