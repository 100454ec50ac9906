import type { MessageCatalogue } from "@parcomms/core";

/**
 * The messages of reading scans by OCR (nhận dạng ký tự quang học), in
 * Vietnamese and English, spread into `ioMessages`.
 *
 * @example
 * formatMessage(ocrMessages, "ingest.ocr", { pages: 2, confidence: 91 }, "en")
 * // "Read by OCR (text recognised from page images): 2 page(s), mean line confidence 91%; check the fields read."
 */
export const ocrMessages = {
  "ingest.ocr": {
    vi: "Đọc bằng OCR (nhận dạng chữ trên ảnh trang): {pages} trang, độ tin cậy trung bình của dòng {confidence}%; hãy kiểm tra các trường đã đọc.",
    en: "Read by OCR (text recognised from page images): {pages} page(s), mean line confidence {confidence}%; check the fields read.",
  },
  "ingest.ocr-empty-page": {
    vi: "Trang {page} không có chữ nào nhận dạng được (trang trắng hoặc ảnh quá mờ).",
    en: "No text was recognised on page {page} (a blank page, or an image too faint).",
  },
  "ingest.ocr-abbreviations-fixed": {
    vi: "Đã sửa {count} chữ viết tắt OCR đọc sai, theo cách chính văn bản viết: {fixes}.",
    en: "{count} abbreviation(s) misread by OCR put right, by the document's own usage: {fixes}.",
  },
  "ingest.ocr-no-text": {
    vi: "Không nhận dạng được chữ nào trên {pages} trang của bản quét.",
    en: "No text was recognised on any of the scan's {pages} page(s).",
  },
  "ingest.image-damaged": {
    vi: "Không đọc được ảnh (PNG, JPEG, TIFF) hay trang ảnh của PDF: tệp hỏng hoặc không đúng định dạng (chi tiết: {reason}).",
    en: "The image (PNG, JPEG, TIFF) or the PDF's page image cannot be read: the file is damaged or not what it claims (detail: {reason}).",
  },
  "ingest.ocr-failed": {
    vi: "Bộ nhận dạng chữ (tesseract.js) không chạy được: {reason}.",
    en: "The text recogniser (tesseract.js) could not run: {reason}.",
  },
} as const satisfies MessageCatalogue;
