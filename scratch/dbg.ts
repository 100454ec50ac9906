import { prepareLines } from "../packages/core/src/extract/_lib/prepareLines";
import { readHeader } from "../packages/core/src/extract/_lib/readHeader";
const t = "Ủy Ban Nhân Dân | Cộng Hòa Xã Hội Chủ Nghĩa Việt Nam\nXã Hữu Kiệm | Độc Lập - Tự Do - Hạnh Phúc\nSố: 146/KH-UBND | Hữu Kiệm, Ngày 18 Tháng 12 Năm 2025\n\nKế Hoạch\nTuyên Truyền Cải Cách Hành Chính Năm 2026\n";
console.log(JSON.stringify(readHeader(prepareLines(t))));
const lines = prepareLines(t); console.log(lines.map(l=>[l.furniture,l.text]));
