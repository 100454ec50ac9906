/**
 * The problem of a DQT segment's body, or undefined: tables of 64 values of
 * 8 or 16 bits, numbered 0–3, filling the segment exactly. Adds each
 * table's number to `defined`.
 */
export function quantTablesProblem(
  body: Uint8Array,
  defined: Set<number>,
  where: string,
): string | undefined {
  let at = 0;
  while (at < body.length) {
    const precision = (body[at] as number) >> 4;
    const id = (body[at] as number) & 15;
    const end = at + 1 + 64 * (precision + 1);
    if (precision > 1 || id > 3 || end > body.length)
      return `the JPEG quantisation table (DQT) ${where} is damaged`;
    defined.add(id);
    at = end;
  }
  return undefined;
}

/**
 * The problem of a DHT segment's body, or undefined: tables of class DC or
 * AC numbered 0–3, each 16 counts of codes by length and as many symbols
 * (at most 256), filling the segment exactly; the counts must leave room
 * for every code in its length (libjpeg's check: no code of all ones), and
 * a DC table's symbols are bit counts up to 15. Adds each table to
 * `defined` (DC 0–3, AC 16–19).
 */
export function huffmanTablesProblem(
  body: Uint8Array,
  defined: Set<number>,
  where: string,
): string | undefined {
  const damaged = `the JPEG Huffman table (DHT) ${where} is damaged`;
  let at = 0;
  while (at < body.length) {
    if (at + 17 > body.length) return damaged;
    const index = body[at] as number;
    const ac = index >> 4;
    const id = index & 15;
    if (ac > 1 || id > 3) return damaged;
    let symbols = 0;
    let code = 0;
    let longest = 0;
    for (let length = 1; length <= 16; length++) {
      const count = body[at + length] as number;
      symbols += count;
      if (count > 0) longest = length;
      code += count;
      if (longest === length && code >= 2 ** length) return damaged;
      code *= 2;
    }
    const end = at + 17 + symbols;
    if (symbols > 256 || end > body.length) return damaged;
    if (!ac && body.subarray(at + 17, end).some((symbol) => symbol > 15)) return damaged;
    defined.add(ac * 16 + id);
    at = end;
  }
  return undefined;
}
