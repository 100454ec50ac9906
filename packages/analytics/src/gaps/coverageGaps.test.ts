import { plan000, plan001, plan002, plan003, plan004, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { draftPlan } from "../_testing/draftPlan";
import { centralPlan } from "../_testing/plans11";
import { coverageGaps } from "./coverageGaps";

const ID = {
  p000: plan000.id,
  p001: plan001.id,
  p002: plan002.id,
  p003: plan003.id,
  p004: plan004.id,
};

describe("coverageGaps on the five real plans", () => {
  const gaps = coverageGaps(realPlans);
  const unit = (id: string) => gaps.units.find((u) => u.planId === id);

  it("lists one unit per plan, in input order, with its display name", () => {
    expect(gaps.units.map((u) => [u.planId, u.unitName, u.peerCount])).toEqual([
      [ID.p000, "xã Sơn Mầu", 2],
      [ID.p001, "thành phố Bắc Giang", 0],
      [ID.p002, "tỉnh Tây Ninh", 0],
      [ID.p003, "xã Gia Tân", 2],
      [ID.p004, "phường Trúc Lâm", 2],
    ]);
  });

  it("gives 000's absolute gaps at the top level", () => {
    // 000 has no institutional-reform item (its content items 000:29-57 name TTHC, the apparatus,
    // the civil service, finance and e-government, but not "thể chế"), no outdoor or print channel.
    // Steering is covered: c-2 disseminates "các văn bản, chỉ đạo điều hành công tác CCHC" (000:31, R4).
    expect(unit(ID.p000)?.absolute).toEqual({
      themes: [
        "institutions",
        "anti-corruption",
        "grassroots-democracy",
        "iso-9001",
        "investment-climate",
        "emulation",
      ],
      channels: ["outdoor-print"],
    });
    expect(unit(ID.p000)?.coverage).toEqual({
      themes: { covered: 22, total: 28 },
      channels: { covered: 5, total: 6 },
    });
  });

  it("ranks 004's peer gaps against the two other communes, 000 and 003", () => {
    // 004 (phường Trúc Lâm) now covers what both peers have: the Front's oversight, "giám sát thực
    // hiện CCHC" (004:152, R6), the press through its web column (004:68, R5) and official posting,
    // "công khai TTHC tại trụ sở cơ quan" (004:66, C3). What is left is covered by one peer of two.
    expect(unit(ID.p004)?.peer.map((g) => [g.kind, g.code, g.coveringPeers, g.peers])).toEqual([
      ["theme", "institutions", 1, 2],
      ["theme", "decentralisation", 1, 2],
      ["theme", "iso-9001", 1, 2],
      ["theme", "investment-climate", 1, 2],
      ["theme", "emulation", 1, 2],
    ]);
    expect(unit(ID.p004)?.peer[0]?.label.vi).toBeTypeOf("string");
    expect(unit(ID.p004)?.peer[0]?.peerShare).toBe(0.5);
  });

  it("has no peer gaps for a unit with no comparable peer (the only district, the only province)", () => {
    expect(unit(ID.p001)?.peer).toEqual([]);
    expect(unit(ID.p002)?.peer).toEqual([]);
    expect(gaps.scorecard.cells.filter((c) => c.planId === ID.p002).every((c) => c.peerShare === null)).toBe(
      true,
    );
  });

  it("fills the scorecard: units × themes, codelist order", () => {
    expect(gaps.scorecard.units).toHaveLength(5);
    expect(gaps.scorecard.themes).toHaveLength(28);
    expect(gaps.scorecard.cells).toHaveLength(5 * 28);
    const row = gaps.scorecard.cells.filter((c) => c.planId === ID.p000);
    expect(row.slice(0, 3)).toEqual([
      { planId: ID.p000, theme: "institutions", state: "gap", peerShare: 0.5 },
      { planId: ID.p000, theme: "procedures", state: "covered", peerShare: 1 },
      { planId: ID.p000, theme: "apparatus", state: "covered", peerShare: 1 },
    ]);
    // Nothing is scoped among the top-level themes by default.
    expect(gaps.scorecard.cells.some((c) => c.state === "not-applicable")).toBe(false);
  });

  it("marks the district radio not applicable outside the district level, unless covered (leaf level)", () => {
    const leaf = coverageGaps(realPlans, { level: "leaf" });
    // 002 is a province, but it names the district radio systems itself (002:67), so it stays covered.
    expect(leaf.units.map((u) => u.notApplicable.channels)).toEqual([
      ["broadcast.district-radio"],
      [],
      [],
      ["broadcast.district-radio"],
      ["broadcast.district-radio"],
    ]);
    expect(leaf.units[0]?.coverage.channels.total).toBe(leaf.codelist.channels.length - 1);
    expect(leaf.units[0]?.absolute.channels).not.toContain("broadcast.district-radio");
  });

  it("uses options.peers, and never counts a unit as its own peer", () => {
    // 003 against 000 alone: what 000 covers and 003 does not (000:57 discipline; project 06 and "why reform matters").
    const g = coverageGaps([plan003], { peers: [plan000, plan003] });
    expect(g.units[0]?.peerCount).toBe(1);
    expect(g.units[0]?.peer.map((p) => p.code)).toEqual([
      "importance",
      "project-06",
      "decentralisation",
      "discipline",
    ]);
  });

  it("compares across levels with comparableBy 'any', and per era with 'level-and-era'", () => {
    expect(coverageGaps(realPlans, { comparableBy: "any" }).units[1]?.peerCount).toBe(4);
    const byEra = coverageGaps(realPlans, { comparableBy: "level-and-era" });
    expect(byEra.units.map((u) => u.peerCount)).toEqual([1, 0, 0, 1, 0]);
  });

  it("applies custom scopes, covered codes staying covered", () => {
    const g = coverageGaps(realPlans, {
      scopes: [{ kind: "theme", code: "iso-9001", levels: ["province"], reason: { vi: "thử", en: "test" } }],
    });
    const cell = (id: string) => g.scorecard.cells.find((c) => c.planId === id && c.theme === "iso-9001");
    // 003:233 names ISO 9001: covered although scoped to provinces.
    expect(cell(ID.p003)?.state).toBe("covered");
    expect(cell(ID.p000)).toEqual({
      planId: ID.p000,
      theme: "iso-9001",
      state: "not-applicable",
      peerShare: null,
    });
    expect(cell(ID.p002)?.state).toBe("gap");
    // 000 covers 22 of 28 top-level themes (steering by R4, 000:31); iso-9001, a gap, is scoped out.
    expect(g.units[0]?.coverage.themes).toEqual({ covered: 22, total: 27 });
  });

  it("returns empty results for no plans", () => {
    const g = coverageGaps([]);
    expect(g.units).toEqual([]);
    expect(g.scorecard.cells).toEqual([]);
    expect(g.codelist.themes).toHaveLength(28);
  });
});

describe("coverageGaps with a plan with no unit (model 1.1)", () => {
  it("reads a central plan at the central level, labelled 'Trung ương'", () => {
    const gaps = coverageGaps([centralPlan(), plan002], { comparableBy: "any" });
    expect(gaps.units.map((u) => [u.unitName, u.level, u.era])).toEqual([
      ["Trung ương", "central", "three-tier"],
      ["tỉnh Tây Ninh", "province", "three-tier"],
    ]);
  });
});

describe("coverageGaps with a draft of no known tier (schema 1.2)", () => {
  it("shows it as '(chưa rõ)', compares it with no commune, and applies every code to it", () => {
    const leaf = coverageGaps([...realPlans, draftPlan()], { level: "leaf" });
    const draft = leaf.units[5];
    expect([draft?.unitName, draft?.level, draft?.era, draft?.peerCount]).toEqual([
      "(chưa rõ)",
      undefined,
      undefined,
      0,
    ]);
    // The district radio is tied to the district level; for a draft of unknown tier nothing says it does not apply.
    expect(draft?.notApplicable.channels).toEqual([]);
    expect(draft?.coverage.channels.total).toBe(leaf.codelist.channels.length);
    // The three communes still compare among themselves only (000, 003, 004: two peers each).
    expect(leaf.units.map((u) => u.peerCount)).toEqual([2, 0, 0, 2, 2, 0]);
  });
});
