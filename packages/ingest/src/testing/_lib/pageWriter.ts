import { type PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";

/** A4 in points, and the margins of Nghị định 30/2020/NĐ-CP (top/bottom 20 mm, left 30 mm, right 20 mm). */
export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { top: 57, bottom: 57, left: 85, right: 57 } as const;
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

export interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/** Writes lines of text down A4 pages, starting a new page when one is full. */
export class PageWriter {
  readonly pages: PDFPage[] = [];
  y = 0;
  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.newPage();
  }

  get page(): PDFPage {
    return this.pages[this.pages.length - 1] as PDFPage;
  }

  newPage(): void {
    this.pages.push(this.doc.addPage([A4.width, A4.height]));
    this.y = A4.height - MARGIN.top;
  }

  /** Starts a new page unless `height` points are left above the bottom margin. */
  ensure(height: number): boolean {
    if (this.y - height >= MARGIN.bottom) return false;
    this.newPage();
    return true;
  }

  width(text: string, size: number, bold = false): number {
    return (bold ? this.fonts.bold : this.fonts.regular).widthOfTextAtSize(text, size);
  }

  /** `text` cut into lines no wider than `width`, at spaces. */
  wrap(text: string, size: number, width: number, bold = false): string[] {
    const lines: string[] = [];
    let current = "";
    for (const word of text.split(/\s+/).filter((w) => w !== "")) {
      const next = current === "" ? word : `${current} ${word}`;
      if (current !== "" && this.width(next, size, bold) > width) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    if (current !== "" || lines.length === 0) lines.push(current);
    return lines;
  }

  /** Draws one line with its baseline at `y` (default: the next line down, moving `y`). */
  text(text: string, x: number, size: number, options: { bold?: boolean; y?: number } = {}): void {
    if (text === "") return;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    this.page.drawText(text, { x, y: options.y ?? this.y, size, font, color: rgb(0, 0, 0) });
  }

  /** Draws a line stretched to `width` by widening the spaces (at most 0.3 em each, as a word processor does). */
  justified(text: string, x: number, size: number, width: number, bold = false): void {
    const words = text.split(" ");
    const natural = this.width(text, size, bold);
    const extra = words.length > 1 ? Math.min((width - natural) / (words.length - 1), 0.3 * size) : 0;
    let at = x;
    for (const word of words) {
      this.text(word, at, size, { bold });
      at += this.width(`${word} `, size, bold) + extra;
    }
  }

  rule(x1: number, x2: number, y: number, thickness = 0.6): void {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: rgb(0, 0, 0) });
  }

  box(x: number, y: number, width: number, height: number, color = rgb(0, 0, 0)): void {
    this.page.drawRectangle({ x, y, width, height, borderColor: color, borderWidth: 0.6 });
  }
}
