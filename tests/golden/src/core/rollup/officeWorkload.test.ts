import { officeWorkload, type Plan } from "@parcomms/core";
import { plan000, plan002, plan003 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

const forms = (...n: number[]) => n.map((i) => `a-forms-item-III.${i}`);
const assignment = (...n: (number | string)[]) => n.map((i) => `a-assignment-V.${i}`);
/** No office of the five plans' issuers is requested: only the Front and mass organisations are. */
const notRequested = { requested: 0, requestedActivities: [] };

describe("officeWorkload", () => {
  it("000:75-151: every office and group of xã Sơn Mầu, with the focal point of 000:135", () => {
    // Counted from the lead ("Bộ phận thực hiện") and coordinating ("Bộ phận phối hợp") lines of
    // forms items III.1-III.9 (000:77-126) and the assignments of section V (000:135-151):
    // Tasks are counted once each (planTasks): the bullets of V.2 and V.5 are sub-tasks.
    // Văn hóa – Xã hội leads III.3 (000:89), III.4 (000:95), III.5 (000:101), III.7 (000:113), V.1 (000:135);
    // Văn phòng UBND xã leads III.1 (000:77), III.2 (000:83), III.6 (000:107), III.8 (000:119) and the three
    // tasks of V.2: the column on the web page (000:137), the posting of procedures (000:139), the handling
    // of feedback (000:141);
    // Tư pháp – hộ tịch leads V.3 (000:143); Đài truyền thanh xã leads III.9 (000:125), V.4 (000:145);
    // Tài chính – Kế toán and UBND xã only receive budget estimates and reports (000:131, 000:151): 0;
    // "Các Ban, ngành và đơn vị liên quan" coordinates all nine forms items;
    // of V.5's three tasks, the committee's offices lead the first and the third (000:147, 000:151), "Bộ phận
    // chủ trì được phân công" the second (000:149).
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
      ...notRequested,
      focalPoint,
    });
    expect(officeWorkload(plan000)).toEqual([
      row("vhxh", "office", "Văn hóa – Xã hội xã", [...forms(3, 4, 5, 7), ...assignment(1)], [], true),
      row("vp", "office", "Văn phòng UBND xã", [...forms(1, 2, 6, 8), ...assignment("2.0", "2.1", "2.2")]),
      row("tp-ht", "office", "Tư pháp – hộ tịch", assignment(3)),
      row("dtt", "office", "Đài truyền thanh xã", [...forms(9), ...assignment(4)]),
      row("tc-kt", "office", "Tài chính – Kế toán xã", []),
      row("ubnd", "office", "Ủy ban nhân dân xã Sơn Mầu", []),
      row("related", "group", "Các Ban, ngành và đơn vị liên quan", [], forms(1, 2, 3, 4, 5, 6, 7, 8, 9)),
      row("own-offices", "group", "Các ban, ngành thuộc khối UBND xã", assignment("5.0", "5.2")),
      row(
        "lead-offices",
        "group",
        "các Ban, ngành được phân công chủ trì thực hiện nhiệm vụ",
        assignment("5.1"),
      ),
    ]);
  });

  it("003:188-430: the focal point 'Công chức VP Đảng ủy - Nội vụ' leads 7 tasks and coordinates 3", () => {
    // Leads: three of VI.2's four tasks, follow-up (003:189-190), publishing the results and indices
    // (003:192-195) and the workshop (003:201-203); VI.8's third task, which the offices carry out "Phối hợp
    // với công chức Đảng ủy - Nội vụ và Đài truyền thanh xã" (003:255), so Nội vụ and the radio lead it;
    // appendix rows 4 (003:350), 7 (003:395, with the committee office) and 8 (003:418).
    // Coordinates: VI.2's list of trainees, "phối hợp với Trung tâm học tập cộng đồng" (003:197), and
    // appendix rows 1 (003:293) and 5 (003:360). VI.8's reports "gửi công chức Đảng ủy - Nội vụ tổng hợp"
    // (003:249-253) are sent to it, not carried out with it: no role there.
    expect(officeWorkload(plan003).find((r) => r.ref === "noi-vu")).toEqual({
      ref: "noi-vu",
      kind: "office",
      name: "Công chức Văn phòng Đảng ủy - Nội vụ xã",
      leads: 7,
      coordinates: 3,
      leadActivities: [
        "a-assignment-VI.2.1",
        "a-assignment-VI.2.2",
        "a-assignment-VI.2.4",
        "a-assignment-VI.8.3",
        "a-appendix-4",
        "a-appendix-7",
        "a-appendix-8",
      ],
      coordinatingActivities: ["a-assignment-VI.2.3", "a-appendix-1", "a-appendix-5"],
      ...notRequested,
      focalPoint: true,
    });
  });

  it("002:137-139: the Front and the socio-political organisations are requested (Đề nghị), neither leads nor coordinates", () => {
    // "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội" (002:137)
    const requested = officeWorkload(plan002).filter((r) => r.requested > 0);
    expect(requested.map((r) => [r.ref, r.kind, r.leads, r.coordinates, r.requestedActivities])).toEqual([
      ["mttq", "office", 0, 0, ["a-assignment-V.9"]],
      ["to-chuc-ctxh", "group", 0, 0, ["a-assignment-V.9"]],
    ]);
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
        ...notRequested,
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
        ...notRequested,
        focalPoint: true,
      },
    ]);
  });
});
