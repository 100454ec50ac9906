/** The formats of files made of pages (trang): a PDF and the scanned image formats. */
export type PageFormat = "pdf" | "png" | "jpeg" | "tiff";

/**
 * The format of a file made of pages, from its first bytes (its signature):
 * a PDF, or a PNG, JPEG or TIFF image; undefined for anything else (.txt,
 * .docx, .odt, .doc …). Ingest reads the format it names; the notebook's
 * review draws such a file as its pages.
 *
 * @param bytes - the file's content
 * @returns the format, or undefined
 * @example
 * pageFormat(new TextEncoder().encode("%PDF-1.7")) // "pdf"
 * pageFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47])) // "png"
 */
export function pageFormat(bytes: Uint8Array): PageFormat | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0x25 && b === 0x50 && c === 0x44 && d === 0x46) return "pdf";
  if (a === 0x89 && b === 0x50 && c === 0x4e && d === 0x47) return "png";
  if (a === 0xff && b === 0xd8 && c === 0xff) return "jpeg";
  if (
    (a === 0x49 && b === 0x49 && c === 0x2a && d === 0) ||
    (a === 0x4d && b === 0x4d && c === 0 && d === 0x2a)
  )
    return "tiff";
  return undefined;
}
