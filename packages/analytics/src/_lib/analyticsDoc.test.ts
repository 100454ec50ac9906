import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { plan000, plan003, plan004, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { coverageGaps } from "../gaps/coverageGaps";
import { planSimilarity } from "../similarity/planSimilarity";

const doc = readFileSync(fileURLToPath(new URL("../../../../docs/analytics.md", import.meta.url)), "utf8");

describe("docs/analytics.md worked example", () => {
  it("prints what the code returns", () => {
    const block = /<!-- example-output:start -->\s*```json\n([\s\S]*?)```\s*<!-- example-output:end -->/.exec(
      doc,
    );
    expect(block).not.toBeNull();
    const gaps = coverageGaps(realPlans);
    const trucLam = gaps.units.find((u) => u.planId === "004_f3b844502d811123");
    const summary = {
      coverage: trucLam?.coverage,
      absoluteThemes: trucLam?.absolute.themes,
      peerGaps: trucLam?.peer.map((g) => `${g.kind}:${g.code} ${g.coveringPeers}/${g.peers}`),
      similarCommunes: planSimilarity([plan000, plan003, plan004]).pairs.map((p) => [
        p.a.slice(0, 3),
        p.b.slice(0, 3),
        p.shared,
        p.union,
      ]),
    };
    expect(JSON.parse(block?.[1] ?? "null")).toEqual(summary);
  });
});
