import { writeFileSync } from "node:fs";
import { extractPlan } from "@parcomms/core/extract";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import { readPlanFilesAsync } from "./src/readPlanFilesAsync";
import { renderScan } from "./src/testing/renderScan";

const f = SEED_FILES[4]!;
const src = seedText(f);
const s = await renderScan(src, {
  dpi: 300,
  rotate: 1.5,
  noise: 0.3,
  jpegQuality: 75,
  stamp: true,
  format: "tiff",
  seed: 5,
});
const r = await readPlanFilesAsync([{ name: "004.tif", bytes: s.bytes }]);
const p: any = r.plans[0]?.plan;
const t: any = extractPlan(src).plan;
writeFileSync("/tmp/ocrw/004.ocr.txt", r.plans[0]?.text ?? "");
for (const k of ["title", "number", "issueDate", "unit", "period"])
  console.log(
    k,
    JSON.stringify(p?.[k]) === JSON.stringify(t[k])
      ? "same"
      : `DIFF ${JSON.stringify(p?.[k])} vs ${JSON.stringify(t[k])}`,
  );
console.log(
  "refs",
  p?.references?.map((x: any) => x.symbol),
  t.references?.map((x: any) => x.symbol),
);
console.log(
  "forms",
  p?.formsItems?.length,
  t.formsItems?.length,
  "content",
  p?.contentItems?.length,
  t.contentItems?.length,
  "acts",
  p?.activities?.length,
  t.activities?.length,
);
console.log(r.issues.map((i) => i.code).join(" "));
process.exit(0);
