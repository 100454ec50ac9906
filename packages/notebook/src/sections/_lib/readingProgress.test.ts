// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { DataStore } from "../../data/DataStore";
import type { ReadingStatus } from "../../data/ReadingStatus";
import { readingProgress } from "./readingProgress";

/** The part of the store the progress bar reads. */
function fakeStore() {
  const listeners: (() => void)[] = [];
  const store = {
    reading: undefined as ReadingStatus | undefined,
    cancelled: 0,
    onReading: (listener: () => void) => {
      listeners.push(listener);
      return () => undefined;
    },
    cancelReading: () => {
      store.cancelled++;
    },
    set(status: ReadingStatus) {
      store.reading = status;
      for (const listener of listeners) listener();
    },
  };
  return store;
}

describe("readingProgress", () => {
  it("shows files done of the total with the current document's own progress, and a cancel button", () => {
    const store = fakeStore();
    const element = readingProgress("vi", store as unknown as DataStore);
    expect(element.hidden).toBe(true);
    store.set({
      state: "reading",
      done: 1,
      total: 3,
      file: "003.pdf",
      document: { stage: "pdf", done: 2, total: 4 },
    });
    const bar = element.querySelector("[role=progressbar]");
    expect(element.hidden).toBe(false);
    expect(bar?.getAttribute("aria-label")).toBe("Tiến độ đọc tệp");
    expect(bar?.getAttribute("aria-valuemax")).toBe("3");
    expect(bar?.getAttribute("aria-valuenow")).toBe("1.5");
    expect(bar?.getAttribute("aria-valuetext")).toBe("Đang đọc tệp 2/3: 003.pdf · pdf: 2/4");
    const cancel = element.querySelector("button");
    expect(cancel?.hidden).toBe(false);
    cancel?.click();
    expect(store.cancelled).toBe(1);
    store.set({ state: "cancelled", done: 1, total: 3 });
    expect(bar?.getAttribute("aria-valuenow")).toBe("1");
    expect(element.querySelector(".reading-text")?.textContent).toBe(
      "Đã hủy: đọc được 1/3 tệp; các tệp còn lại chưa được thêm.",
    );
    expect(cancel?.hidden).toBe(true);
  });

  it("says in English when every file is read", () => {
    const store = fakeStore();
    const element = readingProgress("en", store as unknown as DataStore);
    store.set({ state: "done", done: 3, total: 3 });
    expect(element.querySelector("[role=progressbar]")?.getAttribute("aria-valuetext")).toBe(
      "Read 3 of 3 files.",
    );
  });
});
