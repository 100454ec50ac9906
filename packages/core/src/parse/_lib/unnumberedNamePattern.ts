import { WORD_END as E } from "./regexParts";

/**
 * A pattern for the name of a document cited without a number, right after
 * its type ("Đề án | phát triển … giai đoạn 2022-2025, tầm nhìn đến năm
 * 2030", "Kế hoạch | CCHC năm 2024"), on prepared text. Such a name is only
 * taken for a citation when it ends on the period the document covers
 * ("năm 2024", "giai đoạn 2021 - 2030", with ", tầm nhìn đến năm 2030"):
 * that is what tells a named document from a type word used as a common noun
 * ("xây dựng kế hoạch tuyên truyền"). The name stops before ';', ':', '(',
 * a quotation mark, the end of a sentence and any other document type
 * (unless `acrossTypes`: a subject after "về" may name other documents,
 * "về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã
 * hội … năm 2024"). A place after the period ("giai đoạn 2021 -2030 trên
 * địa bàn tỉnh Tây Ninh") belongs to the name when a comma, ';', '.', ')' or
 * the end follows it.
 *
 * @param typeAlternation - regular-expression source matching any folded document type
 * @param options - `acrossTypes`: let the name run over other document types
 * @returns a sticky pattern whose group `name` is the name
 * @example
 * const NAME = unnumberedNamePattern("ke hoach|de an");
 * NAME.lastIndex = 9;
 * NAME.exec("ke hoach cchc nam 2024 cua phuong")?.groups?.name // "cchc nam 2024"
 */
export function unnumberedNamePattern(
  typeAlternation: string,
  options: { acrossTypes?: boolean } = {},
): RegExp {
  // The place a plan covers may follow its period: "giai đoạn 2021 -2030 trên địa bàn tỉnh Tây Ninh", up to
  // a comma, ';', '.', ')' or the end.
  const place = `(?: tren dia ban (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)(?: [\\p{L}\\p{N}]+){1,3}(?=[,;.)]|$))?`;
  const period = `(?:giai doan \\d{4} ?- ?\\d{4}|nam \\d{4})(?:, tam nhin den nam \\d{4})?${E}${place}`;
  const notType = options.acrossTypes ? "" : `(?!(?<![\\p{L}\\p{N}])(?:${typeAlternation})${E})`;
  const nameCharacter = `${notType}(?!\\.(?: |$))[^;:()"]`;
  return new RegExp(
    `(?!(?:so|nay|nao|cua)${E})(?=[\\p{L}])(?<name>(?:${nameCharacter}){0,240}?${period})`,
    "duy",
  );
}
