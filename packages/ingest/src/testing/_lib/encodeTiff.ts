/** One page of a TIFF: 8-bit RGB pixels, row by row. */
export interface RgbPage {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

/**
 * A baseline multi-page TIFF (TIFF 6.0, little-endian, uncompressed, 8-bit
 * RGB so a red seal stays red, one strip a page, `dpi` in its resolution
 * tags). utif2 4.1 encodes one RGBA page only, so the tests' scans of
 * several pages are written here.
 */
export function encodeTiff(pages: readonly RgbPage[], dpi: number): Uint8Array {
  const ENTRIES = 12;
  const extra = 16 + 6 + 2; // two RATIONALs, BitsPerSample 8,8,8, padding
  const ifdSize = 2 + ENTRIES * 12 + 4 + extra;
  const padded = (page: RgbPage) => page.rgb.length + (page.rgb.length & 1); // IFDs start on a word
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
    const bits = rationals + 16;
    const data = ifd + ifdSize;
    const entries: [tag: number, type: number, count: number, value: number][] = [
      [256, 4, 1, page.width],
      [257, 4, 1, page.height],
      [258, 3, 3, bits],
      [259, 3, 1, 1],
      [262, 3, 1, 2],
      [273, 4, 1, data],
      [277, 3, 1, 3],
      [278, 4, 1, page.height],
      [279, 4, 1, page.rgb.length],
      [282, 5, 1, rationals],
      [283, 5, 1, rationals + 8],
      [284, 3, 1, 1],
    ];
    view.setUint16(ifd, ENTRIES, true);
    entries.forEach(([tag, type, count, value], i) => {
      const entry = ifd + 2 + i * 12;
      view.setUint16(entry, tag, true);
      view.setUint16(entry + 2, type, true);
      view.setUint32(entry + 4, count, true);
      if (type === 3 && count === 1) view.setUint16(entry + 8, value, true);
      else view.setUint32(entry + 8, value, true);
    });
    const next = data + padded(page);
    view.setUint32(ifd + 2 + ENTRIES * 12, index < pages.length - 1 ? next : 0, true);
    for (const offset of [rationals, rationals + 8]) {
      view.setUint32(offset, dpi, true);
      view.setUint32(offset + 4, 1, true);
    }
    for (let k = 0; k < 3; k++) view.setUint16(bits + k * 2, 8, true);
    out.set(page.rgb, data);
    at = next;
  });
  return out;
}
