import { migratePlan, type Plan, type Quota } from "@parcomms/core";
import { plan002 } from "@parcomms/sample-data";

/**
 * Test plans in the 1.1 model, made from the real plan of Tây Ninh (002)
 * whatever the state of its encoding: not shipped, not exported.
 */

const asPlan11 = (plan: unknown): Plan => migratePlan(plan).value as Plan;

const quota = (count: number, per: Quota["per"], raw: string): Quota => ({
  kind: "quota",
  comparator: "atLeast",
  count,
  output: "article",
  per,
  raw,
});

/**
 * 002 with block V.1 (002:85–95) split into its five lettered tasks, each
 * with its own lines; only a) has the 20/04/2024 deadline (002:87), b) the
 * yearly quota (002:89), c) the quarterly one (002:91), e) binds the
 * districts alone (002:95). The Front and the socio-political organisations
 * of V.9 are requested ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và
 * các tổ chức chính trị - xã hội", 002:137).
 */
export function plan002WithSubtasks(): Plan {
  const plan = asPlan11(plan002);
  return {
    ...plan,
    activities: plan.activities.map((activity) => {
      if (activity.origin.ref === "V.1") {
        const { timeframe: _deadline, ...block } = activity;
        return {
          ...block,
          quotas: [],
          subtasks: [
            {
              id: "a-assignment-V.1-a",
              ref: "a",
              text: "Căn cứ Kế hoạch này, xây dựng và tổ chức thực hiện kế hoạch thông tin, tuyên truyền CCHC năm 2024 của cơ quan, đơn vị, địa phương",
              lines: { start: 87, end: 87 },
              timeframe: {
                kind: "deadline",
                by: { year: 2024, month: 4, day: 20, raw: "20/04/2024" },
                exclusive: false,
                raw: "Chậm nhất ngày 20/04/2024",
              },
            },
            {
              id: "a-assignment-V.1-b",
              ref: "b",
              text: "Thông tin, tuyên truyền đầy đủ, kịp thời về tình hình, kết quả thực hiện CCHC trên Cổng/Trang thông tin điện tử",
              lines: { start: 89, end: 89 },
              quotas: [quota(12, "year", "tối thiểu 12 tin/bài trong năm")],
            },
            {
              id: "a-assignment-V.1-c",
              ref: "c",
              text: "Hàng quý, các Sở, ban, ngành, UBND các quận, huyện, thị xã có ít nhất 01 tin/bài về thực hiện CCHC gửi đăng trên Cổng thông tin điện tử tỉnh",
              lines: { start: 91, end: 91 },
              channels: ["online.web-portal"],
              quotas: [quota(1, "quarter", "Hàng quý … có ít nhất 01 tin/bài")],
            },
            {
              id: "a-assignment-V.1-d",
              ref: "d",
              text: "Lồng ghép báo cáo kết quả thực hiện thông tin, tuyên truyền CCHC vào báo cáo CCHC định kỳ của cơ quan, đơn vị",
              lines: { start: 93, end: 93 },
            },
            {
              id: "a-assignment-V.1-e",
              ref: "e",
              text: "UBND các huyện, thị xã, thành phố xây dựng các sản phẩm tuyên truyền, giới thiệu thông tin về các TTHC đang thực hiện tại bộ phận một cửa cấp huyện, cấp xã",
              lines: { start: 95, end: 95 },
              assignees: [{ ref: "ubnd-huyen", role: "lead", wording: "UBND các huyện, thị xã, thành phố" }],
            },
          ],
        };
      }
      if (activity.origin.ref === "V.9") {
        return {
          ...activity,
          assignees: activity.assignees.map((a) => ({ ...a, role: "requested" as const })),
        };
      }
      return activity;
    }),
  };
}

/**
 * A central plan: 002's content issued by the Bộ Nội vụ (a ministry, level
 * central), with no administrative unit, as the 1.1 model allows.
 */
export function centralPlan(): Plan {
  const { unit: _unit, ...plan } = asPlan11(plan002);
  return {
    ...plan,
    id: "central-bnv-2024",
    issuer: { body: "ministry", level: "central", wording: "Bộ Nội vụ" },
  };
}
