import { describe, expect, it } from "vitest";
import { plan003, plan004, realPlans } from "./_testing";
import { plansToJsonl } from "./plansToJsonl";

describe("plansToJsonl", () => {
  it("writes one plan a line, each ended by LF (003_c2f82bd70c212939.txt, 004_f3b844502d811123.txt)", () => {
    const text = plansToJsonl([plan003, plan004]);
    expect(text.endsWith("\n")).toBe(true);
    expect(text.split("\n").map((line) => (line === "" ? null : JSON.parse(line)))).toEqual([
      plan003,
      plan004,
      null,
    ]);
  });

  it("writes the text of each plan as JSON.stringify does, line breaks inside strings escaped", () => {
    expect(plansToJsonl(realPlans)).toBe(realPlans.map((plan) => `${JSON.stringify(plan)}\n`).join(""));
    expect(plansToJsonl(realPlans).split("\n")).toHaveLength(6);
  });

  it("keeps -0, which JSON.stringify writes as 0", () => {
    const plan = {
      ...plan003,
      targets: [{ metric: "sai lệch", comparator: "atMost" as const, value: -0, unit: "count" as const }],
    };
    expect(plansToJsonl([plan])).toContain('"value":-0,');
    expect(JSON.stringify(plan)).toContain('"value":0,');
  });

  it("writes nothing for no plans", () => {
    expect(plansToJsonl([])).toBe("");
  });
});
