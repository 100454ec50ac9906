import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chartRegistry, renderChartSvg } from "@parcomms/analytics";
import { realPlans } from "@parcomms/sample-data";
import { JSDOM } from "jsdom";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIo } from "../_lib/CliIo";
import { UsageError } from "../_lib/UsageError";
import { chartCommand } from "./chartCommand";

const ROOT = join(import.meta.dirname, "../../../..");
const P003 = "packages/sample-data/data/plans/003_c2f82bd70c212939.json";
const tmp = mkdtempSync(join(tmpdir(), "parcomms-chart-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd: ROOT,
    stdout: { write: (text) => out.push(String(text)) },
    stderr: { write: (text) => err.push(String(text)) },
  };
}

describe("chartCommand", () => {
  it("lists every chart of the registry in its help, with its title and description in the help's language", () => {
    for (const language of ["vi", "en"] as const) {
      const help = chartCommand.help[language];
      for (const chart of chartRegistry) {
        expect(help).toContain(`  ${chart.id.padEnd(10)} ${chart.title[language]}\n`);
        expect(help.replace(/\n {13}/g, " ")).toContain(` ${chart.description[language]}\n`);
      }
    }
    expect(chartCommand.help.en).toContain(
      "  cadence    Calendar of expected outputs by month\n             The outputs expected each month from every activity with a\n             frequency or quota, over the plan's first year.\n",
    );
  });

  it("refuses an id the registry does not hold, listing the ids", async () => {
    const io = capture();
    const run = chartCommand.run({ io, language: "vi", args: ["pie", P003, "--out", join(tmp, "pie.svg")] });
    await expect(run).rejects.toThrow(UsageError);
    await expect(
      chartCommand.run({ io, language: "en", args: ["toString", P003, "--out", join(tmp, "x.svg")] }),
    ).rejects.toMatchObject({
      code: "usage.unknown-chart",
      text: {
        en: 'No chart kind "toString"; the kinds are: heatmap, scorecard, timeline, workload, cadence.',
      },
    });
  });

  it("writes the registry's chart of a real plan, the same SVG as renderChartSvg, and prints its summary", async () => {
    const io = capture();
    const out = join(tmp, "cadence.svg");
    const code = await chartCommand.run({ io, language: "en", args: ["cadence", P003, "--out", out] });
    expect(code).toBe(0);
    const document = new JSDOM("").window.document;
    const plan003 = realPlans.find((p) => p.id.startsWith("003")) ?? realPlans[2];
    expect(readFileSync(out, "utf8")).toBe(
      renderChartSvg("cadence", plan003 ? [plan003] : [], { document, language: "en" }),
    );
    // 003:374 "Mỗi tháng 01 kỳ" is its only rate: one issue a month.
    expect(io.out.join("")).toBe(
      `Calendar of expected outputs by month\nGia Tân rural commune (2024): frequencies and quotas: 1; expected outputs in the year: 12.\n→ ${out}\n`,
    );
  });
});
