import type { LocalizedText } from "@parcomms/core";

/**
 * Every text a person reads in a chart, in Vietnamese and English, keyed by a
 * stable id. `{name}` placeholders are filled by `chartMessage`.
 */
export const chartMessages = {
  // Errors (ChartError codes).
  "chart/no-document": {
    vi: 'Không có DOM để vẽ biểu đồ: hãy truyền tùy chọn `document` (trong Node: new JSDOM("").window.document).',
    en: 'No DOM to draw the chart in: pass the `document` option (in Node: new JSDOM("").window.document).',
  },
  "chart/no-plans": {
    vi: "Không có kế hoạch nào để vẽ biểu đồ {chart}.",
    en: "No plans to draw the {chart} chart from.",
  },
  "chart/unknown-kind": {
    vi: "Không có loại biểu đồ “{kind}”; các loại có: {kinds}.",
    en: "No chart kind “{kind}”; the kinds are: {kinds}.",
  },

  // Shared labels.
  noTheme: { vi: "(Chưa gắn chủ đề)", en: "(No theme)" },
  noChannel: { vi: "(Chưa gắn hình thức)", en: "(No channel)" },
  unit: { vi: "Đơn vị", en: "Unit" },
  theme: { vi: "Chủ đề", en: "Theme" },
  channel: { vi: "Hình thức", en: "Channel" },
  state: { vi: "Trạng thái", en: "State" },
  activities: { vi: "Số hoạt động", en: "Activities" },
  expectedPerYear: { vi: "Sản phẩm dự kiến/năm", en: "Expected outputs a year" },
  expectedOutputs: { vi: "Sản phẩm dự kiến", en: "Expected outputs" },
  listSeparator: { vi: ", ", en: ", " },
  sentenceSeparator: { vi: ". ", en: ". " },

  // Heatmap.
  heatmapTitle: {
    vi: "Chủ đề × hình thức tuyên truyền của từng đơn vị",
    en: "Themes × channels of each unit",
  },
  heatmapAria: {
    vi: "Bản đồ nhiệt chủ đề theo hình thức tuyên truyền, mỗi ô một đơn vị: {units}",
    en: "Heatmap of themes by channel, one panel per unit: {units}",
  },
  "heatmap.rate": { vi: "Có hoạt động, có chỉ tiêu/tần suất", en: "Planned, with a quota or frequency" },
  "heatmap.planned": { vi: "Có hoạt động, không có chỉ tiêu", en: "Planned, no quota or frequency" },
  "heatmap.none": { vi: "Không có hoạt động", en: "Not planned" },
  heatmapUnitSummary: {
    vi: "{unit}: hoạt động phủ {activityThemes}/{planThemes} chủ đề mà kế hoạch nêu ({total} chủ đề trong danh mục), {rateCells}/{cells} ô có chỉ tiêu hoặc tần suất; {channelGap}",
    en: "{unit}: activities cover {activityThemes} of the {planThemes} themes the plan names ({total} in the codelist), {rateCells} of {cells} cells have a quota or frequency; {channelGap}",
  },
  heatmapLead: {
    vi: "Độ phủ chủ đề và hình thức, từng đơn vị ({count}):",
    en: "Theme and channel coverage, unit by unit ({count}):",
  },
  heatmapNoChannelGap: {
    vi: "hoạt động dùng đủ {count} nhóm hình thức",
    en: "activities use all {count} channel groups",
  },
  heatmapChannelGap: { vi: "không hoạt động nào dùng {channels}", en: "no activity uses {channels}" },

  // Scorecard.
  scorecardTitle: { vi: "Bảng điểm khoảng trống chủ đề theo đơn vị", en: "Theme gap scorecard by unit" },
  scorecardAria: {
    vi: "Bảng điểm đơn vị × chủ đề: đã phủ, khoảng trống, không áp dụng; đơn vị: {units}",
    en: "Scorecard of units × themes: covered, gap, not applicable; units: {units}",
  },
  "gap.covered": { vi: "Đã phủ", en: "Covered" },
  "gap.gap": { vi: "Khoảng trống", en: "Gap" },
  "gap.not-applicable": { vi: "Không áp dụng", en: "Not applicable" },
  peerShare: { vi: "Tỷ lệ đơn vị cùng cấp có", en: "Share of peers covering" },
  scorecardUnitSummary: {
    vi: "{unit} phủ {covered}/{applicable} chủ đề áp dụng được; khoảng trống: {gaps}",
    en: "{unit} covers {covered} of {applicable} applicable themes; gaps: {gaps}",
  },
  scorecardNoGap: { vi: "không có", en: "none" },
  scorecardLead: {
    vi: "Chủ đề đã phủ và khoảng trống, từng đơn vị ({count}):",
    en: "Themes covered and gaps, unit by unit ({count}):",
  },
  scorecardUnitLine: {
    vi: "{unit} phủ {covered}/{applicable} chủ đề áp dụng được; khoảng trống ({count}):",
    en: "{unit} covers {covered} of {applicable} applicable themes; gaps ({count}):",
  },

  // Timeline.
  timelineTitle: { vi: "Hoạt động theo quý", en: "Activities by quarter" },
  timelineAria: {
    vi: "Số hoạt động đang diễn ra mỗi quý của từng đơn vị: {units}",
    en: "Number of activities running in each quarter, per unit: {units}",
  },
  quarter: { vi: "Quý", en: "Quarter" },
  unscheduled: { vi: "Không định thời gian", en: "Unscheduled" },
  outsidePeriod: { vi: "Ngoài kỳ kế hoạch", en: "Outside the plan period" },
  outputsShort: { vi: "{count} sản phẩm", en: "{count} outputs" },
  timelineCellLabel: { vi: "{activities} hđ", en: "{activities} act." },
  timelineUnitSummary: {
    vi: "{unit} ({year}): {perQuarter} hoạt động trong quý I–IV; {unscheduled} hoạt động không định thời gian{outside}",
    en: "{unit} ({year}): {perQuarter} activities in Q1–Q4; {unscheduled} unscheduled{outside}",
  },
  timelineOutside: { vi: ", {count} hoạt động ngoài kỳ kế hoạch", en: ", {count} outside the plan period" },
  bucketColumn: { vi: "Cột", en: "Column" },

  // Workload.
  workloadTitle: { vi: "Khối lượng công việc của các cơ quan", en: "Office workload" },
  workloadAria: {
    vi: "Số hoạt động mỗi cơ quan chủ trì và phối hợp, theo đơn vị: {units}",
    en: "Activities each office leads and coordinates, per unit: {units}",
  },
  office: { vi: "Cơ quan, bộ phận", en: "Office" },
  kind: { vi: "Loại", en: "Kind" },
  "kind.office": { vi: "Cơ quan", en: "Office" },
  "kind.group": { vi: "Nhóm đơn vị", en: "Group" },
  "kind.unknown": { vi: "Không xác định", en: "Unknown" },
  "role.lead": { vi: "Chủ trì", en: "Leads" },
  "role.coordinating": { vi: "Phối hợp", en: "Coordinates" },
  focalPoint: { vi: "Đầu mối", en: "Focal point" },
  yes: { vi: "có", en: "yes" },
  no: { vi: "không", en: "no" },
  workloadUnitSummary: {
    vi: "{unit}: chủ trì nhiều nhất ({leads} hoạt động): {busiest}; đầu mối: {focal}; {idle}/{count} cơ quan, nhóm không được giao việc",
    en: "{unit}: most activities led ({leads}): {busiest}; focal point: {focal}; offices and groups with no task: {idle} of {count}",
  },
  workloadNoLead: {
    vi: "{unit}: không cơ quan nào được giao chủ trì",
    en: "{unit}: no office leads any activity",
  },
  activityCount: { vi: "{count} hoạt động", en: "{count} activities" },
  oneActivity: { vi: "1 hoạt động", en: "1 activity" },
  oneMoreActivity: { vi: "… và 1 hoạt động khác", en: "… and 1 more activity" },
  moreActivities: { vi: "… và {count} hoạt động khác", en: "… and {count} more activities" },
  andOthers: { vi: "và {count} cơ quan, nhóm khác", en: "and {count} others" },
  noFocalPoint: { vi: "chưa nêu", en: "not named" },

  // Cadence calendar.
  cadenceTitle: { vi: "Lịch sản phẩm dự kiến theo tháng", en: "Calendar of expected outputs by month" },
  cadenceAria: {
    vi: "Số sản phẩm dự kiến mỗi tháng của từng hoạt động có chỉ tiêu hoặc tần suất; đơn vị: {units}",
    en: "Expected outputs each month of every activity with a quota or frequency; units: {units}",
  },
  month: { vi: "Tháng", en: "Month" },
  activity: { vi: "Hoạt động", en: "Activity" },
  rate: { vi: "Tần suất, chỉ tiêu", en: "Frequency or quota" },
  year: { vi: "Năm", en: "Year" },
  cadenceUnitSummary: {
    vi: "{unit} ({year}): {rows} tần suất/chỉ tiêu, {total} sản phẩm dự kiến trong năm",
    en: "{unit} ({year}): frequencies and quotas: {rows}; expected outputs in the year: {total}",
  },
  cadenceNone: {
    vi: "{unit} ({year}): không hoạt động nào có tần suất hoặc chỉ tiêu",
    en: "{unit} ({year}): no activity has a frequency or quota",
  },
} as const satisfies Record<string, LocalizedText>;

/** An id of {@link chartMessages}. */
export type ChartMessageId = keyof typeof chartMessages;
