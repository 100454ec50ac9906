/** The input types that have their own limits: each plan-file format, each document format, and OCR. */
export type LimitedFormat =
  | "text"
  | "json"
  | "jsonl"
  | "csv"
  | "arrow"
  | "parquet"
  | "docx"
  | "doc"
  | "odt"
  | "rtf"
  | "pdf"
  | "image"
  | "ocr";

/** How large a file of one type may be, how large it may inflate, and how long reading it may take. */
export interface DocumentLimit {
  /** The largest file read, in bytes; a larger one gives `ingest.too-large` before anything is read. */
  readonly maxBytes: number;
  /**
   * The most bytes a compressed file (the zip of a .docx or .odt, the
   * pages of a Parquet file) may inflate to; past it the file gives
   * `ingest.inflated-too-large` before a reader inflates it (a zip bomb:
   * 1.4 MB inflating to 400 MB). Checked on the sizes the zip or the Parquet
   * footer declares and on the bytes really inflated, counted as they come.
   * For the formats that are not compressed it equals `maxBytes`.
   */
  readonly maxInflatedBytes: number;
  /**
   * The longest a document's reader may run, in seconds; past it the read is
   * stopped (its `signal` aborted) and gives `ingest.timeout`. The plan-file
   * formats (text, JSON, CSV, Arrow, Parquet) are read synchronously in time
   * linear in their size, so their size limit bounds their time and this
   * value is not used for them.
   */
  readonly seconds: number;
}

/** Limits to use instead of {@link documentLimits}, by type; what is left out keeps its default. */
export type DocumentLimitOverrides = {
  readonly [format in LimitedFormat]?: Partial<DocumentLimit>;
};

const MB = 1024 * 1024;

/**
 * The default size and time limits of every input type (giới hạn kích thước
 * và thời gian đọc). Why these values:
 * - text, JSON, CSV, Arrow, Parquet: 50 MB. The largest real plan is about
 *   60 KB of text; 50 MB is far past any real set yet still parses in seconds
 *   and fits a browser tab's memory (decoded text takes twice the bytes).
 * - Parquet may take 200 MB a file once read (its pages inflated, and 8
 *   bytes a value, since run-length encoding makes millions of values of a
 *   few bytes): its pages are Snappy-compressed, and the tables of the
 *   synthetic national dataset (10,794 plans) inflate 3.5 to 12 times; the
 *   largest (content_items, 4.6 MB) takes 51 MB, all fifteen 214 MB.
 *   Snappy alone can make 1 GB of a 50 MB file.
 * - JSON Lines: 500 MB. It is the format of whole datasets: the synthetic
 *   national dataset of every unit of the three-tier era (10,794 plans) is
 *   167 MB, and `parcomms gaps` reads it in 11 s and 2 GB.
 *   (The notebook keeps its own 50 MB a file.)
 * - .docx, .doc, .odt, .rtf: 50 MB, 60 s. A plan's Word file is 30–300 KB,
 *   a few MB with pictures; the readers take well under a second for those,
 *   so a minute only stops a file that makes a reader loop. A .docx or .odt
 *   may inflate to 100 MB: its XML is a few times its size and its pictures
 *   do not shrink, so 100 MB is far past a real file, while a zip bomb
 *   (400 MB of XML from 1.4 MB) stops before mammoth or JSZip holds it
 *   (mammoth took 4.2 GB and 82 s for 100 MB of XML).
 * - PDF: 200 MB, 120 s for the text layer. Scanned PDFs carry a picture a
 *   page (1–3 MB at 300 dpi), so a 60-page scan reaches 100 MB; a text PDF
 *   reads at tens of pages a second, so two minutes is hundreds of pages.
 * - images (PNG, JPEG, TIFF): 50 MB a file, enough for a 300 dpi multi-page TIFF.
 * - OCR: 600 s a document (a scanned PDF's pages or an image): about 6 s a
 *   page at 300 dpi, so ten minutes is 100 pages — past any plan.
 *
 * @example
 * documentLimits.pdf // { maxBytes: 209715200, maxInflatedBytes: 209715200, seconds: 120 }
 * readPlanFilesAsync(inputs, { limits: { ocr: { seconds: 60 } } }) // OCR stops after a minute
 */
export const documentLimits: Readonly<Record<LimitedFormat, DocumentLimit>> = {
  text: { maxBytes: 50 * MB, maxInflatedBytes: 50 * MB, seconds: 60 },
  json: { maxBytes: 50 * MB, maxInflatedBytes: 50 * MB, seconds: 60 },
  jsonl: { maxBytes: 500 * MB, maxInflatedBytes: 500 * MB, seconds: 60 },
  csv: { maxBytes: 50 * MB, maxInflatedBytes: 50 * MB, seconds: 60 },
  arrow: { maxBytes: 50 * MB, maxInflatedBytes: 50 * MB, seconds: 60 },
  parquet: { maxBytes: 50 * MB, maxInflatedBytes: 200 * MB, seconds: 60 },
  docx: { maxBytes: 50 * MB, maxInflatedBytes: 100 * MB, seconds: 60 },
  doc: { maxBytes: 50 * MB, maxInflatedBytes: 50 * MB, seconds: 60 },
  odt: { maxBytes: 50 * MB, maxInflatedBytes: 100 * MB, seconds: 60 },
  rtf: { maxBytes: 50 * MB, maxInflatedBytes: 50 * MB, seconds: 60 },
  pdf: { maxBytes: 200 * MB, maxInflatedBytes: 200 * MB, seconds: 120 },
  image: { maxBytes: 50 * MB, maxInflatedBytes: 50 * MB, seconds: 600 },
  ocr: { maxBytes: 200 * MB, maxInflatedBytes: 200 * MB, seconds: 600 },
};
