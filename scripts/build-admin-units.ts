/**
 * Builds the compact administrative-unit tables of @parcomms/sample-data from
 * the published source files in ../shared/admin-units (see that folder's
 * README for their origin). Run it when the sources change:
 *
 *   pnpm tsx scripts/build-admin-units.ts [path/to/admin-units]
 *
 * Writes packages/sample-data/data/units/{units-three-tier,units-two-tier,
 * successors-2025}.json and copies the sources' MIT licence texts beside them.
 * Every unit keeps its official name, kind (from the kind word of its full
 * name) and parent; codes are kept as strings with their leading zeros.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = process.argv[2] ?? join(root, "..", "shared", "admin-units");
const out = join(root, "packages/sample-data/data/units");

type Row = [code: string, name: string, kind: string, parent: string | null];

interface SourceUnit {
  Code: string;
  Name: string;
  FullName: string;
}

const KIND_WORDS: readonly [string, string, string][] = [
  // [kind word, kind at province level, kind below]
  ["Thành phố", "thanh-pho-tw", "thanh-pho"],
  ["Tỉnh", "tinh", "tinh"],
  ["Huyện", "huyen", "huyen"],
  ["Quận", "quan", "quan"],
  ["Thị xã", "thi-xa", "thi-xa"],
  ["Thị trấn", "thi-tran", "thi-tran"],
  ["Xã", "xa", "xa"],
  ["Phường", "phuong", "phuong"],
  ["Đặc khu", "dac-khu", "dac-khu"],
];

function kindOf(unit: SourceUnit, provinceLevel: boolean): string {
  const full = unit.FullName.normalize("NFC");
  for (const [word, top, below] of KIND_WORDS) {
    if (full.startsWith(`${word} `)) return provinceLevel ? top : below;
  }
  throw new Error(`no kind word in ${JSON.stringify(unit.FullName)}`);
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(source, file), "utf8")) as T;
}

const nfc = (s: string) => s.normalize("NFC").trim();

interface ThreeTierProvince extends SourceUnit {
  District: (SourceUnit & { Ward: SourceUnit[] | null })[];
}
const threeTier: Row[] = [];
for (const p of readJson<ThreeTierProvince[]>("units-2025-03-01-three-tier.json")) {
  threeTier.push([p.Code, nfc(p.Name), kindOf(p, true), null]);
  for (const d of p.District) {
    threeTier.push([d.Code, nfc(d.Name), kindOf(d, false), p.Code]);
    for (const w of d.Ward ?? []) threeTier.push([w.Code, nfc(w.Name), kindOf(w, false), d.Code]);
  }
}

interface TwoTierProvince extends SourceUnit {
  Wards: SourceUnit[];
}
const twoTier: Row[] = [];
for (const p of readJson<TwoTierProvince[]>("units-2025-07-01-two-tier.json")) {
  twoTier.push([p.Code, nfc(p.Name), kindOf(p, true), null]);
  for (const w of p.Wards) twoTier.push([w.Code, nfc(w.Name), kindOf(w, false), p.Code]);
}

interface Merge {
  old_id: string;
  type: "full" | "partial";
}
interface MergeProvince {
  level1_id: string;
  merges: Merge[];
  level2s: { level2_id: string; merges: Merge[] }[];
}
const successors: Record<string, [string, "full" | "partial"][]> = {};
const add = (oldCode: string, newCode: string, share: "full" | "partial") => {
  const list = successors[oldCode] ?? [];
  list.push([newCode, share]);
  successors[oldCode] = list;
};
for (const p of readJson<{ data: MergeProvince[] }>("mapping-2025-merges-new-from-old.json").data) {
  for (const m of p.merges) add(m.old_id, p.level1_id, m.type);
  for (const c of p.level2s) for (const m of c.merges) add(m.old_id, c.level2_id, m.type);
}
const sortedSuccessors = Object.fromEntries(
  Object.keys(successors)
    .sort()
    .map((k) => [k, (successors[k] ?? []).sort((a, b) => a[0].localeCompare(b[0]))]),
);

const meta = (asOf: string, sourceName: string) => ({
  source: sourceName,
  licence: "MIT",
  asOf,
});
const write = (file: string, value: unknown) => writeFileSync(join(out, file), `${JSON.stringify(value)}\n`);

write("units-three-tier.json", {
  ...meta("2025-03-01", "thanglequoc/vietnamese-provinces-database v2.4.1 (commit fc33b74)"),
  columns: ["code", "name", "kind", "parent"],
  rows: threeTier,
});
write("units-two-tier.json", {
  ...meta("2025-07-01", "thanglequoc/vietnamese-provinces-database v3.0.2 (commit 78594ea)"),
  columns: ["code", "name", "kind", "parent"],
  rows: twoTier,
});
write("successors-2025.json", {
  ...meta("2025-07-01", "dvhcvn/20250701 (commit dd94887), mapping/merges.json"),
  description:
    "Old (three-tier) province and commune code → new (two-tier) units that took all or part of it.",
  successors: sortedSuccessors,
});
copyFileSync(
  join(source, "LICENSE-vietnamese-provinces-database.txt"),
  join(out, "LICENSE-vietnamese-provinces-database.txt"),
);
copyFileSync(join(source, "LICENSE-dvhcvn-20250701.txt"), join(out, "LICENSE-dvhcvn-20250701.txt"));
console.log(
  `three-tier: ${threeTier.length} units; two-tier: ${twoTier.length}; old codes mapped: ${Object.keys(sortedSuccessors).length}`,
);
