/**
 * Every file the project generates from its code, in one list: `pnpm run docs`
 * writes them all and `generated.test.ts` fails when a committed file drifts
 * from what its generator would write now.
 */
import { renderCodelistsDoc } from "./codelistsDoc";
import { renderDataDoc } from "./dataDoc";
import { renderPlanSchema } from "./planSchema";
import { realPlanExportFiles } from "./realPlanExports";
import { realPlanJsonFiles } from "./realPlanJson";
import { renderRulesDoc } from "./rulesDoc";
import { renderSeedModule } from "./seedModule";

export { ROOT } from "./root";

/** A generated file: where it lives (relative to the repository) and how to make its text (or bytes, for Parquet). */
export interface GeneratedFile {
  readonly path: string;
  readonly render: () => string | Uint8Array;
}

export function generatedFiles(): GeneratedFile[] {
  return [
    { path: "packages/sample-data/src/seeds/seedTexts.generated.ts", render: renderSeedModule },
    { path: "docs/plan.schema.json", render: renderPlanSchema },
    { path: "docs/codelists.md", render: renderCodelistsDoc },
    { path: "docs/rules.md", render: renderRulesDoc },
    { path: "docs/data.md", render: renderDataDoc },
    ...realPlanJsonFiles(),
    ...realPlanExportFiles(),
  ];
}
