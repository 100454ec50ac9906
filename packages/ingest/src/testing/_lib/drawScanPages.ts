import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from "@napi-rs/canvas";
import type { ScanBlock } from "./scanBlocks";

const FAMILY = "DejaVu Serif Condensed";
let registered = false;

/** Registers DejaVu Serif Condensed (regular, bold) from the `dejavu-fonts-ttf` package, once. */
function registerFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const ttf = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  GlobalFonts.registerFromPath(join(ttf, "DejaVuSerifCondensed.ttf"), FAMILY);
  GlobalFonts.registerFromPath(join(ttf, "DejaVuSerifCondensed-Bold.ttf"), FAMILY);
  registered = true;
}

/** Where the signature block was drawn: its page (0-based) and the point a seal goes. */
export interface SignaturePlace {
  readonly page: number;
  readonly x: number;
  readonly y: number;
}

/**
 * Draws the blocks on white A4 pages at `dpi` (margins of Nghị định
 * 30/2020: 30 mm left, 15 mm right, 20 mm top and bottom; 12.5 pt condensed
 * serif, a line a little too long squeezed to fit as a word processor's
 * justification would, a longer one wrapped), new pages as the text runs over.
 */
export function drawScanPages(
  blocks: readonly ScanBlock[],
  dpi: number,
): { pages: Canvas[]; signature: SignaturePlace } {
  registerFonts();
  const mm = dpi / 25.4;
  const width = Math.round(210 * mm);
  const height = Math.round(297 * mm);
  const left = 30 * mm;
  const right = width - 15 * mm;
  const bottom = height - 20 * mm;
  const size = (12.5 * dpi) / 72;
  const lineHeight = size * 1.35;
  const pages: Canvas[] = [];
  let ctx = newPage();
  let y = 20 * mm;
  let signature: SignaturePlace | undefined;

  function newPage(): SKRSContext2D {
    const canvas = createCanvas(width, height);
    const context = canvas.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, width, height);
    context.fillStyle = "#111111";
    context.strokeStyle = "#111111";
    context.textBaseline = "alphabetic";
    pages.push(canvas);
    return context;
  }
  function room(needed: number): void {
    if (y + needed <= bottom) return;
    const font = ctx.font;
    ctx = newPage();
    ctx.font = font; // a new page's context starts with the default font
    y = 20 * mm;
  }
  function font(bold: boolean, scale = 1): void {
    ctx.font = `${bold ? "bold " : ""}${Math.round(size * scale)}px "${FAMILY}"`;
  }
  function wrap(text: string, maxWidth: number): string[] {
    const out: string[] = [];
    let current = "";
    for (const word of text.split(/\s+/u).filter((part) => part !== "")) {
      const next = current === "" ? word : `${current} ${word}`;
      if (current !== "" && ctx.measureText(next).width > maxWidth) {
        out.push(current);
        current = word;
      } else current = next;
    }
    if (current !== "") out.push(current);
    return out.length > 0 ? out : [""];
  }
  function centred(text: string, x0: number, x1: number): void {
    const w = ctx.measureText(text).width;
    ctx.fillText(text, (x0 + x1 - w) / 2, y + size);
  }

  for (const block of blocks) {
    if (block.kind === "header") {
      const split = left + (right - left) * 0.4;
      const rows = Math.max(block.left.length, block.right.length);
      room(rows * lineHeight);
      for (let i = 0; i < rows; i++) {
        font(true, 0.92);
        const l = block.left[i];
        const r = block.right[i];
        if (l !== undefined) centred(l, left - 10 * mm, split);
        if (r !== undefined) {
          font(!/ngày/u.test(r), 0.92);
          centred(r, split + 4 * mm, right + 5 * mm);
        }
        y += lineHeight;
      }
      y += lineHeight;
    } else if (block.kind === "title") {
      font(true);
      for (const part of wrap(block.text, right - left)) {
        room(lineHeight);
        centred(part, left, right);
        y += lineHeight;
      }
    } else if (block.kind === "page-break") {
      ctx = newPage();
      y = 20 * mm;
    } else if (block.kind === "gap") {
      y += lineHeight * 0.5;
    } else if (block.kind === "line") {
      font(block.bold);
      const natural = ctx.measureText(block.text).width;
      if (natural > right - left && natural <= (right - left) / 0.86) {
        room(lineHeight);
        ctx.save();
        ctx.translate(left, y + size);
        ctx.scale((right - left) / natural, 1);
        ctx.fillText(block.text, 0, 0);
        ctx.restore();
        y += lineHeight;
        continue;
      }
      for (const part of wrap(block.text, right - left)) {
        room(lineHeight);
        ctx.fillText(part, left, y + size);
        y += lineHeight;
      }
    } else if (block.kind === "table") {
      font(false, 0.9);
      const columns = block.rows.map((row) => row.length).reduce((m, v) => Math.max(m, v), -Infinity);
      const weights = Array.from({ length: columns }, (_, c) =>
        block.rows.map((row) => (row[c] ?? "").length).reduce((m, v) => Math.max(m, v), 4),
      );
      const pad = 1.5 * mm;
      // As a word processor's autofit: no column narrower than its longest word, the rest shared by length.
      const least = Array.from(
        { length: columns },
        (_, c) =>
          block.rows
            .flatMap((row) => (row[c] ?? "").split(/\s+/u).map((w) => ctx.measureText(w).width))
            .reduce((m, w) => Math.max(m, w), 0) +
          2 * pad +
          2,
      );
      const fixed = new Set<number>();
      let widths: number[] = [];
      for (let round = 0; round <= columns; round++) {
        const free = right - left - [...fixed].reduce((a, c) => a + (least[c] ?? 0), 0);
        const sum = weights.reduce((a, w, c) => a + (fixed.has(c) ? 0 : w), 0);
        widths = weights.map((w, c) => (fixed.has(c) ? (least[c] ?? 0) : (free * w) / sum));
        const short = widths.findIndex((w, c) => !fixed.has(c) && w < (least[c] ?? 0));
        if (short < 0 || fixed.size === columns - 1) break;
        fixed.add(short);
      }
      for (const row of block.rows) {
        const cells = widths.map((w, c) => wrap(row[c] ?? "", w - 2 * pad));
        const rowHeight =
          cells.map((cell) => cell.length).reduce((m, v) => Math.max(m, v), -Infinity) * lineHeight * 0.92 +
          pad;
        room(rowHeight);
        let x = left;
        ctx.lineWidth = Math.max(1, dpi / 150);
        cells.forEach((cell, c) => {
          const w = widths[c] ?? 0;
          ctx.strokeRect(x, y, w, rowHeight);
          cell.forEach((part, k) => {
            ctx.fillText(part, x + pad, y + pad / 2 + size * 0.9 + k * lineHeight * 0.92);
          });
          x += w;
        });
        y += rowHeight;
      }
      y += lineHeight * 0.5;
    } else {
      const x0 = left + (right - left) * 0.45;
      room(lineHeight * (block.lines.length + 4));
      font(true);
      block.lines.forEach((line, i) => {
        if (i === block.lines.length - 1 && block.lines.length > 1) y += lineHeight * 3; // room to sign
        centred(line, x0, right);
        if (i === 1 || (block.lines.length === 1 && i === 0)) {
          signature = { page: pages.length - 1, x: x0 + 8 * mm, y: y + lineHeight * 1.8 };
        }
        y += lineHeight;
      });
    }
  }
  // No signature block: the seal goes over the last lines, as on a stamped page of a plan without one.
  signature ??= { page: pages.length - 1, x: right - 45 * mm, y: Math.max(20 * mm, y - lineHeight * 2) };
  return { pages, signature };
}
