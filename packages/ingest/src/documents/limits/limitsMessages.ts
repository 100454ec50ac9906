import type { MessageCatalogue } from "@parcomms/core";

/**
 * The messages of the size and time limits (giới hạn kích thước, thời gian),
 * in Vietnamese and English; spread into the ingest catalogue `ioMessages`.
 *
 * @example
 * limitsMessages["ingest.timeout"].en // "Reading the {format} file took longer than {seconds} s and was stopped; …"
 */
export const limitsMessages = {
  "ingest.too-large": {
    vi: "Tệp quá lớn để đọc: {size}, vượt giới hạn {limit} cho tệp {format}. Hãy tách văn bản thành các tệp nhỏ hơn, hoặc nâng giới hạn (tùy chọn limits).",
    en: "The file is too large to read: {size}, over the {limit} limit for {format} files. Split the document into smaller files, or raise the limit (the limits option).",
  },
  "ingest.inflated-too-large": {
    vi: 'Tệp {format} nén bung ra {size} hoặc hơn, vượt giới hạn {limit} sau khi giải nén; không đọc để tránh hết bộ nhớ (có thể là một "bom nén"). Nếu tệp thật sự lớn như vậy, hãy nâng giới hạn (tùy chọn limits, maxInflatedBytes).',
    en: "The {format} file inflates to {size} or more, over the {limit} limit once uncompressed; it is not read, so memory cannot run out (it may be a zip bomb). If the file really is that large, raise the limit (the limits option, maxInflatedBytes).",
  },
  "ingest.timeout": {
    vi: "Đọc tệp {format} mất quá {seconds} giây nên đã dừng; tệp có thể hỏng hoặc quá dài. Hãy thử lưu lại tệp, tách nhỏ, hoặc nâng giới hạn thời gian (tùy chọn limits).",
    en: "Reading the {format} file took longer than {seconds} s and was stopped; the file may be damaged or too long. Save it again, split it, or raise the time limit (the limits option).",
  },
  "ingest.cancelled": {
    vi: "Đã dừng đọc tệp theo yêu cầu.",
    en: "Reading the file was stopped on request.",
  },
} as const satisfies MessageCatalogue;
