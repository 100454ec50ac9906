import { describe, expect, it } from "vitest";
import { ingestProgress } from "./ingestProgress";

const stream = (tty: boolean, columns?: number) => {
  const written: string[] = [];
  return {
    written,
    isTTY: tty,
    ...(columns ? { columns } : {}),
    write: (text: string | Uint8Array) => written.push(String(text)),
  };
};

describe("ingestProgress", () => {
  it("on a terminal, redraws one line: files done, the file, and the document's own progress", () => {
    const err = stream(true, 120);
    const progress = ingestProgress(err, 4, "tệp");
    progress.done("a.txt", "đọc");
    progress.document("b.pdf", { stage: "ocr", done: 2, total: 5 });
    progress.line("b.pdf: lỗi ingest.x: …\n");
    progress.done("b.pdf", "đọc");
    progress.end();
    expect(err.written).toEqual([
      `\r\u001b[2K[${"█".repeat(8)}${"░".repeat(22)}]  25% 1/4 tệp a.txt`,
      `\r\u001b[2K[${"█".repeat(8)}${"░".repeat(22)}]  25% 1/4 tệp b.pdf ocr 2/5`,
      "\r\u001b[2K",
      "b.pdf: lỗi ingest.x: …\n",
      `\r\u001b[2K[${"█".repeat(15)}${"░".repeat(15)}]  50% 2/4 tệp b.pdf`,
      "\r\u001b[2K",
    ]);
  });

  it("cuts the line to the terminal's width", () => {
    const err = stream(true, 50);
    ingestProgress(err, 2, "files").document(`${"long-name-".repeat(6)}.pdf`, {
      stage: "pdf",
      done: 1,
      total: 9,
    });
    const line = (err.written[0] ?? "").replace("\r\u001b[2K", "");
    expect(line).toHaveLength(49);
    expect(line.endsWith("…")).toBe(true);
  });

  it("in a pipe, writes a plain line a file done and nothing of a document's pages", () => {
    const err = stream(false);
    const progress = ingestProgress(err, 2, "files");
    progress.document("b.pdf", { stage: "ocr", done: 2, total: 5 });
    progress.done("a.txt", "read");
    progress.done("b.pdf", "read before, skipped");
    progress.end();
    expect(err.written).toEqual(["1/2 files a.txt: read\n", "2/2 files b.pdf: read before, skipped\n"]);
  });
});
