import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { withTimeLimit } from "./withTimeLimit";

describe("withTimeLimit", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("stops a read that outlasts its limit: ingest.timeout, and the reader's signal aborted", async () => {
    let seen: AbortSignal | undefined;
    const pending = withTimeLimit(
      (signal) => {
        seen = signal;
        return new Promise<string>(() => {});
      },
      { seconds: 120, format: "pdf" },
    );
    await vi.advanceTimersByTimeAsync(119_999);
    expect(seen?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ failure: "ingest.timeout", params: { seconds: 120, format: ".pdf" } });
    expect(seen?.aborted).toBe(true);
  });

  it("gives the read's result when it ends in time, and clears its timer", async () => {
    expect(await withTimeLimit(async () => "văn bản", { seconds: 60, format: "doc" })).toBe("văn bản");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("stops at the caller's signal: ingest.cancelled, at once or before starting", async () => {
    const controller = new AbortController();
    const pending = withTimeLimit(() => new Promise<string>(() => {}), {
      seconds: 600,
      format: "ocr",
      signal: controller.signal,
    });
    controller.abort();
    expect(await pending).toEqual({ failure: "ingest.cancelled" });
    const run = vi.fn(async () => "x");
    expect(await withTimeLimit(run, { seconds: 1, format: "doc", signal: controller.signal })).toEqual({
      failure: "ingest.cancelled",
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("lets a reader's error through (the dispatcher turns it into io.unreadable)", async () => {
    await expect(
      withTimeLimit(async () => Promise.reject(new Error("boom")), { seconds: 1, format: "odt" }),
    ).rejects.toThrow("boom");
  });
});
