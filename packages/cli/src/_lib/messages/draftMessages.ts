import type { MessageCatalogue } from "@parcomms/core";

/**
 * The words of a draft plan as `parcomms extract` prints it: header fields,
 * section names, where activities come from, the activity table's columns
 * and the confidence line. Unit, activity (the column), activities, themes,
 * channels and offices are core's vocabulary.
 */
export const draftMessages = {
  "cli.draft.heading": { vi: "Bản nháp kế hoạch: {id}", en: "Draft plan: {id}" },
  "cli.draft.title": { vi: "Trích yếu", en: "Title" },
  "cli.draft.issuer": { vi: "Cơ quan ban hành", en: "Issued by" },
  "cli.draft.number": { vi: "Số, ký hiệu", en: "Number" },
  "cli.draft.date": { vi: "Ngày ban hành", en: "Issue date" },
  "cli.draft.period": { vi: "Kỳ kế hoạch", en: "Plan period" },
  "cli.draft.signatory": { vi: "Người ký", en: "Signed by" },
  "cli.draft.references": { vi: "Văn bản viện dẫn", en: "Cited documents" },
  "cli.draft.parent": { vi: "kế hoạch cấp trên", en: "parent plan" },
  "cli.draft.counts": { vi: "Số mục mỗi phần", en: "Items per section" },
  "cli.draft.timeframe": { vi: "Thời gian thực hiện", en: "Timeframe" },
  "cli.draft.confidence": {
    vi: "Độ tin cậy: trung bình {mean} trên {count} phần tử (thấp nhất {lowest})",
    en: "Confidence: mean {mean} over {count} elements (lowest {lowest})",
  },
  "cli.draft.none": { vi: "(không có)", en: "(none)" },
  "cli.draft.not-found": { vi: "(không tìm thấy)", en: "(not found)" },
  "cli.draft.blank": { vi: "(để trống)", en: "(left blank)" },
  "cli.draft.section.purposes": { vi: "Mục đích", en: "Purposes" },
  "cli.draft.section.requirements": { vi: "Yêu cầu", en: "Requirements" },
  "cli.draft.section.audiences": { vi: "Đối tượng", en: "Audiences" },
  "cli.draft.section.content-items": { vi: "Nội dung", en: "Content items" },
  "cli.draft.section.forms-items": { vi: "Hình thức", en: "Forms items" },
  "cli.draft.section.assignee-groups": { vi: "Nhóm đơn vị", en: "Assignee groups" },
  "cli.draft.section.reporting": { vi: "Báo cáo", en: "Reporting" },
  "cli.draft.section.recipients": { vi: "Nơi nhận", en: "Recipients" },
  "cli.draft.origin.forms-item": { vi: "hình thức", en: "forms item" },
  "cli.draft.origin.appendix-row": { vi: "phụ lục", en: "appendix" },
  "cli.draft.origin.assignment": { vi: "tổ chức thực hiện", en: "assignment" },
  "cli.draft.origin.content-item": { vi: "nội dung", en: "content item" },
  "cli.draft.origin.other": { vi: "khác", en: "other" },
  "cli.draft.column.ref": { vi: "Mục", en: "Item" },
  "cli.draft.column.lead": { vi: "Chủ trì", en: "Lead" },
  "cli.draft.column.time": { vi: "Thời gian", en: "Time" },
  "cli.draft.column.lines": { vi: "Dòng", en: "Lines" },
  "cli.draft.column.confidence": { vi: "Tin cậy", en: "Conf." },
  "cli.draft.column.code": { vi: "Mã", en: "Code" },
  "cli.draft.column.label": { vi: "Tên", en: "Name" },
  "cli.draft.column.count": { vi: "Số hoạt động", en: "Activities" },
} as const satisfies MessageCatalogue;
