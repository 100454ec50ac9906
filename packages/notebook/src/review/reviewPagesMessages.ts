import type { MessageCatalogue } from "@parcomms/core";

/**
 * The texts of the review's page view (a document's pages beside its
 * draft), in Vietnamese and English, keyed by stable ids; spread into the
 * notebook's `messages`.
 *
 * @example
 * reviewPagesMessages["review.pageAlt"].en // "Page {page} of {count} of {file}"
 */
export const reviewPagesMessages = {
  "review.pages": { vi: "Các trang của văn bản", en: "The document's pages" },
  "review.pageAlt": { vi: "Trang {page}/{count} của {file}", en: "Page {page} of {count} of {file}" },
  "review.pagePosition": { vi: "Trang {page}/{count}", en: "Page {page} of {count}" },
  "review.pagePrevious": { vi: "Trang trước", en: "Previous page" },
  "review.pageNext": { vi: "Trang sau", en: "Next page" },
  "review.pageKeys": {
    vi: "Chọn khung trang rồi dùng phím mũi tên trái/phải, Page Up/Page Down, Home/End để chuyển trang.",
    en: "Focus the page, then use the Left/Right arrow keys, Page Up/Page Down, Home/End to change page.",
  },
  "review.pageDrawing": { vi: "Đang vẽ trang {page}…", en: "Drawing page {page}…" },
  "review.pageFailed": {
    vi: "Không vẽ được trang {page} của {file}: {reason}",
    en: "Could not draw page {page} of {file}: {reason}",
  },
  "review.pagesFailed": {
    vi: "Không mở được các trang của {file} ({reason}); văn bản đã đọc ở bên dưới.",
    en: "Could not open the pages of {file} ({reason}); the text read is below.",
  },
  "review.fieldOnLines": {
    vi: "{field}: trang {page}, dòng {lines} của trang (đánh dấu trên ảnh).",
    en: "{field}: page {page}, line {lines} of the page (marked on the image).",
  },
  "review.fieldOnPage": {
    vi: "{field}: trang {page} (trang này không có lớp chữ cho biết vị trí dòng).",
    en: "{field}: page {page} (this page has no text layer giving the lines' positions).",
  },
} as const satisfies MessageCatalogue;
