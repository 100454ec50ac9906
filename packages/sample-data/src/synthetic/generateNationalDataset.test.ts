import {
  type AdminUnit,
  type Era,
  LEVEL_RANK,
  migratePlan,
  type PartialDate,
  Plan,
  planTasks,
  resolveSubTask,
  TWO_TIER_START,
  validatePlan,
} from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { adminUnits } from "../units/adminUnits";
import { childrenOf } from "../units/childrenOf";
import { findUnit } from "../units/findUnit";
import type { DefectKind } from "./DefectKind";
import { distributions } from "./distributions";
import { generateNationalDataset } from "./generateNationalDataset";
import type { SyntheticDataset } from "./SyntheticDataset";

const SEED = 11;
const threeTier = generateNationalDataset({ era: "three-tier", seed: SEED, size: "small" });
const twoTier = generateNationalDataset({ era: "two-tier", seed: SEED, size: "small" });
const DATASETS: readonly [string, SyntheticDataset][] = [
  ["three-tier", threeTier],
  ["two-tier", twoTier],
];

/** The rule each planted defect must raise (validatePlan's rule catalogue). */
const RULE_OF: Readonly<Record<DefectKind, string>> = {
  "missing-lead": "activity.no-lead",
  "out-of-period-timeframe": "activity.timeframe-outside-period",
  "unreachable-quota": "quota.unreachable",
  "missing-number": "header.number-not-stated",
};
const DEFECT_RULES = new Set(Object.values(RULE_OF));

function subtree(unit: AdminUnit): AdminUnit[] {
  return [unit, ...childrenOf(unit.code).flatMap(subtree)];
}

/** The units of the small size, worked out from the unit tables: the two provinces with the fewest units. */
function smallUnits(era: Era): AdminUnit[] {
  return adminUnits(era)
    .filter((u) => u.level === "province")
    .map(subtree)
    .sort((a, b) => a.length - b.length || (a[0]?.code.code ?? "").localeCompare(b[0]?.code.code ?? ""))
    .slice(0, 2)
    .flat();
}

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** -1, 0 or 1: how two partial dates compare at the precision both have. */
function compareDates(a: PartialDate, b: PartialDate): number {
  const parts = (d: PartialDate, other: PartialDate) => [
    d.year,
    other.month === undefined ? 0 : (d.month ?? 0),
    other.day === undefined || other.month === undefined ? 0 : (d.day ?? 0),
  ];
  const [x, y] = [parts(a, b), parts(b, a)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0) ? -1 : 1;
  return 0;
}

const planOfUnit = (dataset: SyntheticDataset) => new Map(dataset.plans.map((p) => [p.unit?.code?.code, p]));

describe("generateNationalDataset", () => {
  it("is deterministic: the same options give byte-identical JSON", () => {
    const again = generateNationalDataset({ era: "three-tier", seed: SEED, size: "small" });
    expect(JSON.stringify(again)).toBe(JSON.stringify(threeTier));
  });

  it("gives a different dataset for a different seed, over the same units", () => {
    const other = generateNationalDataset({ era: "three-tier", seed: SEED + 1, size: "small" });
    expect(JSON.stringify(other.plans)).not.toBe(JSON.stringify(threeTier.plans));
    expect(other.plans.map((p) => p.unit?.code)).toEqual(threeTier.plans.map((p) => p.unit?.code));
  });

  it("makes one plan per unit for the small size: Đà Nẵng and Ninh Thuận (three-tier), Lai Châu and Huế (two-tier)", () => {
    for (const [era, dataset] of DATASETS) {
      const units = smallUnits(era as Era);
      expect(tally(dataset.plans.map((p) => p.issuer?.level ?? "(none)"))).toEqual(
        tally(units.map((u) => u.level)),
      );
      expect(new Set(dataset.plans.map((p) => p.unit?.code?.code))).toEqual(
        new Set(units.map((u) => u.code.code)),
      );
    }
    expect(threeTier.plans.filter((p) => p.unit?.level === "province").map((p) => p.unit?.name)).toEqual([
      "Đà Nẵng",
      "Ninh Thuận",
    ]);
    expect(twoTier.plans.filter((p) => p.unit?.level === "province").map((p) => p.unit?.name)).toEqual([
      "Lai Châu",
      "Huế",
    ]);
  });

  it("generates one province alone exactly as in the whole dataset, defects included (the notebook's first view)", () => {
    const daNang = threeTier.plans.find((p) => p.unit?.level === "province" && p.unit?.name === "Đà Nẵng");
    const code = daNang?.unit?.code?.code ?? "";
    expect(code).toBe("48");
    const steps: number[] = [];
    const alone = generateNationalDataset({
      era: "three-tier",
      seed: SEED,
      size: "small",
      provinces: [code],
      onProgress: (done) => steps.push(done),
    });
    const inWhole = threeTier.plans.filter((p) => alone.plans.some((q) => q.id === p.id));
    expect(alone.plans.length).toBeGreaterThan(1);
    expect(alone.plans.length).toBeLessThan(threeTier.plans.length);
    expect(JSON.stringify(alone.plans)).toBe(JSON.stringify(inWhole));
    const ids = new Set(alone.plans.map((p) => p.id));
    expect(alone.defects).toEqual(threeTier.defects.filter((d) => ids.has(d.planId)));
    expect(steps.at(-1)).toBe(alone.plans.length);
  });

  it("makes plans that all pass Plan.parse", () => {
    const failures = DATASETS.flatMap(([, d]) =>
      d.plans.filter((p) => !Plan.safeParse(p).success).map((p) => p.id),
    );
    expect(failures).toEqual([]);
  });

  it("writes schema 1.2: every plan has a title, a period, a unit and an issuer at that unit's level, and nothing to migrate", () => {
    const wrong = DATASETS.flatMap(([, d]) =>
      d.plans.filter(
        (p) =>
          p.schemaVersion !== "1.2" ||
          !p.unit ||
          !p.title ||
          !p.period ||
          p.issuer?.level !== p.unit.level ||
          migratePlan(p).issues.length > 0,
      ),
    );
    expect(wrong.map((p) => p.id)).toEqual([]);
  });

  it("draws sub-tasks and requested bodies at the rates of the real plans' blocks and tasks (002:85-137, 001:101-127, 004:114-154)", () => {
    const sum = (counts: object) => Object.values(counts).reduce((a: number, b: number) => a + b, 0);
    const rates = DATASETS.flatMap(([era, d]) =>
      (["district", "commune"] as const).flatMap((level) => {
        const plans = d.plans.filter((p) => p.unit?.level === level);
        if (plans.length === 0) return [];
        const table = distributions.levels[level];
        const blocks = plans.flatMap((p) => p.activities);
        const tasks = plans.flatMap((p) => planTasks(p));
        const requested = tasks.filter((t) => t.assignees.some((a) => a.role === "requested"));
        return [
          {
            at: `${era} ${level}`,
            // Blocks with sub-tasks: 4 of 001's 17 (IV.1, IV.2, IV.5, row 7), 11 of the communes' 36.
            blocksWithSubtasks: blocks.filter((a) => a.subtasks).length / blocks.length,
            learnedBlocksWithSubtasks:
              1 - (table.subtasksPerActivity["0"] ?? 0) / sum(table.subtasksPerActivity),
            // Pieces of work per block: 23 / 17 in 001, 59 / 36 in 000, 003 and 004.
            tasksPerBlock: tasks.length / blocks.length,
            learnedTasksPerBlock: sum(table.activitySections) / sum(table.activities),
            // Tasks asked of requested bodies: 1 of 001's 23 (IV.6), 2 of the communes' 59 (003 VI.9, 004 IV.5).
            requested: requested.length / tasks.length,
            learnedRequested: 1 - (table.requestedPerTask["0"] ?? 0) / sum(table.requestedPerTask),
          },
        ];
      }),
    );
    expect(rates.map((r) => r.at)).toEqual(["three-tier district", "three-tier commune", "two-tier commune"]);
    for (const r of rates) {
      expect(Math.abs(r.blocksWithSubtasks - r.learnedBlocksWithSubtasks), r.at).toBeLessThan(0.05);
      expect(Math.abs(r.tasksPerBlock / r.learnedTasksPerBlock - 1), r.at).toBeLessThan(0.05);
      expect(Math.abs(r.requested - r.learnedRequested), r.at).toBeLessThan(0.02);
    }
    // Province blocks get lettered sub-tasks too, as 002 V.1 a)-e) (002:85-95).
    const provinces = DATASETS.flatMap(([, d]) => d.plans.filter((p) => p.unit?.level === "province"));
    expect(provinces.some((p) => p.activities.some((a) => a.subtasks?.[0]?.ref === "a"))).toBe(true);
  });

  it("asks requested bodies as the real plans do: the Front or the mass organisations, with no lead (002:137, 001:125, 003:261, 004:150)", () => {
    const asked = DATASETS.flatMap(([, d]) =>
      d.plans.flatMap((plan) => {
        const defective = new Set(d.defects.filter((x) => x.planId === plan.id).map((x) => x.path));
        const kinds = new Map<string, string>([
          ...plan.offices.map((o) => [o.id, o.kind] as [string, string]),
          ...plan.assigneeGroups.map((g) => [g.id, g.id] as [string, string]),
        ]);
        return plan.activities.flatMap((a, i) =>
          a.assignees.some((x) => x.role === "requested") && !defective.has(`/activities/${i}/assignees`)
            ? [
                {
                  leads: a.assignees.filter((x) => x.role === "lead").length,
                  requested: a.assignees.filter((x) => x.role === "requested").map((x) => kinds.get(x.ref)),
                },
              ]
            : [],
        );
      }),
    );
    expect(asked.length).toBeGreaterThan(10);
    expect(asked.filter((t) => t.leads > 0)).toEqual([]);
    expect(new Set(asked.flatMap((t) => t.requested))).toEqual(
      // The Front office of a commune, the group "các tổ chức chính trị - xã hội" everywhere.
      new Set(["front-mass-organisations", "to-chuc-ct-xh"]),
    );
  });

  it("links every plan to its unit's official code, name and kind (match exact)", () => {
    const wrong = DATASETS.flatMap(([, d]) =>
      d.plans.filter((p) => {
        const unit = p.unit?.code && findUnit(p.unit?.code);
        return !unit || p.unit?.match !== "exact" || unit.name !== p.unit?.name || unit.kind !== p.unit?.kind;
      }),
    );
    expect(wrong.map((p) => p.id)).toEqual([]);
  });

  it("says every plan is synthetic, with syn- ids unique in the dataset", () => {
    for (const [era, d] of DATASETS) {
      expect(new Set(d.plans.map((p) => JSON.stringify(p.provenance)))).toEqual(
        new Set([
          JSON.stringify({ document: `synthetic:${era}:${SEED}`, method: "synthetic", synthetic: true }),
        ]),
      );
      expect(d.plans.every((p) => p.id.startsWith("syn-"))).toBe(true);
      expect(new Set(d.plans.map((p) => p.id)).size).toBe(d.plans.length);
    }
  });

  it("cites the parent unit's plan first, one level up and issued earlier, as it was generated", () => {
    for (const [, d] of DATASETS) {
      const byUnit = planOfUnit(d);
      const mismatches = d.plans.flatMap((plan) => {
        const unit = plan.unit?.code && findUnit(plan.unit?.code);
        const parentUnit = unit?.parent && findUnit(unit.parent);
        const parent = parentUnit && byUnit.get(parentUnit.code.code);
        if (!parentUnit) return [];
        if (!parent?.issueDate || !plan.issueDate) return [plan.id];
        const [first] = plan.references;
        const numbered = typeof parent.number === "string";
        const issuer = first?.issuer ?? "";
        const { raw: _parentRaw, ...parentDate } = parent.issueDate;
        const { raw: _citedRaw, ...citedDate } = first?.date ?? { year: 0 };
        const order = compareDates(parent.issueDate, plan.issueDate);
        const consistent =
          first?.role === "parent-plan" &&
          first.symbol === (numbered ? `${parent.number}/${parent.symbol}` : undefined) &&
          JSON.stringify(citedDate) === JSON.stringify(parentDate) &&
          issuer.startsWith("UBND ") &&
          issuer.endsWith(parentUnit.name) &&
          (parent.title ?? "").includes(issuer.slice("UBND ".length)) &&
          LEVEL_RANK[parent.issuer?.level ?? "commune"] > LEVEL_RANK[plan.issuer?.level ?? "central"] &&
          // Issued earlier; a date without its day is compared by month (001:5), where the two may share a month.
          (order < 0 ||
            (order === 0 && (parent.issueDate.day === undefined || plan.issueDate.day === undefined)));
        return consistent ? [] : [plan.id];
      });
      expect(mismatches).toEqual([]);
    }
  });

  it("cites Bộ Nội vụ's plan as the provinces' parent: 35/QĐ-BNV of 22/01/2024, 049/QĐ-BNV of 01/3/2025 (DOMAIN.md)", () => {
    const provinces = DATASETS.flatMap(([, d]) => d.plans.filter((p) => p.unit?.level === "province"));
    expect(provinces.map((p) => [p.unit?.era, p.references[0]?.symbol, p.references[0]?.issuer])).toEqual([
      ["three-tier", "35/QĐ-BNV", "Bộ Nội vụ"],
      ["three-tier", "35/QĐ-BNV", "Bộ Nội vụ"],
      ["two-tier", "049/QĐ-BNV", "Bộ Nội vụ"],
      ["two-tier", "049/QĐ-BNV", "Bộ Nội vụ"],
    ]);
    const early = provinces.filter(
      (p) => p.references[0]?.date && p.issueDate && compareDates(p.references[0].date, p.issueDate) >= 0,
    );
    expect(early.map((p) => p.id)).toEqual([]);
  });

  it("issues two-tier plans of 2025 after the district tier was abolished, like phường Trúc Lâm's of August 2025 (004:5)", () => {
    const lastThreeTierDay = { year: 2025, month: 6, day: 30 };
    expect(TWO_TIER_START).toBe("2025-07-01");
    const early = twoTier.plans.filter(
      (p) => !p.issueDate || compareDates(p.issueDate, lastThreeTierDay) <= 0,
    );
    expect(early.map((p) => p.id)).toEqual([]);
  });

  it("plants defects in round(share × plans) plans, within 2 points of the share, one defect each", () => {
    for (const defectShare of [0.1, 0.25]) {
      const d = generateNationalDataset({ era: "three-tier", seed: 5, size: "small", defectShare });
      expect(Math.abs(d.defects.length / d.plans.length - defectShare)).toBeLessThanOrEqual(0.02);
      expect(d.defects.length).toBe(Math.round(defectShare * d.plans.length));
      expect(new Set(d.defects.map((x) => x.planId)).size).toBe(d.defects.length);
    }
    expect(
      generateNationalDataset({ era: "two-tier", seed: 5, size: "small", defectShare: 0 }).defects,
    ).toEqual([]);
  });

  it("has validatePlan find every planted defect at its path, and nothing of those rules elsewhere (003:430, 001:3)", () => {
    const half = generateNationalDataset({ era: "three-tier", seed: 3, size: "small", defectShare: 0.5 });
    // A lead is removed from one sub-task when the block has them: validatePlan checks each piece of work.
    expect(
      half.defects.filter((x) => /^\/activities\/\d+\/subtasks\/\d+\/assignees$/.test(x.path)).length,
    ).toBe(3);
    for (const [, d] of [...DATASETS, ["shared", half] as const]) {
      const expected = d.defects.map((x) => `${x.planId} ${RULE_OF[x.defect]} ${x.path}`).sort();
      const found = d.plans
        .flatMap((plan) =>
          validatePlan(plan)
            .issues.filter((issue) => DEFECT_RULES.has(issue.code))
            .map((issue) => `${plan.id} ${issue.code} ${issue.path}`),
        )
        .sort();
      expect(found).toEqual(expected);
    }
  });

  it("makes usable plans whose only other issues are the blank issue day of a missing number (001:5) and the tasks asked of requested bodies (002:137)", () => {
    for (const [, d] of DATASETS) {
      const blank = new Set(d.defects.filter((x) => x.defect === "missing-number").map((x) => x.planId));
      let requestedOnly = 0;
      let askedTasks = 0;
      const other = d.plans.flatMap((plan) => {
        const result = validatePlan(plan);
        askedTasks += planTasks(plan).filter(
          (t) =>
            t.assignees.some((a) => a.role === "requested") && !t.assignees.some((a) => a.role === "lead"),
        ).length;
        requestedOnly += result.issues.filter((i) => i.code === "activity.requested-only").length;
        const extra = result.issues.filter(
          (i) =>
            !DEFECT_RULES.has(i.code) &&
            i.code !== "activity.requested-only" &&
            !(i.code === "header.issue-day-not-stated" && blank.has(plan.id)),
        );
        return result.usable && extra.length === 0 ? [] : [{ id: plan.id, issues: result.issues }];
      });
      expect(other).toEqual([]);
      // activity.requested-only (an info) is raised once per task asked and led by nobody, as for 002 V.9, and nowhere else.
      expect(requestedOnly).toBe(askedTasks);
      expect(askedTasks).toBeGreaterThan(0);
    }
  });

  it("plants defects as the real plans have them: blank number and day (001:3, 001:5), last year's quarter (003:430)", () => {
    const d = generateNationalDataset({ era: "three-tier", seed: 3, size: "small", defectShare: 0.5 });
    const byId = new Map(d.plans.map((p) => [p.id, p]));
    const pick = (kind: DefectKind) => d.defects.find((x) => x.defect === kind);
    const at = (kind: DefectKind) => {
      const defect = pick(kind);
      const plan = defect && byId.get(defect.planId);
      // "/activities/i/…" or, for a lead removed from one sub-task, "/activities/i/subtasks/j/assignees".
      const [, , index, sub, j] = defect?.path.split("/") ?? [];
      const block = plan?.activities[Number(index)];
      const subtask = sub === "subtasks" ? block?.subtasks?.[Number(j)] : undefined;
      return { plan, activity: block && subtask ? resolveSubTask(block, subtask) : block };
    };
    const blank = at("missing-number").plan;
    expect([blank?.number, blank?.issueDate?.day, blank?.issueDate?.raw?.startsWith("ngày tháng ")]).toEqual([
      { notStated: true, raw: "Số: /KH-UBND" },
      undefined,
      true,
    ]);
    expect(at("out-of-period-timeframe").activity?.timeframe).toEqual({
      kind: "quarters",
      year: 2023,
      quarters: [4],
      raw: "Quý IV/2023",
    });
    const quota = at("unreachable-quota").activity;
    expect([quota?.frequency?.count, quota?.frequency?.per, quota?.quotas[0]?.per]).toEqual([
      1,
      "month",
      "quarter",
    ]);
    expect(quota?.quotas[0]?.count).toBeGreaterThanOrEqual(20);
    expect(at("missing-lead").activity?.assignees.filter((a) => a.role === "lead")).toEqual([]);
  });

  it("names the offices of each level and era: titled posts in three-tier communes (003:176-265), new bodies in two-tier ones (004:112-154)", () => {
    const offices = (d: SyntheticDataset, code: string) =>
      planOfUnit(d)
        .get(code)
        ?.offices.map((o) => [o.name, o.kind]);
    expect(offices(threeTier, "20293")).toEqual([
      ["Công chức Văn phòng - Thống kê", "committee-office"],
      ["Công chức Văn hóa - Xã hội", "culture-information"],
      ["Công chức Tư pháp - Hộ tịch", "justice"],
      ["Công chức Địa chính - Xây dựng", "natural-resources"],
      ["Công chức Tài chính - Kế toán", "finance-planning"],
      ["Đài truyền thanh xã", "radio-station"],
      ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "front-mass-organisations"],
    ]);
    expect(offices(threeTier, "497")).toEqual([
      ["Phòng Nội vụ", "home-affairs"],
      ["Phòng Văn hóa và Thông tin", "culture-information"],
      ["Văn phòng HĐND và UBND", "committee-office"],
      ["Trung tâm Văn hóa - Thông tin và Thể thao", "service-centre"],
      ["Phòng Tư pháp", "justice"],
      ["Phòng Giáo dục và Đào tạo", "education"],
      ["Phòng Tài chính - Kế hoạch", "finance-planning"],
    ]);
    expect(offices(threeTier, "58")).toEqual([
      ["Sở Nội vụ", "home-affairs"],
      ["Văn phòng UBND tỉnh", "committee-office"],
      ["Sở Thông tin và Truyền thông", "information-communications"],
      ["Sở Tư pháp", "justice"],
      ["Sở Kế hoạch và Đầu tư", "finance-planning"],
      ["Sở Tài nguyên và Môi trường", "natural-resources"],
      ["Báo Ninh Thuận", "press-broadcaster"],
      ["Đài Phát thanh và Truyền hình Ninh Thuận", "press-broadcaster"],
    ]);
    expect(offices(twoTier, "03388")).toEqual([
      ["Văn phòng HĐND và UBND", "committee-office"],
      ["Phòng Văn hóa - Xã hội", "culture-information"],
      ["Phòng Kinh tế, Hạ tầng và Đô thị", "finance-planning"],
      ["Trung tâm phục vụ hành chính công", "service-centre"],
      ["Ủy ban MTTQ phường", "front-mass-organisations"],
    ]);
    expect(offices(twoTier, "03390")?.[2]).toEqual(["Phòng Kinh tế", "finance-planning"]);
    expect(offices(twoTier, "12")).toEqual([
      ["Sở Nội vụ", "home-affairs"],
      ["Văn phòng UBND tỉnh", "committee-office"],
      ["Sở Khoa học và Công nghệ", "information-communications"],
      ["Sở Tư pháp", "justice"],
      ["Sở Tài chính", "finance-planning"],
      ["Sở Nông nghiệp và Môi trường", "natural-resources"],
      ["Báo và Phát thanh, Truyền hình Lai Châu", "press-broadcaster"],
    ]);
  });

  it("groups the units below a unit as its plans do ('UBND các phường, xã', 001:99-131), by the kinds that are there", () => {
    for (const [, d] of DATASETS) {
      const wrong = d.plans.filter((plan) => {
        const unit = plan.unit?.code && findUnit(plan.unit?.code);
        const kinds = [...new Set(unit ? childrenOf(unit.code).map((c) => c.kind) : [])].sort();
        const group = plan.assigneeGroups.find((g) => g.scope === "subordinate");
        return kinds.length === 0
          ? group !== undefined
          : JSON.stringify(group?.unitKinds) !== JSON.stringify(kinds);
      });
      expect(wrong.map((p) => p.id)).toEqual([]);
    }
    expect(planOfUnit(threeTier).get("582")?.assigneeGroups[0]?.label).toBe("UBND các xã, phường");
    expect(planOfUnit(threeTier).get("58")?.assigneeGroups[0]?.label).toBe("UBND các huyện, thành phố");
  });

  it("sets requirements for the plans below, as tỉnh Tây Ninh's (002:85-95), and children meet the deadline", () => {
    for (const [, d] of DATASETS) {
      const byUnit = planOfUnit(d);
      const late = d.plans.flatMap((plan) => {
        const unit = plan.unit?.code && findUnit(plan.unit?.code);
        const parent = unit?.parent && byUnit.get(unit.parent.code);
        const deadline = parent?.childPlanRequirements?.deadline;
        if (!parent) return [];
        return deadline && plan.issueDate && compareDates(plan.issueDate, deadline) <= 0 ? [] : [plan.id];
      });
      expect(late).toEqual([]);
      const requirements = d.plans.map((p) => [
        p.unit?.code !== undefined && childrenOf(p.unit?.code).length > 0,
        p.childPlanRequirements?.quotas.map((q) => `${q.comparator} ${q.count} ${q.output}/${q.per}`) ?? null,
      ]);
      expect(new Set(requirements.map((r) => JSON.stringify(r)))).toEqual(
        new Set([
          JSON.stringify([false, null]),
          JSON.stringify([true, ["atLeast 12 article/year", "atLeast 1 article/quarter"]]),
        ]),
      );
    }
  });

  it("draws themes, channels and timeframe kinds only from the learned tables of the plan's level", () => {
    const outside = DATASETS.flatMap(([, d]) =>
      d.plans.flatMap((plan) => {
        const table = distributions.levels[plan.unit?.level as "province" | "district" | "commune"];
        const check = (codes: readonly string[], known: object) => codes.filter((c) => !(c in known));
        return [
          ...check(
            plan.contentItems.flatMap((c) => c.themes),
            table.contentThemes,
          ),
          ...check(
            plan.formsItems.flatMap((f) => f.channels),
            table.formsChannels,
          ),
          ...check(
            planTasks(plan).flatMap((a) => a.themes),
            table.activityThemes,
          ),
          ...check(
            planTasks(plan).flatMap((a) => a.channels),
            table.activityChannels,
          ),
        ];
      }),
    );
    expect(outside).toEqual([]);
  });

  it("reports progress at the start, after every 1% of the plans and at the end", () => {
    const calls: [number, number][] = [];
    generateNationalDataset({
      era: "two-tier",
      seed: 2,
      size: "small",
      onProgress: (done, total) => calls.push([done, total]),
    });
    const total = twoTier.plans.length;
    const gaps = calls.slice(1).map(([done], i) => done - (calls[i]?.[0] ?? 0));
    expect([
      calls[0],
      calls.at(-1),
      gaps.reduce((m, v) => Math.max(m, v), -Infinity) <= Math.ceil(total / 100),
    ]).toEqual([[0, total], [total, total], true]);
  });

  it("makes plans of another year when asked, citing the ministry's plan of that year", () => {
    const d = generateNationalDataset({ era: "two-tier", seed: 2, size: "small", year: 2026 });
    expect(new Set(d.plans.map((p) => p.period?.start))).toEqual(new Set(["2026"]));
    expect(d.plans[0]?.references[0]?.raw).toBe(
      "Kế hoạch tuyên truyền cải cách hành chính năm 2026 của Bộ Nội vụ",
    );
    expect(d.meta).toEqual({
      era: "two-tier",
      seed: 2,
      size: "small",
      year: 2026,
      defectShare: 0.1,
      generatedWith: "@parcomms/sample-data synthetic 2 (distributions 2026.1)",
    });
  });

  it("rejects options out of range", () => {
    const bad = [
      { era: "one-tier" as Era, seed: 1 },
      { era: "three-tier" as const, seed: 1.5 },
      { era: "three-tier" as const, seed: 1, defectShare: 1.2 },
      { era: "three-tier" as const, seed: 1, year: 2026 },
      { era: "two-tier" as const, seed: 1, year: 2024 },
    ];
    expect(
      bad.map((options) => {
        try {
          generateNationalDataset({ ...options, size: "small" });
          return "accepted";
        } catch (error) {
          return error instanceof RangeError ? "RangeError" : String(error);
        }
      }),
    ).toEqual(bad.map(() => "RangeError"));
  });
});
