/**
 * The main job until the notebook lands: validate plan files (or, with no
 * arguments, the five real plans shipped in @parcomms/sample-data) and print
 * what each plan holds and the issues validation finds, in Vietnamese and
 * English.
 *
 *   pnpm start                      # the five real plans
 *   pnpm start -- my-plan.json …    # your own plan files (JSON)
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { codelistCoverage, formatIssue, type Plan, unitKinds, validatePlan } from "@parcomms/core";
import { realPlans } from "@parcomms/sample-data";

interface Input {
  readonly name: string;
  readonly value: unknown;
  readonly readError?: { readonly code: "input.unreadable" | "input.not-json"; readonly detail: string };
}

function readInputs(args: readonly string[]): Input[] {
  if (args.length === 0) return realPlans.map((plan) => ({ name: `${plan.id} (sample)`, value: plan }));
  return args.map((file) => {
    try {
      const text = readFileSync(file, "utf8");
      try {
        return { name: basename(file), value: JSON.parse(text) };
      } catch (error) {
        return {
          name: basename(file),
          value: undefined,
          readError: { code: "input.not-json", detail: (error as Error).message },
        };
      }
    } catch (error) {
      return {
        name: basename(file),
        value: undefined,
        readError: { code: "input.unreadable", detail: (error as Error).message },
      };
    }
  });
}

function unitLabel(plan: Plan): string {
  const kind = unitKinds.entries.find((k) => k.code === plan.unit.kind)?.label.vi ?? plan.unit.kind;
  return `${kind} ${plan.unit.name}`;
}

function describePlan(plan: Plan): string[] {
  const { themes, channels } = codelistCoverage(plan);
  const share = (level: { covered: readonly string[]; uncovered: readonly string[] }) =>
    `${level.covered.length} of ${level.covered.length + level.uncovered.length}`;
  return [
    `  ${unitLabel(plan)} · ${plan.unit.level} · ${plan.period.start === plan.period.end ? plan.period.start : `${plan.period.start}–${plan.period.end}`}`,
    `  ${plan.contentItems.length} content items, ${plan.formsItems.length} forms items, ${plan.activities.length} activities, ${plan.offices.length} offices, ${plan.references.length} references`,
    `  covers ${share(themes.top)} top-level themes and ${share(channels.leaf)} channels`,
  ];
}

const inputs = readInputs(process.argv.slice(2).filter((a) => a !== "--"));
let failed = false;
for (const input of inputs) {
  console.log(`\n${input.name}`);
  if (input.readError !== undefined) {
    failed = true;
    const { code, detail } = input.readError;
    console.log(`  [error] ${code}`);
    console.log(
      code === "input.not-json"
        ? "      vi: Tệp không phải JSON hợp lệ.\n      en: The file is not valid JSON."
        : "      vi: Không đọc được tệp.\n      en: The file cannot be read.",
    );
    console.log(`      ${detail}`);
    continue;
  }
  const result = validatePlan(input.value);
  if (result.plan) console.log(describePlan(result.plan).join("\n"));
  console.log(`  usable / dùng được: ${result.usable ? "yes / có" : "no / không"}`);
  for (const issue of result.issues) {
    console.log(`  [${issue.severity}] ${issue.code} at ${issue.path || "/"}`);
    console.log(`      vi: ${formatIssue(issue, "vi")}`);
    console.log(`      en: ${formatIssue(issue, "en")}`);
  }
  failed ||= !result.usable;
}
process.exitCode = failed ? 1 : 0;
