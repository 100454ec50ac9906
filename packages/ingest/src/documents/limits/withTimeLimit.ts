import type { DocumentFailure } from "../DocumentText";
import { LIMIT_LABELS } from "./_lib/limitLabels";
import type { LimitedFormat } from "./documentLimits";

/** The time limit of {@link withTimeLimit}, and the caller's signal. */
export interface TimeLimit {
  /** Seconds the read may take. */
  readonly seconds: number;
  /** The input type, named in the message. */
  readonly format: LimitedFormat;
  /** The caller's own cancellation (the user's Stop button). */
  readonly signal?: AbortSignal;
}

/**
 * Runs a read with a time limit: `run` gets a signal that is aborted when the
 * time is up or when the caller's signal is, and the result is then
 * `ingest.timeout` (params: `seconds`, `format`) or `ingest.cancelled`, at
 * once, whether or not the reader heeds its signal (a reader stuck in a loop
 * cannot hold the caller). A read that throws still throws.
 *
 * @param run - the read, given the signal to stop at
 * @param limit - seconds, the input type, and the caller's signal
 * @returns what `run` gave, or the failure
 * @example
 * await withTimeLimit((signal) => pdfText(bytes, { signal }), { seconds: 120, format: "pdf" })
 * // a PDF's text, or { failure: "ingest.timeout", params: { seconds: 120, format: ".pdf" } }
 */
export async function withTimeLimit<T>(
  run: (signal: AbortSignal) => Promise<T>,
  limit: TimeLimit,
): Promise<T | DocumentFailure> {
  const cancelled: DocumentFailure = { failure: "ingest.cancelled" };
  if (limit.signal?.aborted) return cancelled;
  const controller = new AbortController();
  let stop: (failure: DocumentFailure) => void = () => {};
  const stopped = new Promise<DocumentFailure>((resolve) => {
    stop = resolve;
  });
  const timeout: DocumentFailure = {
    failure: "ingest.timeout",
    params: { seconds: limit.seconds, format: LIMIT_LABELS[limit.format] },
  };
  const timer = setTimeout(() => {
    controller.abort(new Error("time limit"));
    stop(timeout);
  }, limit.seconds * 1000);
  const onCancel = () => {
    controller.abort(limit.signal?.reason);
    stop(cancelled);
  };
  limit.signal?.addEventListener("abort", onCancel, { once: true });
  try {
    const running = run(controller.signal);
    // once stopped, a later rejection of the abandoned read must not go unhandled
    running.catch(() => {});
    return await Promise.race([running, stopped]);
  } finally {
    clearTimeout(timer);
    limit.signal?.removeEventListener("abort", onCancel);
  }
}
