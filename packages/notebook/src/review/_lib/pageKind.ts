/** The kinds of files the review shows as pages, known by their first bytes. */
export type PageKind = "pdf" | "png" | "jpeg" | "tiff";

/** A file's kind from its signature, or undefined for files without pages (.txt, .docx, .odt, .doc …). */
export function pageKind(bytes: Uint8Array): PageKind | undefined {
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
