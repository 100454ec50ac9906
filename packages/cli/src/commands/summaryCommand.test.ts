import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { captureIo, writeDraftPlan } from "../_testing/draftPlanFile";
import { summaryCommand } from "./summaryCommand";

const ROOT = join(import.meta.dirname, "../../../..");
const P003 = "packages/sample-data/data/plans/003_c2f82bd70c212939.json";
const tmp = mkdtempSync(join(tmpdir(), "parcomms-summary-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("summaryCommand with a draft that states no title, period, unit or issuer", () => {
  it("shows its unit, level and period as (chưa rõ) / (unknown), nulls in JSON, and exits 0", async () => {
    const draft = writeDraftPlan(tmp);
    const io = captureIo(ROOT);
    expect(await summaryCommand.run({ io, language: "vi", args: [P003, draft] })).toBe(0);
    const lines = io.out.join("").split("\n");
    expect(lines.find((l) => l.startsWith("003_"))).toMatch(
      /xã Gia Tân\s+tỉnh Hải Dương\s+Cấp xã\s+2024\s+26\s/,
    );
    // 003's body: its 26 pieces of work and 12 offices are counted; nothing is guessed for the header.
    expect(lines.find((l) => l.startsWith("draft-ubnd"))).toMatch(
      /^draft-ubnd\s+\(chưa rõ\)\s+\(chưa rõ\)\s+\(chưa rõ\)\s+26\s+\d+\/\d+\s+\d+\/\d+\s+12$/,
    );
    // Nothing is reported of the draft: its blank fields are not errors (validate reports them as warnings).
    expect(io.err.join("")).not.toContain("draft");
    const en = captureIo(ROOT);
    expect(await summaryCommand.run({ io: en, language: "en", args: [draft, "--format", "csv"] })).toBe(0);
    expect(en.out.join("").split("\n")[1]).toMatch(/^draft-ubnd,\(unknown\),,\(unknown\),\(unknown\),26,12,/);
    const json = captureIo(ROOT);
    await summaryCommand.run({ io: json, language: "en", args: [draft, "--format", "json"] });
    expect(JSON.parse(json.out.join(""))).toEqual([
      expect.objectContaining({
        planId: "draft-ubnd",
        unit: "(unknown)",
        level: null,
        era: null,
        period: null,
      }),
    ]);
  });
});
