/**
 * `pnpm eval:extract`: runs `extractPlan` on the five seed texts, clean and
 * damaged, scores each extraction against the hand-encoded plans and prints
 * a table. Flags: `--json` writes the full results to
 * `eval-results/extract.json`; `--verbose` lists every miss; `--check` exits
 * with 1 when a goal is missed (otherwise the exit code is 0: it is a report).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractPlan } from "@parcomms/core/extract";
import { realPlans } from "@parcomms/sample-data";
import { evaluateExtraction } from "./evaluateExtraction";
import { meetsGoal } from "./report/_lib/figure";
import { formatCounts } from "./report/formatCounts";
import { formatMisses } from "./report/formatMisses";
import { formatTable } from "./report/formatTable";
import { MEASURES } from "./score/MEASURES";
import { prf } from "./score/Tally";

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => !["--json", "--verbose", "--check"].includes(a));
if (unknown.length > 0) {
  process.stderr.write(
    `Tham số không hợp lệ / unknown option: ${unknown.join(" ")}\nDùng / usage: pnpm eval:extract [--json] [--verbose] [--check]\n`,
  );
  process.exit(2);
}

const started = performance.now();
const evaluation = evaluateExtraction(extractPlan, { plans: realPlans, seed: 1 });
const seconds = (performance.now() - started) / 1000;

const out: string[] = [
  `Đánh giá trích xuất kế hoạch / Extraction evaluation — ${new Date().toISOString().slice(0, 10)}, ${realPlans.length} plans × ${evaluation.variants.length} variants, ${seconds.toFixed(1)} s`,
  "",
  formatTable(evaluation),
  "",
  "Clean text, counts / Văn bản sạch, số đếm:",
  "",
  formatCounts(evaluation),
];
const errors = evaluation.variants.flatMap((v) =>
  v.plans.filter((p) => p.error).map((p) => `${v.variant} ${p.plan}: ${p.error}`),
);
if (errors.length > 0)
  out.push("", "Lỗi trình trích xuất / extractor errors:", ...errors.map((e) => `  ${e}`));
if (args.has("--verbose")) out.push("", formatMisses(evaluation));
process.stdout.write(`${out.join("\n")}\n`);

if (args.has("--json")) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const file = join(root, "eval-results", "extract.json");
  mkdirSync(dirname(file), { recursive: true });
  const figures = evaluation.variants.map((v) => ({
    variant: v.variant,
    measures: Object.fromEntries(
      MEASURES.map((m) => [
        m.id,
        {
          ...v.totals[m.id],
          ...prf(v.totals[m.id]),
          goal: "goal" in m ? m.goal : null,
          met: meetsGoal(m, v.totals[m.id]) ?? null,
        },
      ]),
    ),
  }));
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), seed: evaluation.seed, figures, evaluation }, null, 2)}\n`,
  );
  process.stdout.write(`Đã ghi / wrote ${file}\n`);
}

const missed = evaluation.variants.flatMap((v) =>
  MEASURES.filter((m) => meetsGoal(m, v.totals[m.id]) === false).map((m) => `${v.variant}:${m.id}`),
);
if (args.has("--check") && missed.length > 0) {
  process.stderr.write(`Chưa đạt mục tiêu / goals missed: ${missed.join(", ")}\n`);
  process.exit(1);
}
