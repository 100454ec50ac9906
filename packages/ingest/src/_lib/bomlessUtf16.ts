/** Bytes looked at to tell UTF-16 without a BOM. */
const SAMPLE = 4096;

/**
 * Whether bytes are UTF-16 text without a byte order mark, told by their
 * zero bytes: text of a plan or JSON is mostly ASCII (spaces, digits, Latin
 * letters, punctuation), whose UTF-16 has a zero in every other byte, at odd
 * offsets in little endian and even ones in big endian, while UTF-8 text
 * has no zero byte at all. At least a quarter of the sampled pairs must
 * have their zero on the one side and almost none on the other.
 *
 * @returns the encoding, or undefined (UTF-8, a BOM, or not text)
 */
export function bomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  const pairs = Math.min(bytes.length, SAMPLE) / 2;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  if (oddZeros >= pairs / 4 && evenZeros <= pairs / 50) return "utf-16le";
  if (evenZeros >= pairs / 4 && oddZeros <= pairs / 50) return "utf-16be";
  return undefined;
}
