import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb } from "pdf-lib";
import { type Block, layoutBlocks } from "./_lib/layoutBlocks";
import { A4, CONTENT_WIDTH, MARGIN, PageWriter } from "./_lib/pageWriter";

/** A digital signature's stamp (chữ ký số) as signing software draws it over the signature block. */
export interface PdfStamp {
  /** Who signed ("Ủy ban nhân dân xã Gia Tân"). */
  readonly signer: string;
  /** When ("05.03.2024 08:15:22 +07:00"). */
  readonly time: string;
  readonly email?: string;
  readonly agency?: string;
}

/** Options of {@link writePdf}. */
export interface WritePdfOptions {
  /** Body text justified (default `true`) or set ragged right. */
  readonly justify?: boolean;
  /** Page numbers: "Trang 2/5" centred in the footer (`"footer"`, the default), a centred number at the top from page 2 (`"header"`, Nghị định 30), or none. */
  readonly pageNumbers?: "footer" | "header" | "none";
  /** A running header written at the top of every page from page 2 (default none). */
  readonly runningHeader?: string;
  /** A digital signature's stamp box drawn overlapping the signature block (default none). */
  readonly stamp?: PdfStamp;
  /** A table's first row repeated at the top of each page it runs onto (default `true`). */
  readonly repeatTableHeader?: boolean;
  /** Tables drawn with borders round every cell (default `true`) or without any line, their cells placed alone. */
  readonly tableBorders?: boolean;
}

const BODY = 13;
const LEADING = 1.25;
const TABLE = 12;
const require = createRequire(import.meta.url);
let fontBytes: { regular: Uint8Array; bold: Uint8Array } | undefined;

function loadFonts() {
  const dir = require.resolve("dejavu-fonts-ttf/package.json").replace(/package\.json$/, "ttf/");
  fontBytes ??= {
    regular: readFileSync(`${dir}DejaVuSerif.ttf`),
    bold: readFileSync(`${dir}DejaVuSerif-Bold.ttf`),
  };
  return fontBytes;
}

/**
 * A real PDF with a text layer made from a plan's text, laid out as a word
 * processor exports an administrative document (Nghị định 30/2020/NĐ-CP):
 * A4, DejaVu Serif embedded as a subset (Vietnamese glyphs); the header in
 * two columns (issuing body and number left, motto and place-date right:
 * the lines before the type line "KẾ HOẠCH"/"QUYẾT ĐỊNH", split at tabs,
 * pipes or runs of spaces, or sent to their column by what they say); the
 * type line and summary centred; paragraphs wrapped and justified; rows of
 * tab- or pipe-separated cells drawn as a bordered table (each cell's box
 * stroked; or without borders) whose cells wrap and whose rows run onto the
 * next page under a repeated header row, two columns or more; page
 * numbers; the signature block from "Nơi nhận" bottom right, optionally
 * under a digital signature's stamp. Node only (`@parcomms/ingest/testing`).
 *
 * @param text - the document's text
 * @param options - justification, page numbers, running header, stamp, table borders
 * @returns the bytes of the PDF
 * @example
 * const bytes = await writePdf(seedText("003_c2f82bd70c212939.txt"), { stamp: { signer: "Ủy ban nhân dân xã Gia Tân", time: "05.03.2024 08:15:22 +07:00" } });
 */
export async function writePdf(text: string, options: WritePdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = loadFonts();
  const fonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
  const w = new PageWriter(doc, fonts);
  let signatureGap: { x: number; y: number; page: number } | undefined;
  for (const block of layoutBlocks(text)) {
    const gap = writeBlock(w, block, options);
    if (gap) signatureGap = gap;
  }
  if (options.stamp) writeStamp(w, options.stamp, signatureGap);
  const total = w.pages.length;
  w.pages.forEach((page, i) => {
    const number = i + 1;
    const small = 10;
    if (options.pageNumbers === "header" && number > 1) {
      const label = String(number);
      page.drawText(label, {
        x: (A4.width - fonts.regular.widthOfTextAtSize(label, small)) / 2,
        y: A4.height - 35,
        size: small,
        font: fonts.regular,
      });
    } else if ((options.pageNumbers ?? "footer") === "footer") {
      const label = `Trang ${number}/${total}`;
      page.drawText(label, {
        x: (A4.width - fonts.regular.widthOfTextAtSize(label, small)) / 2,
        y: 28,
        size: small,
        font: fonts.regular,
      });
    }
    if (options.runningHeader && number > 1) {
      const label = options.runningHeader;
      const x = A4.width - MARGIN.right - fonts.regular.widthOfTextAtSize(label, small);
      page.drawText(label, { x, y: A4.height - 35, size: small, font: fonts.regular });
    }
  });
  return doc.save({ useObjectStreams: false });
}

function writeBlock(w: PageWriter, block: Block, options: WritePdfOptions) {
  const lh = BODY * LEADING;
  switch (block.kind) {
    case "blank":
      w.y -= 0.8 * lh;
      return;
    case "centre":
      for (const line of w.wrap(block.text, BODY, CONTENT_WIDTH, block.bold)) {
        w.ensure(lh);
        w.y -= lh;
        w.text(line, MARGIN.left + (CONTENT_WIDTH - w.width(line, BODY, block.bold)) / 2, BODY, {
          bold: block.bold,
        });
      }
      w.y -= 3;
      return;
    case "paragraph": {
      const indent = 28;
      const words = block.text.replace(/\s+/g, " ");
      const first = w.wrap(words, BODY, CONTENT_WIDTH - indent, block.bold)[0] ?? "";
      const rest = w.wrap(words.slice(first.length).trim(), BODY, CONTENT_WIDTH, block.bold);
      const lines = rest[0] === "" ? [first] : [first, ...rest];
      lines.forEach((line, i) => {
        w.ensure(lh);
        w.y -= lh;
        const x = MARGIN.left + (i === 0 ? indent : 0);
        const last = i === lines.length - 1;
        if (options.justify !== false && !last)
          w.justified(line, x, BODY, CONTENT_WIDTH - (i === 0 ? indent : 0), block.bold);
        else w.text(line, x, BODY, { bold: block.bold });
      });
      w.y -= 3;
      return;
    }
    case "table":
      writeTable(w, block.rows, options.repeatTableHeader !== false, options.tableBorders !== false);
      return;
    case "columns":
      return writeColumns(w, block.rows, block.part);
  }
}

/**
 * Two columns: the header row by row (organ and number left, motto and
 * place-date right, a short rule under the organ's name and the motto); the
 * signature block stacked (recipients left; the signer's title, a space to
 * sign and the name right), returning where that space is.
 */
function writeColumns(
  w: PageWriter,
  rows: readonly (readonly [string, string])[],
  part: "header" | "signature",
) {
  const header = part === "header";
  const split = header ? 0.42 : 0.45;
  const boxes = [
    { x: MARGIN.left - (header ? 30 : 0), width: CONTENT_WIDTH * split + (header ? 20 : 0) },
    { x: MARGIN.left + CONTENT_WIDTH * split, width: CONTENT_WIDTH * (1 - split) + (header ? 35 : 0) },
  ] as const;
  const size = header ? 12 : 11;
  const lh = 13 * LEADING;
  const draw = (line: string, side: 0 | 1, y: number) => {
    const box = boxes[side];
    const bold = header ? !/^(Số|V\/v)|ngày/u.test(line) : side === 1;
    const fit = Math.min(size, (size * (box.width - 4)) / Math.max(1, w.width(line, size, bold)));
    const x = !header && side === 0 ? box.x : box.x + (box.width - w.width(line, fit, bold)) / 2;
    w.text(line, x, fit, { bold, y });
    return Math.min(w.width(line, fit, bold), 120) / 2;
  };
  if (header) {
    w.ensure(rows.length * lh + 20);
    rows.forEach(([left, right], i) => {
      w.ensure(lh);
      w.y -= lh;
      const halves = [draw(left, 0, w.y), draw(right, 1, w.y)];
      const under = [/^Số/u.test(rows[i + 1]?.[0] ?? "") && left !== "", /^Độc lập/iu.test(right)];
      if (under.some(Boolean)) {
        under.forEach((yes, side) => {
          const box = boxes[side as 0 | 1];
          const half = halves[side] ?? 0;
          if (yes) w.rule(box.x + box.width / 2 - half, box.x + box.width / 2 + half, w.y - 4);
        });
        w.y -= 6;
      }
    });
    w.y -= 6;
    return undefined;
  }
  const left = rows.map((r) => r[0]).filter((t) => t !== "");
  const right = rows.map((r) => r[1]).filter((t) => t !== "");
  w.ensure(Math.min(Math.max(left.length, right.length + 4) * lh, 300));
  const top = w.y;
  let gap: { x: number; y: number; page: number } | undefined;
  let y = top;
  for (const line of left) {
    y -= lh;
    draw(line, 0, y);
  }
  let yRight = top;
  right.forEach((line, i) => {
    if (i === right.length - 1 && i > 0) {
      gap = { x: boxes[1].x, y: yRight, page: w.pages.length - 1 };
      yRight -= 4 * lh;
    }
    yRight -= lh;
    draw(line, 1, yRight);
  });
  w.y = Math.min(y, yRight) - 6;
  return gap;
}

function writeTable(
  w: PageWriter,
  rows: readonly (readonly string[])[],
  repeatHeader: boolean,
  borders: boolean,
) {
  const count = rows.map((r) => r.length).reduce((m, v) => Math.max(m, v), -Infinity);
  const weights = Array.from({ length: count }, (_, c) =>
    Math.sqrt(rows.map((r) => (r[c] ?? "").length).reduce((m, v) => Math.max(m, v), 2)),
  );
  const pad = { x: 6, y: 3.5 };
  // no column narrower than its longest word: a word processor widens it rather than break the word
  const least = weights.map((_, c) =>
    rows
      .flatMap((r) => (r[c] ?? "").split(/\s+/).map((word) => w.width(word, TABLE) + 2 * pad.x + 1))
      .reduce((m, v) => Math.max(m, v), 24),
  );
  const spare = CONTENT_WIDTH - least.reduce((a, b) => a + b, 0);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((x, c) => (least[c] ?? 0) + Math.max(0, spare) * (x / sum));
  const lh = TABLE * 1.2;
  const drawRow = (row: readonly string[]) => {
    const cells = widths.map((width, c) => w.wrap(row[c] ?? "", TABLE, width - 2 * pad.x));
    const height = cells.map((l) => l.length).reduce((m, v) => Math.max(m, v), -Infinity) * lh + 2 * pad.y;
    const newPage = w.ensure(height);
    if (newPage && repeatHeader && rows.length > 1 && row !== rows[0]) drawRow(rows[0] ?? []);
    let x = MARGIN.left;
    cells.forEach((lines, c) => {
      const width = widths[c] ?? 0;
      if (borders) w.box(x, w.y - height, width, height);
      lines.forEach((line, k) => {
        w.text(line, x + pad.x, TABLE, { y: w.y - pad.y - (k + 1) * lh + 3 });
      });
      x += width;
    });
    w.y -= height;
  };
  for (const row of rows) drawRow(row);
  w.y -= 10;
}

function writeStamp(w: PageWriter, stamp: PdfStamp, at: { x: number; y: number; page: number } | undefined) {
  const size = 8;
  const lines = [
    `Ký bởi: ${stamp.signer}`,
    ...(stamp.email ? [`Email: ${stamp.email}`] : []),
    ...(stamp.agency ? [`Cơ quan: ${stamp.agency}`] : []),
    `Thời gian ký: ${stamp.time}`,
  ].flatMap((l) => w.wrap(l, size, 180));
  const height = lines.length * size * 1.3 + 8;
  const page = w.pages[at?.page ?? w.pages.length - 1] ?? w.page;
  const x = at ? at.x + 20 : A4.width - MARGIN.right - 200;
  const top = at ? at.y - 12 : Math.max(w.y - 10, MARGIN.bottom + height);
  const blue = rgb(0.1, 0.2, 0.7);
  page.drawRectangle({
    x,
    y: top - height,
    width: 196,
    height,
    borderColor: rgb(0.8, 0.1, 0.1),
    borderWidth: 1,
  });
  lines.forEach((line, i) => {
    page.drawText(line, {
      x: x + 6,
      y: top - 4 - (i + 1) * size * 1.3 + 2,
      size,
      font: w.fonts.regular,
      color: blue,
    });
  });
}
