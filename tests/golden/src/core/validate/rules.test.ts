import { rules } from "@parcomms/core";
import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

const entries = Object.entries(rules);
const seedLines = (file: string) => seedText(file).split(/\r?\n/);
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("rules (the catalogue) against the seeds", () => {
  it("cites the seeds as file:line, with a quote of the example on that line or the next three", () => {
    const cited = entries.flatMap(([, e]) => (e.example?.source ? [e] : []));
    expect(cited.map((e) => e.code)).toEqual([
      "activity.timeframe-outside-period",
      "activity.no-lead",
      "activity.requested-only",
      "header.number-not-stated",
      "header.issue-day-not-stated",
      "header.number-absent",
      "header.issue-date-absent",
      "issuer.level-differs",
      "parent.level-not-higher",
      "parent.issued-after-child",
    ]);
    for (const entry of cited) {
      const [, file, line] = /^(\d{3}_[0-9a-f]{16}\.txt):(\d+)$/.exec(entry.example?.source ?? "") ?? [];
      const at = Number(line);
      const window = squash(
        seedLines(file as string)
          .slice(at - 1, at + 3)
          .join(" "),
      );
      const quotes = [...(entry.example?.text ?? "").matchAll(/"([^"]+)"/g)].map((m) =>
        squash(m[1] as string),
      );
      expect(
        quotes.some((q) => window.includes(q)),
        `${entry.code} quotes ${entry.example?.source}`,
      ).toBe(true);
    }
  });
});
