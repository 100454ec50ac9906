// @vitest-environment jsdom
import type { Plan } from "@parcomms/core";
import { plan003 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { renderPlan } from "./renderPlan";

/** A draft that states none of title, period, unit or issuer: 003's body (xã Gia Tân's tasks). */
function draft(issuer?: Plan["issuer"]): Plan {
  const { title: _t, period: _p, unit: _u, issuer: _i, ...body } = plan003;
  return { ...body, id: "draft-ubnd", ...(issuer ? { issuer } : {}) };
}

describe("renderPlan with a draft that states no title, period, unit or issuer", () => {
  it("heads it (chưa rõ) / (unknown), lists the four warnings, and still shows its tasks", async () => {
    const view = await renderPlan("vi", draft());
    expect(view.querySelector("h3")?.textContent).toBe("(chưa rõ)");
    expect(view.querySelector(".hint")?.textContent).toBe(
      "Cơ quan ban hành: (chưa rõ) ((chưa rõ), (chưa rõ))",
    );
    const codes = Array.from(view.querySelectorAll(".issue")).map((li) => li.getAttribute("data-code"));
    expect(codes).toEqual(
      expect.arrayContaining(["plan.title-missing", "plan.period-missing", "plan.issuer-missing"]),
    );
    expect(view.textContent).not.toMatch(/undefined|NaN/);
    // 003's 26 pieces of work are there to review.
    expect(view.textContent).toContain("26");
    const en = await renderPlan("en", draft({ body: "people-committee", wording: "Ủy ban nhân dân" }));
    expect(en.querySelector("h3")?.textContent).toBe("(unknown)");
    expect(en.querySelector(".hint")?.textContent).toBe(
      "Issued by: Ủy ban nhân dân (People's Committee, (unknown))",
    );
    expect(Array.from(en.querySelectorAll(".issue")).map((li) => li.getAttribute("data-code"))).toContain(
      "issuer.level-missing",
    );
  });
});
