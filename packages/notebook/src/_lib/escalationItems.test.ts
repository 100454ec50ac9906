import type { Plan } from "@parcomms/core";
import { plan000, plan002, plan003 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { escalationItems } from "./escalationItems";

describe("escalationItems", () => {
  it("tells 002's escalation in one sentence, in Vietnamese and English (002:141)", () => {
    // "nếu có phát sinh vướng mắc, các cơ quan, đơn vị, địa phương báo cáo UBND tỉnh (qua Sở Nội vụ tổng hợp)".
    expect(escalationItems(plan002, "vi")).toEqual([
      {
        sentence:
          "“nếu có phát sinh vướng mắc”: các cơ quan, đơn vị, địa phương báo cáo UBND tỉnh, qua Sở Nội vụ.",
        text: plan002.escalation?.[0]?.text,
        lines: { start: 141, end: 141 },
      },
    ]);
    expect(escalationItems(plan002, "en")[0]?.sentence).toBe(
      "“nếu có phát sinh vướng mắc”: các cơ quan, đơn vị, địa phương report to UBND tỉnh, through Sở Nội vụ.",
    );
  });

  it("names both offices 003's problems go through (003:268-272)", () => {
    // "đề nghị phản ánh về công chức Văn phòng Đảng ủy - Nội vụ và Công chức Văn phòng HĐND - UBND để tổng hợp
    // báo cáo Ủy ban nhân dân xã".
    const [item] = escalationItems(plan003, "vi");
    expect(item?.sentence).toBe(
      "“nếu có khó khăn, vướng mắc”: các cán bộ, công chức, các ban ngành, đoàn thể, cơ quan, đơn vị báo cáo Ủy ban nhân dân xã, qua công chức Văn phòng Đảng ủy - Nội vụ, Công chức Văn phòng HĐND - UBND.",
    );
    expect(item?.lines).toEqual({ start: 268, end: 272 });
  });

  it("is empty for a plan that states none (000 names no one to tell of problems)", () => {
    expect((plan000 as Plan).escalation).toBeUndefined();
    expect(escalationItems(plan000, "en")).toEqual([]);
  });

  it("names a body by its office when the plan gives no wording, and says when reporters or recipient are not stated", () => {
    const plan: Plan = {
      ...plan002,
      escalation: [{ trigger: "nếu có vướng mắc", reporters: [], via: [{ ref: "snv" }], to: [] }],
    };
    expect(escalationItems(plan, "vi")[0]).toEqual({
      sentence: "“nếu có vướng mắc”: (không nêu ai báo cáo) báo cáo (không nêu nơi nhận), qua Sở Nội vụ.",
      text: undefined,
      lines: undefined,
    });
    const direct: Plan = {
      ...plan002,
      escalation: [{ trigger: "nếu có vướng mắc", reporters: [{ ref: "snv" }], via: [], to: ["UBND tỉnh"] }],
    };
    expect(escalationItems(direct, "en")[0]?.sentence).toBe(
      "“nếu có vướng mắc”: Sở Nội vụ report to UBND tỉnh.",
    );
  });
});
