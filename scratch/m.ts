import { parseLegalReferences } from "../packages/core/src/parse/parseLegalReferences";
const t = "(HCO) - Ngày 10/01/2025, UBND phường Hòa Cường Bắc ban hành Kế hoạch số 12/KH-UBND về tuyên truyền cải cách hành chính (CCHC) năm 2025, nhằm giúp người dân";
const r = parseLegalReferences(t, { role: "cited", unnumbered: true });
console.log(JSON.stringify(r).slice(0, 600));
