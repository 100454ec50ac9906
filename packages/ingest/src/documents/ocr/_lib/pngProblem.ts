import { sizeProblem } from "./imageBudget";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let table: Uint32Array | undefined;
function crc32(bytes: Uint8Array, start: number, end: number): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (let i = start; i < end; i++)
    crc = (table[(crc ^ (bytes[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Why a PNG cannot be handed to a native decoder, or undefined: the whole
 * signature, an IHDR chunk first with sides of 1 to 20,000 pixels and at
 * most 100 million pixels (`imageBudget`), and every
 * chunk inside the file with its CRC right up to IEND. A damaged PNG passed
 * to @napi-rs/canvas can crash the process (a segmentation fault, found by
 * the OCR property suite), so it is refused here instead; the CRCs make any
 * changed byte of a chunk show.
 *
 * @param bytes - the file
 * @returns the problem, in words, or undefined for a PNG whose structure holds
 */
export function pngProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b)) return "the PNG signature is damaged";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let first = true;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const end = at + 8 + length;
    if (end + 4 > bytes.length) return `a PNG chunk at byte ${at} runs past the end of the file`;
    // bounded-spread: a chunk type is four bytes
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (crc32(bytes, at + 4, end) !== view.getUint32(end))
      return `the PNG chunk ${JSON.stringify(type)} at byte ${at} is damaged (CRC)`;
    if (first) {
      if (type !== "IHDR" || length !== 13) return "the PNG does not start with its header (IHDR)";
      const width = view.getUint32(at + 8);
      const height = view.getUint32(at + 12);
      const tooLarge = sizeProblem("PNG", width, height);
      if (tooLarge) return tooLarge;
      first = false;
    }
    if (type === "IEND") return undefined;
    at = end + 4;
  }
  return "the PNG has no end chunk (IEND)";
}
