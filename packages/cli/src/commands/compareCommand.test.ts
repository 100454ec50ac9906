import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { captureIo, writeDraftPlan } from "../_testing/draftPlanFile";
import { compareCommand } from "./compareCommand";

const ROOT = join(import.meta.dirname, "../../../..");
const P003 = "packages/sample-data/data/plans/003_c2f82bd70c212939.json";
const tmp = mkdtempSync(join(tmpdir(), "parcomms-compare-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("compareCommand with a draft that states no title, period, unit or issuer", () => {
  it("heads its column (chưa rõ), shows its level, era and period as unknown, and exits 0", async () => {
    const draft = writeDraftPlan(tmp);
    const io = captureIo(ROOT);
    expect(await compareCommand.run({ io, language: "vi", args: [P003, draft] })).toBe(0);
    const lines = io.out.join("").split("\n");
    expect(lines[0]).toMatch(/^Chỉ tiêu\s+xã Gia Tân 2024\s+\(chưa rõ\) \(chưa rõ\)$/);
    expect(lines.find((l) => l.startsWith("Cấp hành chính"))).toMatch(/Cấp xã\s+chưa rõ$/);
    expect(lines.find((l) => l.startsWith("Năm kế hoạch"))).toMatch(/2024\s+chưa rõ$/);
    const en = captureIo(ROOT);
    expect(await compareCommand.run({ io: en, language: "en", args: [draft, "--format", "json"] })).toBe(0);
    const comparison = JSON.parse(en.out.join(""));
    expect(comparison.columns).toEqual([
      { planId: "draft-ubnd", unitName: "(unknown)", label: "(unknown) (unknown)", period: "unknown" },
    ]);
    const level = comparison.rows.find((r: { key: string }) => r.key === "level");
    expect(level.cells).toEqual([{ planId: "draft-ubnd", value: null, label: "unknown" }]);
  });
});
