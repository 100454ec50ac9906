import { describe, expect, it } from "vitest";
import { reviewCsv } from "./reviewCsv";

describe("reviewCsv", () => {
  it("writes one row a file, with a BOM and CRLF, issue codes and fields to check joined by '; '", () => {
    const csv = reviewCsv([
      {
        file: "scans/003.pdf",
        documentKind: "plan",
        format: "pdf",
        planId: "003",
        unit: "Gia Tân",
        level: "commune",
        year: "2024",
        number: "13/KH-UBND",
        title: "Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024",
        confidence: 0.6000001,
        errors: 0,
        warnings: 1,
        issueCodes: ["io.duplicate-id", "extract.header.date-missing"],
        fieldsToCheck: [
          { path: "/title", reason: "missing" },
          { path: "/unit", reason: "unsure", confidence: 0.6, line: 3, page: 1 },
          { path: "/period", reason: "unsure", confidence: 0.75, line: 12 },
        ],
        sha256: "ab".repeat(32),
        status: "read",
      },
      {
        file: "hong, cu.docx",
        errors: 1,
        warnings: 0,
        issueCodes: ["io.bad-docx"],
        fieldsToCheck: [],
        sha256: "cd".repeat(32),
        status: "copy",
        sameAs: "hong.docx",
      },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFfile,kind,unit,level,year,number,title,confidence,errors,warnings,issues,fields_to_check,sha256,status",
      `scans/003.pdf,plan,Gia Tân,commune,2024,13/KH-UBND,Tuyên truyền cải cách hành chính nhà nước xã Gia Tân năm 2024,0.6,0,1,io.duplicate-id; extract.header.date-missing,/title: missing; /unit: 0.60 (p.1 l.3); /period: 0.75 (l.12),${"ab".repeat(32)},read`,
      `"hong, cu.docx",,,,,,,,1,0,io.bad-docx,,${"cd".repeat(32)},copy of hong.docx`,
      "",
    ]);
  });
});
