import type { Page } from "playwright-core";

/** A file to drop: its name and its bytes in base64 (what crosses into the page). */
export interface DroppedFile {
  readonly name: string;
  readonly base64: string;
}

/**
 * Drops files together on the notebook's drop zone (`#dropzone`), as a
 * person drags them in from a folder.
 *
 * @example
 * await dropFiles(page, [{ name: "003.pdf", base64: Buffer.from(bytes).toString("base64") }]);
 */
export async function dropFiles(page: Page, files: readonly DroppedFile[]): Promise<void> {
  await page.evaluate((given) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of given)
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    const zone = document.getElementById("dropzone");
    zone?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}
