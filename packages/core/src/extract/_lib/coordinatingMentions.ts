/** Words that open an office's name after "phối hợp với" (lower case allowed: "phối hợp với phòng Văn hóa - Xã hội"). */
const OFFICE_WORDS =
  "(?:các |Các )?(?:cơ quan|[Pp]hòng|[Ss]ở|[Vv]ăn phòng|UBND|[Ủủ]y ban|[Uu]ỷ ban|[Tt]rung tâm|[Đđ]ài|[Cc]ông chức|[Cc]án bộ|[Bb]an|[Đđ]ơn vị|tổ chức|Thành đoàn|[Đđ]oàn|Hội|MTTQ|[Mm]ặt trận)";
/** Capitalised office words only: after "chỉ đạo" or "hướng dẫn" a lower-case word is a person or a class, not an office. */
const NAMED_OFFICE =
  "(?:Phòng|Sở|Văn phòng|UBND|Ủy ban|Uỷ ban|Trung tâm|Đài|Công chức|Ban|Thành đoàn|Hội|MTTQ|Mặt trận)";
/** A verb that ends the office's name and starts what is done together. */
const VERB_AFTER =
  "(?=\\s(?:tổ chức|thực hiện|triển khai|trong|theo|để|đưa|lồng|tuyên truyền|cung cấp|thẩm định|cập nhật|biên|xây dựng|lập|theo dõi|đẩy mạnh|hướng dẫn|giám sát|tổng hợp|lựa chọn|rà soát|kiểm tra|đôn đốc|phát|đăng|in|treo|nhằm)\\b|[;.:()]|$)";
/** "Phối hợp", "phối hợp với", "phối hợp chặt chẽ với": the words that make a passage's office a helper. */
export const WORKS_WITH = "[Pp]hối hợp(?: chặt chẽ)?(?: với)?";
const COORDINATING = new RegExp(
  `(?:${WORKS_WITH}|[Cc]hỉ đạo|[Hh]ướng dẫn)\\s+((?:${OFFICE_WORDS}|${NAMED_OFFICE})[^;.:()]*?)${VERB_AFTER}`,
  "gu",
);
const LOWER_AFTER_DIRECTIVE = /^(?:[Cc]hỉ đạo|[Hh]ướng dẫn)\s+\p{Ll}/u;

/**
 * Reads the offices a passage names as working with the one in charge
 * (cơ quan phối hợp): every "phối hợp với <office>" (first letter in either
 * case), and every "chỉ đạo <Office>" or "hướng dẫn <Office>" whose office
 * starts with a capital ("chỉ đạo Trung tâm cung ứng dịch vụ công biên soạn
 * tin bài": the Trung tâm does the work at the lead's direction). The name
 * ends at the verb of the shared work or at punctuation.
 *
 * @param text - an assignment's text
 * @returns the wordings in order, each as written (several offices in one wording are split later)
 * @example
 * coordinatingMentions("- Phối hợp với Văn phòng UBND tỉnh đưa các nội dung về CCHC vào …");
 * // ["Văn phòng UBND tỉnh"]
 */
export function coordinatingMentions(text: string): string[] {
  const out: string[] = [];
  COORDINATING.lastIndex = 0;
  for (let m = COORDINATING.exec(text); m; m = COORDINATING.exec(text)) {
    if (LOWER_AFTER_DIRECTIVE.test(m[0])) continue;
    const wording = (m[1] ?? "").replace(/[\s,]+$/, "").trim();
    if (wording.length > 1 && wording.split(" ").length <= 25 && !out.includes(wording)) out.push(wording);
  }
  return out;
}
