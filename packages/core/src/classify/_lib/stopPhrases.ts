/**
 * Stop phrases by codelist id: Vietnamese words that contain a phrasing's
 * syllables but mean something else. A match that lies inside a stop phrase,
 * or overlaps one without covering it whole, is dropped; a longer phrasing
 * that covers the stop phrase still matches ("tổ chức chính trị - xã hội"
 * covers "xã hội"). Matched whatever the diacritic form, like phrasings.
 *
 * @example
 * STOP_PHRASES.channels?.includes("báo cáo") // true
 */
export const STOP_PHRASES: Readonly<Record<string, readonly string[]>> = {
  channels: [
    // "báo" (newspaper) is a syllable of these words for reporting and notices.
    "báo cáo",
    "thông báo",
    "cảnh báo",
    "dự báo",
    "khai báo",
    "báo động",
    "báo hiệu",
    // "đài" (station) in "đài thọ" (to pay for).
    "đài thọ",
    // "tuyên truyền" followed by a word that begins with "thanh" or "hình".
    "truyền thanh toán",
    "truyền thanh niên",
    "truyền thanh tra",
    "truyền hình thức",
    "truyền hình ảnh",
  ],
  themes: [
    // A named index is that index, not the broader theme named inside it.
    "chỉ số chuyển đổi số",
    "năng lực cạnh tranh cấp tỉnh",
    "năng lực cạnh tranh cấp sở",
    // "bản" (document) and "ban" (board) fold alike.
    "văn bản chỉ đạo",
  ],
  audiences: [
    // "nhân dân" in the names of the People's Committee and Council.
    "ủy ban nhân dân",
    "hội đồng nhân dân",
  ],
  "office-kinds": [
    // "hội" (association) and "trường" (school) are syllables of these words.
    "xã hội",
    "hội đồng",
    "môi trường",
    "thị trường",
    "trường hợp",
    "báo cáo",
  ],
};
