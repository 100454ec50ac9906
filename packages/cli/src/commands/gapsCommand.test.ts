import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { captureIo, writeDraftPlan } from "../_testing/draftPlanFile";
import { gapsCommand } from "./gapsCommand";

const ROOT = join(import.meta.dirname, "../../../..");
const P003 = "packages/sample-data/data/plans/003_c2f82bd70c212939.json";
const tmp = mkdtempSync(join(tmpdir(), "parcomms-gaps-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("gapsCommand with a draft that states no title, period, unit or issuer", () => {
  it("lists the draft's gaps under (chưa rõ) (units are named in Vietnamese, as 'Trung ương' is) and exits 0", async () => {
    const draft = writeDraftPlan(tmp);
    const io = captureIo(ROOT);
    const args = [draft, "--peers", P003, "--format", "csv"];
    expect(await gapsCommand.run({ io, language: "en", args })).toBe(0);
    const lines = io.out.join("").split("\n");
    expect(lines[0]).toBe("Unit,Kind,Code,Missing from the plan,% of peers with it");
    // The draft is 003's body: against the codelists it misses what 003 misses ("importance" first),
    // under its own, unguessed name; against 003 it has no peer gap (the same body).
    const rows = lines.slice(1).filter((l) => l !== "");
    expect(rows[0]).toBe("(chưa rõ),theme,importance,Why reform matters,");
    expect(rows.every((l) => l.startsWith("(chưa rõ),") && l.endsWith(","))).toBe(true);
    const vi = captureIo(ROOT);
    expect(await gapsCommand.run({ io: vi, language: "vi", args: [P003, draft] })).toBe(0);
    expect(vi.out.join("")).toContain("(chưa rõ)");
    expect(vi.err.join("")).not.toContain("draft");
  });
});
