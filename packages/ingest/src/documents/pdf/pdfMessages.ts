import type { MessageCatalogue } from "@parcomms/core";

/**
 * The messages of reading a PDF's text layer (`pdfText`), in Vietnamese and
 * English; spread into `ioMessages`.
 *
 * @example
 * pdfMessages["ingest.pdf-encrypted"].en // "The PDF is protected by a password; …"
 */
export const pdfMessages = {
  "ingest.pdf-needs-ocr": {
    vi: "Tệp PDF không có lớp chữ (bản quét, {pages} trang); cần nhận dạng chữ (OCR).",
    en: "The PDF has no text layer (a scan, {pages} pages); it needs text recognition (OCR).",
  },
  "ingest.pdf-pages-without-text": {
    vi: "Các trang {pages} của tệp PDF là ảnh, không có lớp chữ; chỉ đọc các trang có chữ.",
    en: "Pages {pages} of the PDF are images without a text layer; only the pages with text were read.",
  },
  "ingest.pdf-encrypted": {
    vi: "Tệp PDF được bảo vệ bằng mật khẩu; hãy mở khóa (lưu lại không mật khẩu) rồi đọc lại.",
    en: "The PDF is protected by a password; remove the protection (save it without a password) and read it again.",
  },
  "ingest.pdf-damaged": {
    vi: "Tệp PDF bị hỏng, không đọc được (chi tiết: {reason}).",
    en: "The PDF is damaged and cannot be read (detail: {reason}).",
  },
  "ingest.pdf-stopped": {
    vi: "Đã dừng đọc tệp PDF ở trang {page}/{pages}.",
    en: "Reading the PDF was stopped at page {page} of {pages}.",
  },
} as const satisfies MessageCatalogue;
