import type { MessageCatalogue } from "@parcomms/core";

/**
 * The messages of the word-processor readers other than .docx (Word 97–2003
 * .doc, OpenDocument .odt, RTF), in Vietnamese and English; spread into the
 * ingest catalogue `ioMessages`.
 *
 * @example
 * wordProcessorMessages["ingest.rtf-unsupported"].en // "RTF files are not read: …"
 */
export const wordProcessorMessages = {
  "ingest.doc-damaged": {
    vi: "Không đọc được tệp Word 97–2003 (.doc): tệp hỏng, bị cắt cụt, có mật khẩu hoặc không phải .doc (chi tiết: {reason}). Hãy mở bằng Word hoặc LibreOffice và lưu lại thành .docx.",
    en: "The Word 97–2003 file (.doc) cannot be read: it is damaged, truncated, password-protected or not a .doc (detail: {reason}). Open it in Word or LibreOffice and save it as .docx.",
  },
  "ingest.odt-damaged": {
    vi: "Không đọc được tệp OpenDocument (.odt): tệp hỏng, bị cắt cụt hoặc không phải .odt (chi tiết: {reason}). Hãy mở bằng LibreOffice và lưu lại.",
    en: "The OpenDocument file (.odt) cannot be read: it is damaged, truncated or not an .odt (detail: {reason}). Open it in LibreOffice and save it again.",
  },
  "ingest.rtf-unsupported": {
    vi: "Không đọc tệp RTF (.rtf): chưa có bộ đọc RTF thuần JavaScript đủ tin cậy cho tiếng Việt. Hãy mở tệp bằng Word hoặc LibreOffice và lưu thành .docx hoặc PDF.",
    en: "RTF files are not read: there is no pure-JavaScript RTF reader reliable enough for Vietnamese text. Open the file in Word or LibreOffice and save it as .docx or PDF.",
  },
} as const satisfies MessageCatalogue;
