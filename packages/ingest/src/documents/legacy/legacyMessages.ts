import type { MessageCatalogue } from "@parcomms/core";

/**
 * The messages of reading text in old Vietnamese encodings (bảng mã cũ:
 * TCVN3/ABC, VNI, VIQR), in Vietnamese and English: spread into
 * `ioMessages`, so `makeReadIssue` gives them.
 *
 * @example
 * formatMessage(legacyMessages, "ingest.encoding-converted", { encoding: "TCVN3" }, "en")
 * // "The text was in the old TCVN3 encoding; it was converted to Unicode (check the accents)."
 */
export const legacyMessages = {
  "ingest.encoding-converted": {
    vi: "Văn bản được gõ bằng bảng mã cũ {encoding}; đã chuyển sang Unicode (hãy soát lại dấu).",
    en: "The text was in the old {encoding} encoding; it was converted to Unicode (check the accents).",
  },
  "ingest.encoding-partly-converted": {
    vi: "Chỉ một phần văn bản ({words} từ) ở bảng mã {encoding}; chỉ phần đó được chuyển sang Unicode, phần còn lại giữ nguyên.",
    en: "Only part of the text ({words} words) was in the {encoding} encoding; only that part was converted to Unicode, the rest is unchanged.",
  },
  "ingest.encoding-unknown": {
    vi: "Tệp không phải văn bản UTF-8, cũng không phải tiếng Việt ở bảng mã cũ đã biết (TCVN3/ABC, VNI); hãy mở bằng Word hoặc Unikey và lưu lại với bảng mã UTF-8.",
    en: "The file is neither UTF-8 text nor Vietnamese in a known old encoding (TCVN3/ABC, VNI); open it in Word or Unikey and save it as UTF-8.",
  },
} as const satisfies MessageCatalogue;
