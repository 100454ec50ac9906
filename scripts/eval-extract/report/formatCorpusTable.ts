import { CORPUS_FIELDS } from "../corpus/CORPUS_FIELDS";
import { fieldAccuracy, KIND_COLUMNS } from "../corpus/CorpusTotals";
import { corpusGoals } from "../corpus/corpusGoals";
import type { CorpusEvaluation } from "../corpus/evaluateCorpus";
import { prf, type Tally } from "../score/Tally";
import { fixedOrDash, goalCell } from "./_lib/corpusCells";

const measured = (t: Tally) => t.tp + t.fp + t.fn > 0;

/**
 * The corpus figures of one variant as a Markdown table: one row per field
 * (accuracy among the documents whose key states it, with right/stated),
 * per document kind of the key and for all, the goal marked ✓ or ✗ in the
 * `all` column, spurious values and confident-wrong values counted over all
 * documents; then references (precision, recall, F1 by type, number and
 * symbol; roles among the matched), mentions (precision, recall), the
 * confident-wrong total and the document counts.
 *
 * @param evaluation - from `evaluateCorpus`
 * @param variant - which variant; "clean" by default
 * @returns the table, one line per row ("" when the variant was not run)
 * @example
 * formatCorpusTable(evaluation).split("\n")[0]
 * // "| Trường (field) | Mục tiêu (goal) | plan | decision-with-plan | about-plan | other | all | thừa (spurious) | sai, tin chắc (confident wrong) |"
 */
export function formatCorpusTable(evaluation: CorpusEvaluation, variant = "clean"): string {
  const v = evaluation.variants.find((x) => x.variant === variant);
  if (!v) return "";
  const goals = new Map(corpusGoals(v.totals.all).map((g) => [g.id, g]));
  const rows = [
    `| Trường (field) | Mục tiêu (goal) | ${KIND_COLUMNS.join(" | ")} | thừa (spurious) | sai, tin chắc (confident wrong) |`,
    `|---|---|${KIND_COLUMNS.map(() => "---:").join("|")}|---:|---:|`,
  ];
  for (const field of CORPUS_FIELDS) {
    const cells = KIND_COLUMNS.map((k) => {
      const c = v.totals[k].fields[field.id];
      const stated = c.right + c.wrong + c.missed;
      const figure =
        k === "all" && "goal" in field ? goalCell(goals.get(field.id)) : fixedOrDash(fieldAccuracy(c));
      return stated === 0 ? "—" : `${figure} (${c.right}/${stated})`;
    });
    const all = v.totals.all.fields[field.id];
    const goal = "goal" in field ? `acc. ≥ ${field.goal}` : "acc.";
    rows.push(
      `| ${field.label.vi} (${field.label.en}) | ${goal} | ${cells.join(" | ")} | ${all.spurious} | ${all.confidentWrong} |`,
    );
  }
  const line = (label: string, goal: string, cell: (k: (typeof KIND_COLUMNS)[number]) => string) =>
    rows.push(`| ${label} | ${goal} | ${KIND_COLUMNS.map(cell).join(" | ")} | | |`);
  const refs = (k: (typeof KIND_COLUMNS)[number]) => v.totals[k].references;
  line("Văn bản viện dẫn, độ chính xác (References precision)", "P", (k) =>
    measured(refs(k)) ? fixedOrDash(prf(refs(k)).precision) : "—",
  );
  line("Văn bản viện dẫn, độ phủ (References recall)", "R", (k) =>
    measured(refs(k)) ? fixedOrDash(prf(refs(k)).recall) : "—",
  );
  line("Văn bản viện dẫn, F1 (References F1)", "F1 ≥ 0.9", (k) =>
    k === "all" ? goalCell(goals.get("references")) : measured(refs(k)) ? fixedOrDash(prf(refs(k)).f1) : "—",
  );
  line("Vai trò văn bản viện dẫn (Reference roles)", "acc.", (k) => {
    const r = v.totals[k].referenceRoles;
    return r.matched === 0 ? "—" : `${fixedOrDash(r.right / r.matched)} (${r.right}/${r.matched})`;
  });
  const mentions = (k: (typeof KIND_COLUMNS)[number]) => v.totals[k].mentions;
  line("Kế hoạch được nhắc, độ chính xác (Mentions precision)", "P", (k) =>
    measured(mentions(k)) ? fixedOrDash(prf(mentions(k)).precision) : "—",
  );
  line("Kế hoạch được nhắc, độ phủ (Mentions recall)", "R", (k) =>
    measured(mentions(k)) ? fixedOrDash(prf(mentions(k)).recall) : "—",
  );
  line("Sai mà độ tin cậy ≥ 0,8 (Wrong with confidence ≥ 0.8)", "= 0", (k) =>
    k === "all" ? goalCell(goals.get("confident-wrong")) : String(v.totals[k].confidentWrong),
  );
  line("Số văn bản, lỗi (Documents, errors)", "", (k) => `${v.totals[k].documents}, ${v.totals[k].errors}`);
  return rows.join("\n");
}
