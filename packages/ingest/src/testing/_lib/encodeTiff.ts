/** One page of a TIFF: 8-bit grey pixels, row by row. */
export interface GreyPage {
  readonly width: number;
  readonly height: number;
  readonly grey: Uint8Array;
}

/**
 * A baseline multi-page TIFF (TIFF 6.0, little-endian, uncompressed, 8-bit
 * BlackIsZero grey, one strip a page, 300 or 200 dpi in its resolution tags).
 * utif2 4.1 encodes one RGBA page only, so the tests' scans of several pages
 * are written here.
 */
export function encodeTiff(pages: readonly GreyPage[], dpi: number): Uint8Array {
  const ENTRIES = 11;
  const ifdSize = 2 + ENTRIES * 12 + 4 + 16; // entries, next offset, two RATIONALs
  const padded = (page: GreyPage) => page.grey.length + (page.grey.length & 1); // IFDs start on a word
  const total = 8 + pages.reduce((sum, page) => sum + ifdSize + padded(page), 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out[0] = 0x49;
  out[1] = 0x49;
  view.setUint16(2, 42, true);
  let at = 8;
  view.setUint32(4, at, true);
  pages.forEach((page, index) => {
    const ifd = at;
    const rationals = ifd + 2 + ENTRIES * 12 + 4;
    const data = rationals + 16;
    const entries: [tag: number, type: number, value: number][] = [
      [256, 4, page.width],
      [257, 4, page.height],
      [258, 3, 8],
      [259, 3, 1],
      [262, 3, 1],
      [273, 4, data],
      [277, 3, 1],
      [278, 4, page.height],
      [279, 4, page.grey.length],
      [282, 5, rationals],
      [283, 5, rationals + 8],
    ];
    view.setUint16(ifd, ENTRIES, true);
    entries.forEach(([tag, type, value], i) => {
      const entry = ifd + 2 + i * 12;
      view.setUint16(entry, tag, true);
      view.setUint16(entry + 2, type, true);
      view.setUint32(entry + 4, 1, true);
      if (type === 3) view.setUint16(entry + 8, value, true);
      else view.setUint32(entry + 8, value, true);
    });
    const next = data + padded(page);
    view.setUint32(ifd + 2 + ENTRIES * 12, index < pages.length - 1 ? next : 0, true);
    for (const offset of [rationals, rationals + 8]) {
      view.setUint32(offset, dpi, true);
      view.setUint32(offset + 4, 1, true);
    }
    out.set(page.grey, data);
    at = next;
  });
  return out;
}
