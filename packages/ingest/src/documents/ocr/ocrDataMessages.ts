import type { MessageCatalogue } from "@parcomms/core";

/**
 * The messages about OCR's Vietnamese language data (dữ liệu ngôn ngữ
 * `vie.traineddata.gz`), checked before tesseract.js is given it, in
 * Vietnamese and English, spread into `ioMessages`. Each names the file and
 * what to do.
 *
 * @example
 * formatMessage(ocrDataMessages, "ingest.ocr-data-not-gzip", { path: "/data/vie.traineddata.gz" }, "en")
 * // "The OCR's Vietnamese language data /data/vie.traineddata.gz is not a gzip file; …"
 */
export const ocrDataMessages = {
  "ingest.ocr-data-missing": {
    vi: "Không tìm thấy dữ liệu ngôn ngữ tiếng Việt của OCR {path} (chi tiết: {reason}); hãy cài lại gói @tesseract.js-data/vie (pnpm install) hoặc sửa PARCOMMS_OCR_LANG_PATH.",
    en: "The OCR's Vietnamese language data {path} cannot be found (detail: {reason}); reinstall the @tesseract.js-data/vie package (pnpm install) or correct PARCOMMS_OCR_LANG_PATH.",
  },
  "ingest.ocr-data-too-large": {
    vi: "Dữ liệu ngôn ngữ tiếng Việt của OCR {path} quá lớn ({size}, giới hạn {limit}); đây không phải tệp vie.traineddata.gz thật.",
    en: "The OCR's Vietnamese language data {path} is too large ({size}, limit {limit}); it is not a real vie.traineddata.gz.",
  },
  "ingest.ocr-data-not-gzip": {
    vi: "Dữ liệu ngôn ngữ tiếng Việt của OCR {path} không phải tệp nén gzip (cũng không phải .traineddata trọn vẹn); hãy cài lại gói @tesseract.js-data/vie (pnpm install) hoặc sửa PARCOMMS_OCR_LANG_PATH.",
    en: "The OCR's Vietnamese language data {path} is not a gzip file (nor a whole .traineddata); reinstall the @tesseract.js-data/vie package (pnpm install) or correct PARCOMMS_OCR_LANG_PATH.",
  },
  "ingest.ocr-data-truncated": {
    vi: "Dữ liệu ngôn ngữ tiếng Việt của OCR {path} bị cắt cụt hoặc hỏng, không giải nén hết được (chi tiết: {reason}); hãy cài lại gói @tesseract.js-data/vie (pnpm install).",
    en: "The OCR's Vietnamese language data {path} is cut short or damaged and cannot be inflated to its end (detail: {reason}); reinstall the @tesseract.js-data/vie package (pnpm install).",
  },
  "ingest.ocr-data-not-traineddata": {
    vi: "Dữ liệu ngôn ngữ tiếng Việt của OCR {path} giải nén được nhưng không phải dữ liệu huấn luyện của Tesseract (.traineddata); hãy cài lại gói @tesseract.js-data/vie (pnpm install).",
    en: "The OCR's Vietnamese language data {path} inflates, but not to Tesseract trained data (.traineddata); reinstall the @tesseract.js-data/vie package (pnpm install).",
  },
} as const satisfies MessageCatalogue;
