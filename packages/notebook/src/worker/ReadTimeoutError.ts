/**
 * A reading the ingest worker did not finish in time (lecture trop longue:
 * "đọc tệp quá thời gian"): the worker said nothing for `seconds` and was
 * stopped, so a file that hangs its reader (a pathological text, a damaged
 * document) never holds the page or the readings after it.
 *
 * @example
 * try {
 *   await readInWorker(files, { timeoutSeconds: 60 });
 * } catch (error) {
 *   if (error instanceof ReadTimeoutError) error.seconds; // 60
 * }
 */
export class ReadTimeoutError extends Error {
  override readonly name = "ReadTimeoutError";

  /** @param seconds - how long the worker was silent before it was stopped */
  constructor(readonly seconds: number) {
    super(`the reading gave no sign of progress for ${seconds} s and was stopped`);
  }
}
