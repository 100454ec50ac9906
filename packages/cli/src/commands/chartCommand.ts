import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { chartRegistry, svgToString } from "@parcomms/analytics";
import type { Language, LocalizedText } from "@parcomms/core";
import type { Command } from "../_lib/Command";
import { parseCommandArgs } from "../_lib/parseCommandArgs";
import { readInputPlans } from "../_lib/readInputPlans";
import { svgToPng } from "../_lib/svgToPng";
import { UsageError } from "../_lib/UsageError";
import { wrapWords } from "../_lib/wrapWords";
import { writeOutput } from "../_lib/writeOutput";

/** The registry's charts for the help: id and title, and the description under them, wrapped. */
const kindList = (language: Language) =>
  chartRegistry
    .map((chart) =>
      [
        `  ${chart.id.padEnd(10)} ${chart.title[language]}`,
        ...wrapWords(chart.description[language], 13, 80),
      ].join("\n"),
    )
    .join("\n");

const help = (): LocalizedText => ({
  vi: `Cách dùng: parcomms chart <loại> <tệp hoặc thư mục…> --out <biểu-đồ.svg|.png> [--width N] [--lang vi|en]

Vẽ biểu đồ cho các kế hoạch và ghi ra SVG hoặc PNG (theo phần mở rộng của --out).
Phần tóm tắt bằng lời của biểu đồ được in ra màn hình.

Các loại biểu đồ:
${kindList("vi")}

Tùy chọn:
  --out <tệp>     tệp .svg hoặc .png (bắt buộc)
  --width N       chiều rộng, điểm ảnh (mặc định của từng biểu đồ)
  --lang vi|en    ngôn ngữ của tiêu đề, nhãn và tóm tắt (mặc định vi)
  -h, --help      hiện trợ giúp này

Mã thoát: 0 xong, 1 có tệp không đọc được hoặc không ghi được, 2 dòng lệnh sai.

Ví dụ:
  parcomms chart heatmap packages/sample-data/data/real-plans.jsonl --out heatmap.svg
  parcomms chart scorecard packages/sample-data/data/plans --out scorecard.png --lang en
`,
  en: `Usage: parcomms chart <kind> <files or folders…> --out <chart.svg|.png> [--width N] [--lang vi|en]

Draws a chart of the plans and writes it as SVG or PNG (from the extension of
--out). The chart's text summary is printed.

Kinds:
${kindList("en")}

Options:
  --out <file>    a .svg or .png file (required)
  --width N       width in pixels (default: each chart's own)
  --lang vi|en    language of title, labels and summary (default vi)
  -h, --help      show this help

Exit codes: 0 done, 1 a file could not be read or written, 2 bad command line.

Examples:
  parcomms chart heatmap packages/sample-data/data/real-plans.jsonl --out heatmap.svg
  parcomms chart scorecard packages/sample-data/data/plans --out scorecard.png --lang en
`,
});

/** `parcomms chart`: a chart of the `chartRegistry` (its ids, titles and descriptions make the help) rendered in jsdom and written as SVG, or PNG through resvg. */
export const chartCommand: Command = {
  name: "chart",
  summary: { vi: "vẽ biểu đồ ra SVG hoặc PNG", en: "draw a chart as SVG or PNG" },
  get help() {
    return help();
  },
  async run({ io, language, args }) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: "string" },
      width: { type: "string" },
    });
    if (values.help) {
      io.stdout.write(help()[language]);
      return 0;
    }
    const [kind, ...paths] = positionals;
    const chart = chartRegistry.find((c) => c.id === kind);
    if (!chart) {
      const kinds = chartRegistry.map((c) => c.id).join(", ");
      throw new UsageError("usage.unknown-chart", {
        vi: `Không có loại biểu đồ ${JSON.stringify(kind ?? "")}; các loại: ${kinds}.`,
        en: `No chart kind ${JSON.stringify(kind ?? "")}; the kinds are: ${kinds}.`,
      });
    }
    const out = values.out;
    if (typeof out !== "string" || !/\.(svg|png)$/i.test(out)) {
      throw new UsageError("usage.bad-out", {
        vi: "--out phải là một tệp .svg hoặc .png.",
        en: "--out must be a .svg or .png file.",
      });
    }
    const width = values.width === undefined ? undefined : Number(values.width);
    if (width !== undefined && !(Number.isInteger(width) && width >= 100 && width <= 10000)) {
      throw new UsageError("usage.bad-number", {
        vi: `--width phải là số nguyên từ 100 đến 10000 (nhận được ${String(values.width)}).`,
        en: `--width must be a whole number from 100 to 10000 (got ${String(values.width)}).`,
      });
    }
    const { plans, failed } = await readInputPlans(paths, io, language);
    if (plans.length === 0) return 1;
    const { JSDOM } = await import("jsdom");
    const { document } = new JSDOM("").window;
    const drawn = chart.render(chart.prepare({ plans }), {
      document,
      language,
      ...(width === undefined ? {} : { width }),
    });
    const svg = svgToString(drawn.element);
    const written = writeOutput(io, language, out, () =>
      writeFileSync(resolve(io.cwd, out), /\.png$/i.test(out) ? svgToPng(svg) : svg),
    );
    if (!written) return 1;
    // A chart of several units prints its summary as a list: one line per unit, its gaps indented under it.
    const summary = drawn.outline
      ? [
          drawn.outline.lead,
          ...drawn.outline.items.flatMap((i) => [`- ${i.text}`, ...(i.list ?? []).map((g) => `    - ${g}`)]),
        ].join("\n")
      : drawn.summary;
    io.stdout.write(`${drawn.title}\n${summary}\n→ ${out}\n`);
    return failed ? 1 : 0;
  },
};
