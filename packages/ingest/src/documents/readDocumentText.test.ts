import { afterEach, describe, expect, it, vi } from "vitest";
import { writeDoc } from "../testing/writeDoc";
import type { DocumentReadOptions } from "./DocumentText";
import { readDocumentText } from "./readDocumentText";

const hung = vi.hoisted(() => ({ signal: undefined as AbortSignal | undefined }));
vi.mock("./odt/odtText", () => ({
  // a reader that never ends, to show the dispatcher's time limit
  odtText: (_bytes: Uint8Array, options: DocumentReadOptions) => {
    hung.signal = options.signal;
    return new Promise(() => {});
  },
}));

describe("readDocumentText's limits", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("refuses a file over its format's size limit before reading it", async () => {
    const bytes = writeDoc("KẾ HOẠCH");
    expect(await readDocumentText("doc", bytes, { limits: { doc: { maxBytes: 4096 } } })).toEqual({
      failure: "ingest.too-large",
      params: { size: `${bytes.length / 1024} KB`, limit: "4 KB", format: ".doc" },
    });
  });

  it("stops a reader at its format's time limit and aborts the signal it was given", async () => {
    vi.useFakeTimers();
    const pending = readDocumentText("odt", new Uint8Array(10), { limits: { odt: { seconds: 5 } } });
    await vi.advanceTimersByTimeAsync(5000);
    expect(await pending).toEqual({ failure: "ingest.timeout", params: { seconds: 5, format: ".odt" } });
    expect(hung.signal?.aborted).toBe(true);
  });

  it("reads a .doc within its limits", async () => {
    expect(await readDocumentText("doc", writeDoc("KẾ HOẠCH\nnăm 2024"))).toEqual({
      text: "KẾ HOẠCH\nnăm 2024",
      method: "doc",
    });
  });
});
