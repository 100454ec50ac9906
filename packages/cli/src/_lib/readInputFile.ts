import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from "node:fs";
import { resolve } from "node:path";
import { fileSystemIssue, type ReadIssue, type SpecialFileKind } from "@parcomms/ingest";

/**
 * One input file's bytes, or a coded issue (never an exception, never a
 * hang). The file is opened without blocking (`O_NONBLOCK`, so opening a
 * FIFO with no writer returns at once) and checked by type on the open file
 * (`fstat`, so it cannot be swapped between the check and the read): a
 * regular file, or a symbolic link to one, is read; a folder gives
 * `io.is-a-folder`; a FIFO, a device (`/dev/zero`, which never ends) or a
 * socket gives `io.not-a-file`; a system error gives its coded sentence
 * (`fileSystemIssue`).
 *
 * @param name - the path as the user wrote it (named in the issue)
 * @param cwd - the folder it is relative to
 * @returns the bytes, or the issue
 * @example
 * readInputFile("plans/003.json", process.cwd()) // { bytes: Uint8Array(…) }
 * readInputFile("/dev/zero", "/").issue?.code   // "io.not-a-file"
 */
export function readInputFile(name: string, cwd: string): { bytes: Uint8Array } | { issue: ReadIssue } {
  let fd: number | undefined;
  try {
    fd = openSync(resolve(cwd, name), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { issue: fileSystemIssue(name, { code: "EISDIR" }) };
    if (!stats.isFile()) return { issue: fileSystemIssue(name, { special: specialKind(stats) }) };
    // A plain Uint8Array over the Buffer's memory: pdf.js refuses a Buffer ("provide binary data as `Uint8Array`").
    const buffer = readFileSync(fd);
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } catch (error) {
    return { issue: fileSystemIssue(name, error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function specialKind(stats: Stats): SpecialFileKind {
  if (stats.isFIFO()) return "fifo";
  if (stats.isCharacterDevice()) return "character-device";
  if (stats.isBlockDevice()) return "block-device";
  if (stats.isSocket()) return "socket";
  return "other";
}
