import { type MessageCatalogue, vocabulary } from "@parcomms/core";

/**
 * The charts' message catalogue (danh mục thông báo của biểu đồ): every text a
 * person reads in a chart, and each chart's title, name and description, in
 * Vietnamese and English, keyed by a stable code that starts with "chart.".
 * `{name}` placeholders are filled by core's `formatMessage`; the words every
 * catalogue shares (unit, theme, channel, activity, year, yes/no) come from
 * core's `vocabulary`. The package exposes it as `chartCatalogues` for `checkCatalogues`.
 *
 * @example
 * formatMessage(chartMessages, "chart.timelineTitle", {}, "en") // "Activities by quarter"
 * formatMessage(chartMessages, "chart.no-plans", { chart: "heatmap" }, "vi") // "Không có kế hoạch nào để vẽ biểu đồ heatmap."
 */
export const chartMessages = {
  // Errors (ChartError codes).
  "chart.no-document": {
    vi: 'Không có DOM để vẽ biểu đồ: hãy truyền tùy chọn `document` (trong Node: new JSDOM("").window.document).',
    en: 'No DOM to draw the chart in: pass the `document` option (in Node: new JSDOM("").window.document).',
  },
  "chart.no-plans": {
    vi: "Không có kế hoạch nào để vẽ biểu đồ {chart}.",
    en: "No plans to draw the {chart} chart from.",
  },
  "chart.unknown-kind": {
    vi: "Không có loại biểu đồ “{kind}”; các loại có: {kinds}.",
    en: "No chart kind “{kind}”; the kinds are: {kinds}.",
  },

  // Shared labels.
  "chart.noTheme": { vi: "(Chưa gắn chủ đề)", en: "(No theme)" },
  "chart.noChannel": { vi: "(Chưa gắn hình thức)", en: "(No channel)" },
  "chart.unit": vocabulary.words.unit.one,
  "chart.theme": vocabulary.words.theme.one,
  "chart.channel": vocabulary.words.channel.one,
  "chart.state": { vi: "Trạng thái", en: "State" },
  "chart.activities": { vi: "Số hoạt động", en: "Activities" },
  "chart.expectedPerYear": { vi: "Sản phẩm dự kiến/năm", en: "Expected outputs a year" },
  "chart.expectedOutputs": { vi: "Sản phẩm dự kiến", en: "Expected outputs" },
  "chart.listSeparator": { vi: ", ", en: ", " },
  "chart.sentenceSeparator": { vi: ". ", en: ". " },

  // Heatmap.
  "chart.heatmapName": { vi: "Chủ đề × hình thức", en: "Themes × channels" },
  "chart.heatmapDescription": {
    vi: "Với từng kế hoạch, chủ đề nào được tuyên truyền qua hình thức nào, và có chỉ tiêu hoặc tần suất hay không.",
    en: "For each plan, which themes are carried through which channels, and whether a quota or frequency says how much.",
  },
  "chart.heatmapTitle": {
    vi: "Chủ đề × hình thức tuyên truyền của từng đơn vị",
    en: "Themes × channels of each unit",
  },
  "chart.heatmapAria": {
    vi: "Bản đồ nhiệt chủ đề theo hình thức tuyên truyền, mỗi ô một đơn vị: {units}",
    en: "Heatmap of themes by channel, one panel per unit: {units}",
  },
  "chart.heatmap.rate": {
    vi: "Có hoạt động, có chỉ tiêu/tần suất",
    en: "Planned, with a quota or frequency",
  },
  "chart.heatmap.planned": { vi: "Có hoạt động, không có chỉ tiêu", en: "Planned, no quota or frequency" },
  "chart.heatmap.none": { vi: "Không có hoạt động", en: "Not planned" },
  "chart.heatmapUnitSummary": {
    vi: "{unit}: hoạt động phủ {activityThemes}/{planThemes} chủ đề mà kế hoạch nêu ({total} chủ đề trong danh mục), {rateCells}/{cells} ô có chỉ tiêu hoặc tần suất; {channelGap}",
    en: "{unit}: activities cover {activityThemes} of the {planThemes} themes the plan names ({total} in the codelist), {rateCells} of {cells} cells have a quota or frequency; {channelGap}",
  },
  "chart.heatmapLead": {
    vi: "Độ phủ chủ đề và hình thức, từng đơn vị ({count}):",
    en: "Theme and channel coverage, unit by unit ({count}):",
  },
  "chart.heatmapNoChannelGap": {
    vi: "hoạt động dùng đủ {count} nhóm hình thức",
    en: "activities use all {count} channel groups",
  },
  "chart.heatmapChannelGap": { vi: "không hoạt động nào dùng {channels}", en: "no activity uses {channels}" },

  // Scorecard.
  "chart.scorecardName": { vi: "Bảng điểm khoảng trống", en: "Gap scorecard" },
  "chart.scorecardDescription": {
    vi: "Chủ đề nào mỗi đơn vị chưa đề cập (khoảng trống tuyệt đối), và chủ đề nào phần lớn đơn vị cùng cấp đã có nhưng đơn vị này chưa (khoảng trống so với đơn vị cùng cấp).",
    en: "Which themes each unit does not cover at all (absolute gaps), and which most of its peers cover but it does not (peer gaps).",
  },
  "chart.scorecardTitle": {
    vi: "Bảng điểm khoảng trống chủ đề theo đơn vị",
    en: "Theme gap scorecard by unit",
  },
  "chart.scorecardAria": {
    vi: "Bảng điểm đơn vị × chủ đề: đã phủ, khoảng trống, không áp dụng; đơn vị: {units}",
    en: "Scorecard of units × themes: covered, gap, not applicable; units: {units}",
  },
  "chart.gap.covered": { vi: "Đã phủ", en: "Covered" },
  "chart.gap.gap": { vi: "Khoảng trống", en: "Gap" },
  "chart.gap.not-applicable": { vi: "Không áp dụng", en: "Not applicable" },
  "chart.peerShare": { vi: "Tỷ lệ đơn vị cùng cấp có", en: "Share of peers covering" },
  "chart.scorecardUnitSummary": {
    vi: "{unit} phủ {covered}/{applicable} chủ đề áp dụng được; khoảng trống: {gaps}",
    en: "{unit} covers {covered} of {applicable} applicable themes; gaps: {gaps}",
  },
  "chart.scorecardNoGap": { vi: "không có", en: "none" },
  "chart.scorecardLead": {
    vi: "Chủ đề đã phủ và khoảng trống, từng đơn vị ({count}):",
    en: "Themes covered and gaps, unit by unit ({count}):",
  },
  "chart.scorecardUnitLine": {
    vi: "{unit} phủ {covered}/{applicable} chủ đề áp dụng được; khoảng trống ({count}):",
    en: "{unit} covers {covered} of {applicable} applicable themes; gaps ({count}):",
  },

  // Timeline.
  "chart.timelineName": { vi: "Tiến độ theo quý", en: "Timeline by quarter" },
  "chart.timelineDescription": {
    vi: "Các hoạt động diễn ra trong từng quý và số sản phẩm dự kiến mỗi quý.",
    en: "The activities running in each quarter and the outputs expected each quarter.",
  },
  "chart.timelineTitle": { vi: "Hoạt động theo quý", en: "Activities by quarter" },
  "chart.timelineAria": {
    vi: "Số hoạt động đang diễn ra mỗi quý của từng đơn vị: {units}",
    en: "Number of activities running in each quarter, per unit: {units}",
  },
  "chart.quarter": { vi: "Quý", en: "Quarter" },
  "chart.unscheduled": { vi: "Không định thời gian", en: "Unscheduled" },
  "chart.outsidePeriod": { vi: "Ngoài kỳ kế hoạch", en: "Outside the plan period" },
  "chart.outputsShort": { vi: "{count} sản phẩm", en: "{count} outputs" },
  "chart.timelineCellLabel": { vi: "{activities} hđ", en: "{activities} act." },
  "chart.timelineUnitSummary": {
    vi: "{unit} ({year}): {perQuarter} hoạt động trong quý I–IV; {unscheduled} hoạt động không định thời gian{outside}",
    en: "{unit} ({year}): {perQuarter} activities in Q1–Q4; {unscheduled} unscheduled{outside}",
  },
  "chart.timelineNoPeriod": {
    vi: "{unit} ({year}): kế hoạch không nêu thời kỳ, {count} hoạt động không xếp được theo quý",
    en: "{unit} ({year}): the plan states no period; {count} activities not placed in quarters",
  },
  "chart.timelineOutside": {
    vi: ", {count} hoạt động ngoài kỳ kế hoạch",
    en: ", {count} outside the plan period",
  },
  "chart.bucketColumn": { vi: "Cột", en: "Column" },

  // Workload.
  "chart.workloadName": { vi: "Khối lượng việc của cơ quan", en: "Office workload" },
  "chart.workloadDescription": {
    vi: "Số hoạt động mỗi cơ quan chủ trì, phối hợp hoặc được đề nghị tham gia; cơ quan đầu mối được đánh dấu.",
    en: "How many activities each office leads, coordinates or is requested to take part in; the focal point is marked.",
  },
  "chart.workloadTitle": { vi: "Khối lượng công việc của các cơ quan", en: "Office workload" },
  "chart.workloadAria": {
    vi: "Số hoạt động mỗi cơ quan chủ trì, phối hợp hoặc được đề nghị tham gia, theo đơn vị: {units}",
    en: "Activities each office leads, coordinates or is requested to take part in, per unit: {units}",
  },
  "chart.office": { vi: "Cơ quan, bộ phận", en: "Office" },
  "chart.kind": { vi: "Loại", en: "Kind" },
  "chart.kind.office": vocabulary.words.office.one,
  "chart.kind.group": { vi: "Nhóm đơn vị", en: "Group" },
  "chart.kind.unknown": { vi: "Không xác định", en: "Unknown" },
  "chart.role.lead": { vi: "Chủ trì", en: "Leads" },
  "chart.role.coordinating": { vi: "Phối hợp", en: "Coordinates" },
  "chart.role.requested": { vi: "Đề nghị", en: "Requested" },
  "chart.workloadRequested": {
    vi: "; được đề nghị tham gia: {bodies}",
    en: "; requested to take part: {bodies}",
  },
  "chart.focalPoint": { vi: "Đầu mối", en: "Focal point" },
  "chart.yes": vocabulary.values.yes,
  "chart.no": vocabulary.values.no,
  "chart.workloadUnitSummary": {
    vi: "{unit}: chủ trì nhiều nhất ({leads} hoạt động): {busiest}; đầu mối: {focal}; {idle}/{count} cơ quan, nhóm không được giao việc",
    en: "{unit}: most activities led ({leads}): {busiest}; focal point: {focal}; offices and groups with no task: {idle} of {count}",
  },
  "chart.workloadNoLead": {
    vi: "{unit}: không cơ quan nào được giao chủ trì",
    en: "{unit}: no office leads any activity",
  },
  "chart.activityCount": { vi: "{count} hoạt động", en: "{count} activities" },
  "chart.oneActivity": { vi: "1 hoạt động", en: "1 activity" },
  "chart.oneMoreActivity": { vi: "… và 1 hoạt động khác", en: "… and 1 more activity" },
  "chart.moreActivities": { vi: "… và {count} hoạt động khác", en: "… and {count} more activities" },
  "chart.andOthers": { vi: "và {count} cơ quan, nhóm khác", en: "and {count} others" },
  "chart.noFocalPoint": { vi: "chưa nêu", en: "not named" },

  // Cadence calendar.
  "chart.cadenceName": { vi: "Lịch sản phẩm dự kiến", en: "Calendar of expected outputs" },
  "chart.cadenceDescription": {
    vi: "Số sản phẩm dự kiến mỗi tháng của từng hoạt động có tần suất hoặc chỉ tiêu, trong năm đầu của kế hoạch.",
    en: "The outputs expected each month from every activity with a frequency or quota, over the plan's first year.",
  },
  "chart.cadenceTitle": {
    vi: "Lịch sản phẩm dự kiến theo tháng",
    en: "Calendar of expected outputs by month",
  },
  "chart.cadenceAria": {
    vi: "Số sản phẩm dự kiến mỗi tháng của từng hoạt động có chỉ tiêu hoặc tần suất; đơn vị: {units}",
    en: "Expected outputs each month of every activity with a quota or frequency; units: {units}",
  },
  "chart.month": { vi: "Tháng", en: "Month" },
  "chart.activity": vocabulary.words.activity.one,
  "chart.rate": { vi: "Tần suất, chỉ tiêu", en: "Frequency or quota" },
  "chart.year": vocabulary.words.year.one,
  "chart.cadenceUnitSummary": {
    vi: "{unit} ({year}): {rows} tần suất/chỉ tiêu, {total} sản phẩm dự kiến trong năm",
    en: "{unit} ({year}): frequencies and quotas: {rows}; expected outputs in the year: {total}",
  },
  "chart.cadenceNoPeriod": {
    vi: "{unit} ({year}): kế hoạch không nêu thời kỳ, tần suất và chỉ tiêu không xếp được lên lịch",
    en: "{unit} ({year}): the plan states no period; its frequencies and quotas are not placed on the calendar",
  },
  "chart.cadenceNone": {
    vi: "{unit} ({year}): không hoạt động nào có tần suất hoặc chỉ tiêu",
    en: "{unit} ({year}): no activity has a frequency or quota",
  },
} as const satisfies MessageCatalogue;

/** An id of {@link chartMessages}. */
export type ChartMessageId = keyof typeof chartMessages;
