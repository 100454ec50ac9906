import { officeWorkload, type Plan } from "@parcomms/core";
import { plan000, plan003 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

const forms = (...n: number[]) => n.map((i) => `a-forms-item-III.${i}`);
const assignment = (...n: number[]) => n.map((i) => `a-assignment-V.${i}`);

describe("officeWorkload", () => {
  it("000:75-151: every office and group of xã Sơn Mầu, with the focal point of 000:135", () => {
    // Counted from the lead ("Bộ phận thực hiện") and coordinating ("Bộ phận phối hợp") lines of
    // forms items III.1-III.9 (000:77-126) and the assignments of section V (000:135-151):
    // Văn hóa – Xã hội leads III.3 (000:89), III.4 (000:95), III.5 (000:101), III.7 (000:113), V.1 (000:135);
    // Văn phòng UBND xã leads III.1 (000:77), III.2 (000:83), III.6 (000:107), III.8 (000:119), V.2 (000:137);
    // Tư pháp – hộ tịch leads V.3 (000:143); Đài truyền thanh xã leads III.9 (000:125), V.4 (000:145);
    // Tài chính – Kế toán and UBND xã only receive budget estimates and reports (000:131, 000:151): 0;
    // "Các Ban, ngành và đơn vị liên quan" coordinates all nine forms items;
    // V.5 (000:147-151) is led by the class of the committee's offices and by the lead offices.
    const row = (
      ref: string,
      kind: "office" | "group",
      name: string,
      leadActivities: string[],
      coordinatingActivities: string[] = [],
      focalPoint = false,
    ) => ({
      ref,
      kind,
      name,
      leads: leadActivities.length,
      coordinates: coordinatingActivities.length,
      leadActivities,
      coordinatingActivities,
      focalPoint,
    });
    expect(officeWorkload(plan000)).toEqual([
      row("vhxh", "office", "Văn hóa – Xã hội xã", [...forms(3, 4, 5, 7), ...assignment(1)], [], true),
      row("vp", "office", "Văn phòng UBND xã", [...forms(1, 2, 6, 8), ...assignment(2)]),
      row("tp-ht", "office", "Tư pháp – hộ tịch", assignment(3)),
      row("dtt", "office", "Đài truyền thanh xã", [...forms(9), ...assignment(4)]),
      row("tc-kt", "office", "Tài chính – Kế toán xã", []),
      row("ubnd", "office", "Ủy ban nhân dân xã Sơn Mầu", []),
      row("related", "group", "Các Ban, ngành và đơn vị liên quan", [], forms(1, 2, 3, 4, 5, 6, 7, 8, 9)),
      row("own-offices", "group", "Các ban, ngành thuộc khối UBND xã", assignment(5)),
      row("lead-offices", "group", "các Ban, ngành được phân công chủ trì thực hiện nhiệm vụ", assignment(5)),
    ]);
  });

  it("003:188-430: the focal point 'Công chức VP Đảng ủy - Nội vụ' leads 4 tasks and coordinates 3", () => {
    // Leads: assignment VI.2 (003:188), appendix rows 4 (003:350), 7 (003:395, with the committee office)
    // and 8 (003:418). Coordinates: VI.8 (003:243, reports through it), appendix rows 1 (003:293) and 5 (003:360).
    expect(officeWorkload(plan003).find((r) => r.ref === "noi-vu")).toEqual({
      ref: "noi-vu",
      kind: "office",
      name: "Công chức Văn phòng Đảng ủy - Nội vụ xã",
      leads: 4,
      coordinates: 3,
      leadActivities: ["a-assignment-VI.2", "a-appendix-4", "a-appendix-7", "a-appendix-8"],
      coordinatingActivities: ["a-assignment-VI.8", "a-appendix-1", "a-appendix-5"],
      focalPoint: true,
    });
  });

  it("lists a ref the plan does not define as unknown, and counts a twice-named office once", () => {
    const first = plan000.activities[0] as Plan["activities"][number];
    const plan: Plan = {
      ...plan000,
      offices: [],
      assigneeGroups: [],
      focalPoint: undefined,
      activities: [
        {
          ...first,
          assignees: [
            { ref: "vp", role: "lead", wording: "Văn phòng UBND xã" },
            { ref: "vp", role: "lead", wording: "Văn phòng – Thống kê" },
            { ref: "dtt", role: "focal-point" },
          ],
        },
      ],
    };
    expect(officeWorkload(plan)).toEqual([
      {
        ref: "vp",
        kind: "unknown",
        name: "Văn phòng UBND xã",
        leads: 1,
        coordinates: 0,
        leadActivities: ["a-forms-item-III.1"],
        coordinatingActivities: [],
        focalPoint: false,
      },
      {
        ref: "dtt",
        kind: "unknown",
        name: "dtt",
        leads: 0,
        coordinates: 0,
        leadActivities: [],
        coordinatingActivities: [],
        focalPoint: true,
      },
    ]);
  });
});
