import type { Plan } from "@parcomms/core";
import { planTasks } from "@parcomms/core";
import { plan000, plan002, plan003, plan004, realPlans, successorsOf } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { centralPlan } from "../_testing/plans11";
import { compareUnits } from "./compareUnits";

const values = (c: ReturnType<typeof compareUnits>, key: string) =>
  c.rows.find((r) => r.key === key)?.cells.map((x) => x.value);
const labels = (c: ReturnType<typeof compareUnits>, key: string) =>
  c.rows.find((r) => r.key === key)?.cells.map((x) => x.label);

import { draftPlan } from "../_testing/draftPlan";

describe("compareUnits", () => {
  const all = compareUnits(realPlans);

  it("makes one column per plan, headed by unit and year", () => {
    expect(all.columns.map((c) => c.label)).toEqual([
      "xã Sơn Mầu 2024",
      "thành phố Bắc Giang 2024",
      "tỉnh Tây Ninh 2024",
      "xã Gia Tân 2024",
      "phường Trúc Lâm 2025",
    ]);
    expect(all.rows.map((r) => r.key)).toEqual([
      "unit",
      "province",
      "level",
      "era",
      "period",
      "activities",
      "themes",
      "channels",
      "offices",
      "leadOffices",
      "expectedOutputs",
      "hasQuotas",
      "targets",
      "reportingCadence",
      "focalPoint",
    ]);
  });

  it("gives the exact measures of the five plans", () => {
    expect(values(all, "province")).toEqual([
      "tỉnh Quảng Ngãi",
      "tỉnh Bắc Giang",
      "tỉnh Tây Ninh",
      "tỉnh Hải Dương",
      "tỉnh Thanh Hóa",
    ]);
    // Pieces of work (planTasks), a block's sub-tasks in place of the block: 002 V.1 is five
    // tasks a)-e) (002:87-95), 004 IV.1 the standing duties and the bullets of 004:114-128.
    expect(values(all, "activities")).toEqual([18, 23, 23, 26, 15]);
    // 000 covers steering (R4: "các văn bản chỉ đạo điều hành", 000:31); 004 citizen-rights
    // (R6: "giám sát thực hiện CCHC", 004:152), the press (R5: chuyên mục on the web page, 004:68)
    // and official posting (C3: "công khai TTHC tại trụ sở", 004:66).
    expect(labels(all, "themes")).toEqual(["22/28", "21/28", "21/28", "22/28", "23/28"]);
    expect(labels(all, "channels")).toEqual(["5/6", "6/6", "6/6", "6/6", "6/6"]);
    // 002:89 "tối thiểu 12 tin/bài trong năm" (task b) and 002:91 "Hàng quý … ít nhất 01 tin/bài"
    // (task c) are two tasks, 12 + 4; 001:156 "Mỗi tuần/1 lần".
    expect(values(all, "expectedOutputs")).toEqual([0, 52, 36, 12, 0]);
    expect(values(all, "hasQuotas")).toEqual([false, false, true, false, false]);
    // 000:151 "lồng ghép vào báo cáo … đúng thời gian quy định"; 001:105 "báo cáo … theo quy định";
    // 002:93 "Lồng ghép báo cáo" (002:141 is an escalation, not a cadence); 003:249-253.
    expect(values(all, "reportingCadence")?.[0]).toEqual(["integrated", "as-regulated"]);
    expect(values(all, "reportingCadence")?.[1]).toEqual(["as-regulated"]);
    expect(values(all, "reportingCadence")?.[2]).toEqual(["integrated"]);
    expect(values(all, "reportingCadence")?.[3]).toEqual([
      "quarterly",
      "half-yearly",
      "yearly",
      "periodic",
      "integrated",
      "on-request",
      "as-regulated",
    ]);
    // Focal points: 000:135 Văn hóa – Xã hội, 003:188 Công chức VP Đảng ủy - Nội vụ, 002 Sở Nội vụ.
    expect(values(all, "focalPoint")).toEqual([
      "Văn hóa – Xã hội xã",
      "Phòng Văn hóa và Thông tin thành phố",
      "Sở Nội vụ",
      "Công chức Văn phòng Đảng ủy - Nội vụ xã",
      "Phòng Văn hóa - Xã hội",
    ]);
  });

  it("labels rows and values in Vietnamese by default and in English on request", () => {
    const en = compareUnits([plan003, plan004], { language: "en" });
    const vi = compareUnits([plan003, plan004]);
    expect(vi.rows.find((r) => r.key === "level")?.label).toBe("Cấp hành chính");
    expect(en.rows.find((r) => r.key === "level")?.label).toBe("Administrative level");
    expect(labels(vi, "level")).toEqual(["Cấp xã", "Cấp xã"]);
    expect(labels(en, "era")).toEqual(["Three tiers (until 30 June 2025)", "Two tiers (from 1 July 2025)"]);
    expect(labels(vi, "hasQuotas")).toEqual(["không", "không"]);
    expect(labels(en, "reportingCadence")?.[1]).toBe("Periodic (rate not stated)");
    expect(en.rows.find((r) => r.key === "level")?.differs).toBe(false);
    expect(en.rows.find((r) => r.key === "era")?.differs).toBe(true);
  });

  it("shows which themes 003 covers that 000 does not", () => {
    const c = compareUnits([plan000, plan003]);
    const only003 = c.codes.themes.filter((t) => !t.covered[0] && t.covered[1]).map((t) => t.code);
    // 003:75 "Cải cách thể chế", 003:233 "ISO 9001", 003:222 "môi trường đầu tư", 003:258 "thi đua";
    // steering is no longer among them: 000 disseminates "các văn bản chỉ đạo điều hành" (000:31, R4).
    expect(only003).toEqual(["institutions", "iso-9001", "investment-climate", "emulation"]);
    // 003:148-149 "pano, áp phích, khẩu hiệu, băng rôn"; 000 has no outdoor or print channel.
    expect(c.codes.channels.filter((t) => !t.covered[0] && t.covered[1]).map((t) => t.code)).toEqual([
      "outdoor-print",
    ]);
  });

  it("pairs a three-tier unit with its 2025 successor when given successorsOf", () => {
    // The old phường Trúc Lâm (16630, thị xã Nghi Sơn) went wholly into the new phường Trúc Lâm 16624 (plan 004).
    const old: Plan = {
      ...plan000,
      id: "truc-lam-2024",
      unit: { ...plan000.unit, name: "Trúc Lâm", kind: "phuong", code: { era: "three-tier", code: "16630" } },
    };
    const c = compareUnits([old, plan004, plan003], { successors: successorsOf });
    expect(c.pairs).toEqual([{ from: "truc-lam-2024", to: plan004.id, share: "full" }]);
    // 003 (xã Gia Tân, Hải Dương) has no code, so it pairs with nothing; and without the option there are no pairs.
    expect(compareUnits([old, plan004]).pairs).toEqual([]);
  });

  it("compares at the leaf level when asked", () => {
    const leaf = compareUnits([plan000], { level: "leaf" });
    expect(leaf.level).toBe("leaf");
    expect(leaf.rows.find((r) => r.key === "themes")?.cells[0]?.total).toBe(leaf.codes.themes.length);
  });

  it("returns no columns for no plans", () => {
    const c = compareUnits([]);
    expect(c.columns).toEqual([]);
    expect(c.rows.every((r) => r.cells.length === 0 && !r.differs)).toBe(true);
  });
});

describe("compareUnits with model 1.1 plans", () => {
  it("compares a central plan, with no unit, under 'Trung ương' at the central level", () => {
    const c = compareUnits([centralPlan(), plan003]);
    expect(c.columns.map((col) => [col.unitName, col.level, col.era])).toEqual([
      ["Trung ương", "central", "three-tier"],
      ["xã Gia Tân", "commune", "three-tier"],
    ]);
    expect(labels(c, "level")).toEqual(["Trung ương", "Cấp xã"]);
    expect(labels(compareUnits([centralPlan()], { language: "en" }), "unit")).toEqual(["Central"]);
  });

  it("counts the pieces of work: 002 V.1's five lettered tasks (002:87–95) in place of the block", () => {
    const tasks = planTasks(plan002);
    expect(tasks.filter((t) => t.activityId === "a-assignment-V.1")).toHaveLength(5);
    // Nine assignment blocks (002 V.1-V.9), 23 pieces of work.
    expect(plan002.activities).toHaveLength(9);
    expect(values(compareUnits([plan002]), "activities")).toEqual([23]);
  });
});

describe("compareUnits with a draft that states no title, period, unit or tier (schema 1.2)", () => {
  it("shows it as '(chưa rõ)' / '(unknown)', its level, era and period blank, never guessed", () => {
    const c = compareUnits([plan003, draftPlan()]);
    expect(c.columns.map((col) => [col.unitName, col.label, col.level, col.era, col.period])).toEqual([
      ["xã Gia Tân", "xã Gia Tân 2024", "commune", "three-tier", "2024"],
      ["(chưa rõ)", "(chưa rõ) (chưa rõ)", undefined, undefined, "chưa rõ"],
    ]);
    expect(labels(c, "level")).toEqual(["Cấp xã", "chưa rõ"]);
    expect(values(c, "level")).toEqual(["commune", null]);
    expect(labels(c, "era")?.[1]).toBe("chưa rõ");
    expect(values(c, "period")).toEqual(["2024", null]);
    // Its tasks are read as they are: the same body as 003.
    expect(values(c, "activities")).toEqual(values(compareUnits([plan003, plan003]), "activities"));
    const en = compareUnits([draftPlan({ issuer: false })], { language: "en" });
    expect([en.columns[0]?.unitName, labels(en, "level"), labels(en, "period")]).toEqual([
      "(unknown)",
      ["unknown"],
      ["unknown"],
    ]);
  });
});
