import { zipTextFiles } from "./_lib/zipTextFiles";

/** Options of {@link writeZipBomb}. */
export interface WriteZipBombOptions {
  /** The bytes its document.xml really inflates to (spaces inside a paragraph: they deflate ~1,000 to 1). */
  readonly inflatedBytes: number;
  /** The uncompressed size its headers claim for document.xml; default the true size (a lie when smaller). */
  readonly declaredBytes?: number;
}

/**
 * A .docx-shaped zip bomb for tests (bom nén): `[Content_Types].xml` and a
 * `word/document.xml` of `inflatedBytes` (mostly spaces), deflated, so a few
 * KB inflate to MBs; with `declaredBytes` its local and central headers lie
 * about that size, as a hostile file's may.
 *
 * @param options - the inflated size and the size the headers claim
 * @returns the zip's bytes
 * @example
 * const bomb = writeZipBomb({ inflatedBytes: 8 * 1024 * 1024 }); // ~8 KB
 * const liar = writeZipBomb({ inflatedBytes: 8 * 1024 * 1024, declaredBytes: 1000 });
 */
export function writeZipBomb(options: WriteZipBombOptions): Uint8Array {
  const open =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
  const close = "</w:t></w:r></w:p></w:body></w:document>";
  const filler = Math.max(0, options.inflatedBytes - open.length - close.length);
  const zip = zipTextFiles(
    {
      "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      "word/document.xml": `${open}${" ".repeat(filler)}${close}`,
    },
    () => false,
  );
  if (options.declaredBytes !== undefined) {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const name = new TextEncoder().encode("word/document.xml");
    for (let at = 0; at + 46 < zip.length; at += 1) {
      const signature = view.getUint32(at, true);
      const local = signature === 0x04034b50;
      if (!local && signature !== 0x02014b50) continue;
      const nameAt = at + (local ? 30 : 46);
      const length = view.getUint16(at + (local ? 26 : 28), true);
      if (length !== name.length || !name.every((b, i) => zip[nameAt + i] === b)) continue;
      view.setUint32(at + (local ? 22 : 24), options.declaredBytes, true);
    }
  }
  return zip;
}
