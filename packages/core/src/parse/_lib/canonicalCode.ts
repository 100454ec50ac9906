import { documentTypes } from "../../codelists/documentTypes";

/**
 * Codes of document symbols whose canonical spelling mixes capitals and
 * small letters: the type codes of the `documentTypes` codelist that do
 * ("CTr" Chương trình, "TTr" Tờ trình, "QĐi" Party Quy định, "QyĐ" State
 * Quy định), and the issuer codes that do. Only one issuer code is written
 * so by the rules of Nghị định 30/2020/NĐ-CP:
 *
 * | code | issuer |
 * |---|---|
 * | TTg | Thủ tướng Chính phủ (the Prime Minister) |
 *
 * Every other code is written in capitals ("KH", "UBND", "BTGTW", "TTĐT").
 */
export const MIXED_CASE_CODES: readonly string[] = [
  ...documentTypes.entries
    .flatMap((entry) => entry.symbolCodes)
    .filter((code) => code !== code.toUpperCase()),
  "TTg",
];

const BY_UPPER = new Map(MIXED_CASE_CODES.map((code) => [code.toUpperCase(), code]));

/**
 * A code of a document symbol in its canonical spelling, however the text
 * wrote its case: "kh" is "KH", "ttg" is "TTg", "ctr" is "CTr"; the parts
 * of a compound code ("BTTTT-PTTH&TTĐT") each in turn.
 */
export function canonicalCode(code: string): string {
  return code.replace(/[\p{L}\p{N}]+/gu, (part) => {
    const upper = part.toUpperCase();
    return BY_UPPER.get(upper) ?? upper;
  });
}
