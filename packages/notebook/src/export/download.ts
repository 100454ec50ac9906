/**
 * Saves content as a file through the browser's download (an object URL on a
 * temporary link); nothing is uploaded.
 *
 * @param name - the file name
 * @param content - text or a blob
 * @param type - the MIME type for text content
 * @example
 * download("table.csv", toCsv(table), "text/csv;charset=utf-8");
 */
export function download(name: string, content: string | Blob, type = "text/plain;charset=utf-8"): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
