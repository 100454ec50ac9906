import { bomlessUtf16 } from "./bomlessUtf16";

/**
 * The text of the bytes without a leading BOM, or undefined when they are not
 * text: UTF-8 (with or without a BOM), or UTF-16 with its BOM (Notepad's
 * "Unicode" and "Unicode big endian", as Word's "Save as Plain Text" can write),
 * or UTF-16 without a BOM told by its zero bytes (`bomlessUtf16`).
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : (bomlessUtf16(bytes) ?? "utf-8");
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text.startsWith("\uFEFF") ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}
