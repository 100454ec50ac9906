import { REVIEW_FIELDS, type ReviewRow } from "@parcomms/ingest";
import { describe, expect, it } from "vitest";
import type { PlanReview } from "./PlanReview";
import { reviewQueue } from "./reviewQueue";

// Rows as ingest's reviewRows gives them for seeds 002, 003 and 000 read as texts (002's unit at 0.7,
// 002:4), a news item about a plan and a file that could not be read.
const row = (file: string, extra: Partial<ReviewRow>): ReviewRow => ({
  file,
  errors: 0,
  warnings: 0,
  issueCodes: [],
  fieldsToCheck: [],
  ...extra,
});
const ROWS: ReviewRow[] = [
  row("003.txt", { documentKind: "plan", planId: "003", unit: "Gia Tân", year: "2024", confidence: 0.8 }),
  row("tin.txt", { documentKind: "about-plan", warnings: 1, issueCodes: ["io.about-plan"] }),
  row("002.docx", {
    documentKind: "plan",
    planId: "002",
    unit: "Tây Ninh",
    confidence: 0.7,
    fieldsToCheck: [
      { path: "/number", reason: "missing" },
      { path: "/unit", reason: "unsure", confidence: 0.7, line: 4 },
    ],
  }),
  row("hong.pdf", { errors: 1, issueCodes: ["ingest.pdf-damaged"] }),
  row("000.txt", { documentKind: "plan", planId: "000", confidence: 0.9 }),
];

describe("reviewQueue", () => {
  it("gives each file its status and leaves out the fields a person has decided", () => {
    const reviews = new Map<string, PlanReview>([
      ["003.txt", { accepted: [...REVIEW_FIELDS], corrected: {} }],
      ["002.docx", { accepted: ["/title"], corrected: { "/unit": "tỉnh Tây Ninh" } }],
    ]);
    const queue = reviewQueue(ROWS, reviews);
    expect(queue.map((r) => [r.file, r.status, r.decided])).toEqual([
      ["003.txt", "reviewed", 6],
      ["tin.txt", "not-a-plan", 0],
      ["002.docx", "to-review", 2],
      ["hong.pdf", "unreadable", 0],
      ["000.txt", "to-review", 0],
    ]);
    expect(queue[2]?.fieldsToCheck).toEqual([{ path: "/number", reason: "missing" }]);
  });

  it("sorts by confidence either way, rows without one last, and filters to what needs a person", () => {
    const reviews = new Map([["003.txt", { accepted: [...REVIEW_FIELDS], corrected: {} }]]);
    const files = (options: Parameters<typeof reviewQueue>[2]) =>
      reviewQueue(ROWS, reviews, options).map((r) => r.file);
    expect(files({ sort: "ascending" })).toEqual(["002.docx", "003.txt", "000.txt", "tin.txt", "hong.pdf"]);
    expect(files({ sort: "descending" })).toEqual(["000.txt", "003.txt", "002.docx", "tin.txt", "hong.pdf"]);
    expect(files({ needsReview: true })).toEqual(["002.docx", "hong.pdf", "000.txt"]);
    expect(files({ needsReview: true, sort: "ascending" })).toEqual(["002.docx", "000.txt", "hong.pdf"]);
  });
});
