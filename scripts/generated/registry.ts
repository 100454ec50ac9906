/**
 * Every file the project generates from its code, in one list: `pnpm run docs`
 * writes them all and `generated.test.ts` fails when a committed file drifts
 * from what its generator would write now.
 */
import { renderChartsDoc } from "./chartsDoc";
import { renderCodelistsDoc } from "./codelistsDoc";
import { renderDataDoc } from "./dataDoc";
import type { GeneratedFile } from "./GeneratedFile";
import { renderGlossaryDoc } from "./glossaryDoc";
import { renderPlanSchema } from "./planSchema";
import { realPlanExportFiles } from "./realPlanExports";
import { realPlanJsonFiles } from "./realPlanJson";
import { renderRulesDoc } from "./rulesDoc";
import { renderSeedModule } from "./seedModule";

export type { GeneratedFile } from "./GeneratedFile";
export { ROOT } from "./root";

export function generatedFiles(): GeneratedFile[] {
  return [
    { path: "packages/sample-data/src/seeds/seedTexts.generated.ts", render: renderSeedModule },
    { path: "docs/plan.schema.json", render: renderPlanSchema },
    { path: "docs/codelists.md", render: renderCodelistsDoc },
    { path: "docs/rules.md", render: renderRulesDoc },
    { path: "docs/data.md", render: renderDataDoc },
    { path: "docs/charts.md", render: renderChartsDoc },
    { path: "docs/glossary.md", render: renderGlossaryDoc },
    ...realPlanJsonFiles(),
    ...realPlanExportFiles(),
  ];
}
