import { type CoverageGaps, coverageGaps } from "@parcomms/analytics";
import type { Language, LocalizedText } from "@parcomms/core";
import type { Command } from "../_lib/Command";
import { choiceOf, parseCommandArgs } from "../_lib/parseCommandArgs";
import { readInputPlans } from "../_lib/readInputPlans";
import { splitPeers } from "../_lib/splitPeers";
import type { TextTable } from "../_lib/TextTable";
import { UsageError } from "../_lib/UsageError";
import { TABLE_FORMATS, writeTable } from "../_lib/writeTable";

const HELP: LocalizedText = {
  vi: `Cách dùng: parcomms gaps <tệp hoặc thư mục…> [--peers <tệp…>] [--level top|leaf] [--min-peer-share x] [--format table|json|csv] [--lang vi|en]

Khoảng trống về nội dung: với mỗi kế hoạch, các chủ đề và hình thức áp dụng
được mà kế hoạch không nhắc tới (khoảng trống tuyệt đối), và những gì đa số
đơn vị tương đương (cùng cấp) có mà kế hoạch không có (khoảng trống so với
đơn vị tương đương). Đơn vị tương đương là các kế hoạch khác trong đầu vào và
các kế hoạch của --peers.

Tùy chọn:
  --peers <tệp…>        kế hoạch của các đơn vị để so sánh (mọi tệp sau --peers,
                        đến tùy chọn tiếp theo)
  --level top|leaf      mức danh mục (mặc định top)
  --min-peer-share x    tỷ lệ đơn vị tương đương tối thiểu, 0 đến 1 (mặc định
                        của coverageGaps)
  --format <f>          table (mặc định), json (toàn bộ kết quả, kèm bảng điểm) hoặc csv
  --lang vi|en          ngôn ngữ (mặc định vi)
  -h, --help            hiện trợ giúp này

Mã thoát: 0 xong, 1 có tệp không đọc được, 2 dòng lệnh sai.

Ví dụ:
  parcomms gaps packages/sample-data/data/real-plans.jsonl
  parcomms gaps packages/sample-data/data/plans/000_34833a3694ee8a96.json --peers packages/sample-data/data/plans/003_c2f82bd70c212939.json packages/sample-data/data/plans/004_f3b844502d811123.json
`,
  en: `Usage: parcomms gaps <files or folders…> [--peers <files…>] [--level top|leaf] [--min-peer-share x] [--format table|json|csv] [--lang vi|en]

Coverage gaps: for each plan, the themes and channels that apply to it and
that it never mentions (absolute gaps), and those most comparable units (same
level) cover and it does not (peer gaps). The peers are the other plans of
the input and the plans of --peers.

Options:
  --peers <files…>      plans of units to compare with (every file after
                        --peers, up to the next option)
  --level top|leaf      codelist level (default top)
  --min-peer-share x    least share of peers, 0 to 1 (default: coverageGaps')
  --format <f>          table (default), json (the whole result, with the scorecard) or csv
  --lang vi|en          language (default vi)
  -h, --help            show this help

Exit codes: 0 done, 1 a file could not be read, 2 bad command line.

Examples:
  parcomms gaps packages/sample-data/data/real-plans.jsonl
  parcomms gaps packages/sample-data/data/plans/000_34833a3694ee8a96.json --peers packages/sample-data/data/plans/003_c2f82bd70c212939.json packages/sample-data/data/plans/004_f3b844502d811123.json
`,
};

const LABELS = {
  unit: { vi: "Đơn vị", en: "Unit" },
  kind: { vi: "Loại", en: "Kind" },
  code: { vi: "Mã", en: "Code" },
  label: { vi: "Chưa có trong kế hoạch", en: "Missing from the plan" },
  peerShare: { vi: "% đơn vị tương đương có", en: "% of peers with it" },
} as const satisfies Record<string, LocalizedText>;

const KIND_WORDS = {
  theme: { vi: "chủ đề", en: "theme" },
  channel: { vi: "hình thức", en: "channel" },
} as const satisfies Record<string, LocalizedText>;

/**
 * One row per unit and code it does not cover (the absolute gaps), with the
 * share of peers covering it when it is a peer gap; peer gaps first.
 */
function gapTable(gaps: CoverageGaps, language: Language): TextTable {
  const rows = gaps.units.flatMap((u) => {
    const share = new Map(u.peer.map((g) => [`${g.kind}:${g.code}`, g.peerShare]));
    const entries = (["theme", "channel"] as const).flatMap((kind) => {
      const codes = kind === "theme" ? u.absolute.themes : u.absolute.channels;
      const list = kind === "theme" ? gaps.codelist.themes : gaps.codelist.channels;
      return codes.map((code, order) => ({
        unit: u.unitName,
        kind: KIND_WORDS[kind][language],
        code,
        label: list.find((c) => c.code === code)?.label[language] ?? code,
        peerShare: share.has(`${kind}:${code}`)
          ? Math.round((share.get(`${kind}:${code}`) ?? 0) * 100)
          : null,
        order: (kind === "theme" ? 0 : 1000) + order,
      }));
    });
    entries.sort((a, b) => (b.peerShare ?? -1) - (a.peerShare ?? -1) || a.order - b.order);
    return entries.map(({ order: _order, ...row }) => row);
  });
  return {
    columns: (Object.keys(LABELS) as (keyof typeof LABELS)[]).map((key) => ({
      key,
      label: LABELS[key][language],
    })),
    rows,
  };
}

/** `parcomms gaps`: `coverageGaps` per plan, against the codelists and against peers. */
export const gapsCommand: Command = {
  name: "gaps",
  summary: { vi: "khoảng trống chủ đề và hình thức", en: "theme and channel coverage gaps" },
  help: HELP,
  async run({ io, language, args }) {
    const { rest, peers: peerPaths } = splitPeers(args);
    const { values, positionals } = parseCommandArgs(rest, {
      format: { type: "string" },
      level: { type: "string" },
      "min-peer-share": { type: "string" },
    });
    if (values.help) {
      io.stdout.write(HELP[language]);
      return 0;
    }
    const format = choiceOf(values, "format", TABLE_FORMATS, "table");
    const level = choiceOf(values, "level", ["top", "leaf"] as const, "top");
    const shareText = values["min-peer-share"];
    const minPeerShare = typeof shareText === "string" ? Number(shareText) : undefined;
    if (minPeerShare !== undefined && !(minPeerShare >= 0 && minPeerShare <= 1)) {
      throw new UsageError("usage.bad-number", {
        vi: `--min-peer-share phải là số từ 0 đến 1 (nhận được ${String(shareText)}).`,
        en: `--min-peer-share must be a number from 0 to 1 (got ${String(shareText)}).`,
      });
    }
    if (peerPaths !== undefined && peerPaths.length === 0) {
      throw new UsageError("usage.no-peers", {
        vi: "--peers cần ít nhất một tệp.",
        en: "--peers needs at least one file.",
      });
    }
    const { plans, failed } = await readInputPlans(positionals, io, language);
    const peers = peerPaths ? await readInputPlans(peerPaths, io, language) : { plans: [], failed: false };
    const gaps = coverageGaps(plans, {
      level,
      ...(peerPaths ? { peers: peers.plans } : {}),
      ...(minPeerShare === undefined ? {} : { minPeerShare }),
    });
    const table = gapTable(gaps, language);
    writeTable(io, format, table, gaps);
    return failed || peers.failed || plans.length === 0 ? 1 : 0;
  },
};
