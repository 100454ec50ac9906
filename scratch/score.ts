import { readFileSync, readdirSync } from "node:fs";
import { extractPlan } from "../packages/core/src/extract/extractPlan";
import { foldText } from "../packages/core/src/_lib/fold";
const dir = "tests/corpus/documents/";
const only = process.argv[2];
const norm = (s: string | null | undefined) => (s == null ? null : foldText(s.replace(/\*/g, "")).replace(/[.,;:\s]+$/, "").replace(/\s+/g, " "));
const sym = (s?: string | null) => (s == null ? null : s.replace(/\s+/g, "").toUpperCase());
const dateStr = (d: any) => (d ? [d.year, d.month && String(d.month).padStart(2, "0"), d.day && String(d.day).padStart(2, "0")].filter(Boolean).join("-") : null);
const tally: Record<string, { right: number; stated: number; spurious: number; confWrong: number }> = {};
let refTp = 0, refFp = 0, refFn = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith(".key.json")).sort()) {
  if (only && !f.startsWith(only)) continue;
  const key = JSON.parse(readFileSync(dir + f, "utf8"));
  const text = readFileSync(dir + key.file, "utf8");
  const x = extractPlan(text, { sourceName: key.file });
  const p = x.plan as any;
  const conf = (path: string) => Math.max(0, ...x.elements.filter((e) => e.path === path).map((e) => e.confidence), x.elements.some((e) => e.path === path) ? 0 : 1);
  const fields: [string, unknown, unknown, string][] = [
    ["kind", key.documentKind, x.documentKind, "/kind"],
    ["number", key.number, typeof p.number === "string" ? p.number : null, "/number"],
    ["symbol", sym(key.symbol), sym(p.symbol), "/number"],
    ["date", key.issueDate, dateStr(p.issueDate), "/issueDate"],
    ["issuer", key.issuer ? `${key.issuer.body}/${key.issuer.level}` : null, p.issuer ? `${p.issuer.body}/${p.issuer.level}` : null, "/issuer"],
    ["level", key.issuer?.level ?? null, p.issuer?.level ?? null, "/issuer"],
    ["unit", key.unit ? norm(key.unit.name) + "/" + key.unit.level : null, p.unit ? norm(p.unit.name) + "/" + p.unit.level : null, "/unit"],
    ["period", key.period ? `${key.period.start}-${key.period.end}` : null, p.period ? `${p.period.start}-${p.period.end}` : null, "/period"],
    ["title", norm(key.title), norm(p.title), "/title"],
  ];
  if (key.decision) fields.push(["dec.number", key.decision.number, x.decision?.number ?? null, "/decision"], ["dec.date", key.decision.issueDate, dateStr(x.decision?.issueDate), "/decision"]);
  const misses: string[] = [];
  for (const [name, want, got, path] of fields) {
    const t = (tally[name] ??= { right: 0, stated: 0, spurious: 0, confWrong: 0 });
    if (want != null) t.stated++;
    if (want != null && want === got) t.right++;
    else if (want == null && got == null) {}
    else {
      if (want == null) t.spurious++;
      const c = name === "kind" ? 0 : conf(path);
      if (got != null && c >= 0.8) t.confWrong++;
      misses.push(`${name}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}${got != null ? ` (c${c})` : ""}`);
    }
  }
  const rk = (r: any) => `${r.type}|${r.number}|${sym(r.symbol)?.replace(/^[^/-]*[/-]/, "")}`;
  const want = new Set(key.references.map((r: any) => rk({ ...r, symbol: r.symbol })));
  const got = new Set(p.references.filter((r: any) => r.number).map((r: any) => rk(r)));
  for (const g of got) if (want.has(g)) refTp++; else { refFp++; misses.push(`ref+ ${g}`); }
  for (const w of want) if (!got.has(w)) { refFn++; misses.push(`ref- ${w}`); }
  const mw = key.mentions.map((m: any) => `${m.number}`).join(","), mg = x.mentions.map((m) => `${m.number}`).join(",");
  if (mw !== mg) misses.push(`mentions: want ${mw} got ${mg}`);
  if (misses.length) console.log(`${key.id}\n  ${misses.join("\n  ")}`);
}
for (const [k, t] of Object.entries(tally)) console.log(k.padEnd(11), `${t.right}/${t.stated}`, `spurious ${t.spurious}`, `confWrong ${t.confWrong}`);
const P = refTp / (refTp + refFp), R = refTp / (refTp + refFn);
console.log("refs P", P.toFixed(2), "R", R.toFixed(2), "F1", ((2 * P * R) / (P + R)).toFixed(2));
