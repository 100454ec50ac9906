import type { Page } from "playwright-core";

/** Drops files (name, bytes in base64) together on the notebook's drop zone, as a person drags them in. */
export async function dropFiles(page: Page, files: { name: string; base64: string }[]): Promise<void> {
  await page.evaluate((given) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of given)
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    const zone = document.getElementById("dropzone");
    zone?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}
