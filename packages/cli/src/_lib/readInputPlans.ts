import type { Language, Plan } from "@parcomms/core";
import type { CliIo } from "./CliIo";
import { formatIssueLine } from "./formatIssueLine";
import { loadPlanFiles } from "./loadPlanFiles";
import { noInputs } from "./parseCommandArgs";

/**
 * The plans of the files and folders named, for the commands that analyse
 * them (a plan's text, .txt or .docx, is read as its extracted draft): every
 * reading issue is printed on stderr; `failed` is true when any
 * is an error (the command then ends with exit code 1, after its output for
 * the plans that could be read).
 */
export async function readInputPlans(
  paths: readonly string[],
  io: CliIo,
  language: Language,
): Promise<{ plans: Plan[]; failed: boolean }> {
  if (paths.length === 0) throw noInputs();
  const { plans, issues } = await loadPlanFiles(paths, io, language);
  for (const issue of issues) io.stderr.write(formatIssueLine(issue, language));
  return { plans: plans.map((p) => p.plan), failed: issues.some((i) => i.severity === "error") };
}
