import { type ComplianceCheck, childCompliance, complianceMessage, type Plan } from "@parcomms/core";
import { plan000, plan001, plan002, plan003, plan004 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

// None of the five plans is another's child (their parents are not in the set), so these tests hold
// the real plans against 002's real requirements (002:85-95) as if they were its children.
describe("childCompliance", () => {
  it("001 against 002: no newspaper, no article quota; issued in 01/2024 (001:5), before 20/04/2024 (002:87)", () => {
    // Themes 002 requires (002:89-95): results, procedures, online payment, one-stop shop. "nộp hồ sơ trực
    // tuyến và thanh toán trực tuyến" (002:89) is coded by its most specific code, online-services.payment,
    // not also its parent online-services (coding guide R1), so the parent is no longer a requirement of
    // its own. 001 names results (1.6, IV.2), procedures (1.4) and below it timeliness and digitisation
    // (1.4.2), online payment (1.4.2, 1.6), the one-stop shop (IV.3, rows 5, 7, 8).
    // Channels 002 requires: web portal, newspaper, radio/TV, social media, video. 001 has the portal, the
    // ward, city and provincial radio (001:119, 001:155-156), Zalo/Facebook, clips, but no newspaper.
    // Quotas: 001's only rate is "Mỗi tuần/1 lần" (001:156) of broadcasts (occurrences), not articles.
    // Reporting: 002 requires integrated reporting (002:93), which has no rate.
    expect(childCompliance(plan001, plan002)).toMatchObject({
      child: plan001.id,
      parent: plan002.id,
      themes: [
        {
          requirement: "results",
          status: "met",
          reason: 'the child plan names the theme "results"',
          evidence: ["results"],
        },
        {
          requirement: "procedures",
          status: "met",
          reason:
            'the child plan names the theme "procedures", "procedures.digitisation", "procedures.timeliness"',
          evidence: ["procedures", "procedures.digitisation", "procedures.timeliness"],
        },
        {
          requirement: "online-services.payment",
          status: "met",
          reason: 'the child plan names the theme "online-services.payment"',
          evidence: ["online-services.payment"],
        },
        {
          requirement: "one-stop-shop",
          status: "met",
          reason: 'the child plan names the theme "one-stop-shop"',
          evidence: ["one-stop-shop"],
        },
      ],
      channels: [
        {
          requirement: "online.web-portal",
          status: "met",
          reason: 'the child plan names the channel "online.web-portal"',
          evidence: ["online.web-portal"],
        },
        {
          requirement: "press.newspaper",
          status: "not-met",
          reason: 'the child plan names neither the channel "press.newspaper" nor a code below it',
          evidence: [],
        },
        {
          requirement: "broadcast",
          status: "met",
          reason:
            'the child plan names the channel "broadcast", "broadcast.commune-radio", "broadcast.district-radio", "broadcast.provincial-radio-tv"',
          evidence: [
            "broadcast",
            "broadcast.commune-radio",
            "broadcast.district-radio",
            "broadcast.provincial-radio-tv",
          ],
        },
        {
          requirement: "online.social-media",
          status: "met",
          reason: 'the child plan names the channel "online.social-media"',
          evidence: ["online.social-media"],
        },
        {
          requirement: "online.video",
          status: "met",
          reason: 'the child plan names the channel "online.video"',
          evidence: ["online.video"],
        },
      ],
      quotas: [
        {
          requirement: "at least 12 articles per year",
          status: "not-met",
          reason: "no activity of the child plan sets a quota or a frequency of articles",
          evidence: [],
        },
        {
          requirement: "at least 1 article per quarter",
          status: "not-met",
          reason: "no activity of the child plan sets a quota or a frequency of articles",
          evidence: [],
        },
      ],
      reporting: {
        requirement: "reporting cadence",
        status: "not-applicable",
        reason: "the parent plan requires integrated reporting, which has no rate to compare",
        evidence: [],
      },
      deadline: {
        requirement: "issued by 20/04/2024",
        status: "met",
        reason: "issued 01/2024, on or before the deadline 20/04/2024",
        evidence: ["01/2024"],
      },
      // 4 themes + 4 channels + the deadline met; the newspaper and both quotas not; reporting n/a.
      summary: { met: 9, "not-met": 3, "not-applicable": 1 },
    });
  });

  it("the deadline of 20/04/2024 (002:87): 003 issued 05/02/2024 (003:289) met, 004 in 08/2025 (004:5) not, 000 undated", () => {
    expect(
      [plan003, plan004, plan000].map((child) => childCompliance(child, plan002).deadline),
    ).toMatchObject([
      {
        requirement: "issued by 20/04/2024",
        status: "met",
        reason: "issued 05/02/2024, on or before the deadline 20/04/2024",
        evidence: ["05/02/2024"],
      },
      {
        requirement: "issued by 20/04/2024",
        status: "not-met",
        reason: "issued 08/2025, after the deadline 20/04/2024",
        evidence: [],
      },
      {
        requirement: "issued by 20/04/2024",
        status: "not-applicable",
        reason: "the child plan's issue date is not stated",
        evidence: [],
      },
    ]);
  });

  it("an issue month that straddles the deadline cannot be told: 04/2024 against 20/04/2024", () => {
    const april: Plan = { ...plan001, issueDate: { year: 2024, month: 4 } };
    expect(childCompliance(april, plan002).deadline).toMatchObject({
      requirement: "issued by 20/04/2024",
      status: "not-applicable",
      reason: "issued 04/2024, a date too vague to tell against the deadline 20/04/2024",
      evidence: [],
    });
  });

  it("002's quotas (002:89, 002:91) held against 002's own tasks: V.1 b) and c), V.6 and V.7 plan the articles", () => {
    // V.1 b) carries the yearly quota (002:89), V.1 c) the quarterly one (002:91); V.6 and V.7 "Hàng quý, có
    // ít nhất 01 tin/bài" (002:123, 002:127) give 1 a quarter, which is 4 a year: enough for the second
    // quota, not for the first. V.8 a) "01 lần/1 tháng" (002:131) counts broadcasts (occurrences), not articles.
    expect(childCompliance(plan002, plan002).quotas).toMatchObject([
      {
        requirement: "at least 12 articles per year",
        status: "met",
        reason: "a-assignment-V.1.b plans at least 12 articles per year",
        evidence: ["a-assignment-V.1.b"],
      },
      {
        requirement: "at least 1 article per quarter",
        status: "met",
        reason: "a-assignment-V.1.c, a-assignment-V.6, a-assignment-V.7 plan at least 1 article per quarter",
        evidence: ["a-assignment-V.1.c", "a-assignment-V.6", "a-assignment-V.7"],
      },
    ]);
  });

  it("12 articles a year do not ensure 1 a quarter; a monthly column with no stated output does (003:374)", () => {
    // VI.5 (003:225-228) is one task, without sub-tasks: the quota lands on it alone.
    const yearly: Plan = {
      ...plan003,
      activities: plan003.activities.map((a) =>
        a.id === "a-assignment-VI.5"
          ? {
              ...a,
              quotas: [{ kind: "quota", comparator: "atLeast", count: 12, output: "article", per: "year" }],
            }
          : a,
      ),
    };
    expect(childCompliance(yearly, plan002).quotas).toMatchObject([
      {
        requirement: "at least 12 articles per year",
        status: "met",
        reason: "a-assignment-VI.5 plans at least 12 articles per year",
        evidence: ["a-assignment-VI.5"],
      },
      {
        requirement: "at least 1 article per quarter",
        status: "not-met",
        reason: "a-assignment-VI.5 count per a longer period than a quarter",
        evidence: [],
      },
    ]);
    // Appendix row 5 (003:360-374), "Mỗi tháng 01 kỳ", with its output left unstated: 3 a quarter, 12 a year.
    const unstated: Plan = {
      ...plan003,
      activities: plan003.activities.map((a) =>
        a.frequency ? { ...a, frequency: { kind: "frequency", count: 1, per: "month", interval: 1 } } : a,
      ),
    };
    expect(childCompliance(unstated, plan002).quotas.map((q) => [q.status, q.evidence])).toEqual([
      ["met", ["a-appendix-5"]],
      ["met", ["a-appendix-5"]],
    ]);
  });

  it("reporting against 003's 'hàng quý, 6 tháng, một năm' (003:249): quarterly is 4 a year", () => {
    // 003 as the parent requires quarterly, half-yearly and yearly reports of its offices (003:249): the
    // most frequent is quarterly, 4 a year. 003 itself reports quarterly: met. 000 folds its reports into
    // the periodic reform report (000:135, 000:151) "theo quy định" (000:151, as-regulated): neither has a
    // rate to compare. A yearly-only child falls short.
    const yearlyOnly: Plan = { ...plan000, reporting: [{ cadences: ["yearly"], reporters: [], to: [] }] };
    expect(
      [plan003, plan000, yearlyOnly].map((child) => childCompliance(child, plan003).reporting),
    ).toMatchObject([
      {
        requirement: "reporting cadence",
        status: "met",
        reason: "the child plan reports quarterly (4 a year) against quarterly (4 a year)",
        evidence: ["quarterly"],
      },
      {
        requirement: "reporting cadence",
        status: "not-applicable",
        reason: "the child plan reports integrated, as-regulated, which has no rate to compare",
        evidence: ["integrated", "as-regulated"],
      },
      {
        requirement: "reporting cadence",
        status: "not-met",
        reason: "the child plan reports less often: yearly (1 a year) against quarterly (4 a year)",
        evidence: [],
      },
    ]);
  });

  it("a parent with no requirements for child plans (001) leaves everything not applicable", () => {
    expect(childCompliance(plan000, plan001)).toMatchObject({
      child: plan000.id,
      parent: plan001.id,
      themes: [],
      channels: [],
      quotas: [],
      reporting: {
        requirement: "reporting cadence",
        status: "not-applicable",
        reason: "the parent plan requires no reporting cadence of child plans",
        evidence: [],
      },
      deadline: {
        requirement: "issued by the deadline",
        status: "not-applicable",
        reason: "the parent plan sets no deadline for child plans",
        evidence: [],
      },
      summary: { met: 0, "not-met": 0, "not-applicable": 2 },
    });
  });

  it("says every requirement and reason in Vietnamese too, from stable codes (002:85-95 against 001)", () => {
    const result = childCompliance(plan001, plan002);
    const vi = (c: ComplianceCheck) => [
      complianceMessage(c.requirementCode, c.params, "vi"),
      complianceMessage(c.reasonCode, c.params, "vi"),
    ];
    expect(vi(result.quotas[0] as ComplianceCheck)).toEqual([
      "ít nhất 12 tin/bài mỗi năm",
      "không hoạt động nào của kế hoạch cấp dưới đặt chỉ tiêu hay tần suất tin/bài",
    ]);
    expect(vi(result.deadline)).toEqual([
      "ban hành chậm nhất 20/04/2024",
      "ban hành 01/2024, không muộn hơn hạn 20/04/2024",
    ]);
    const newspaper = result.channels.find((c) => c.requirement === "press.newspaper") as ComplianceCheck;
    expect(vi(newspaper)[1]).toBe(
      'kế hoạch cấp dưới không có hình thức "press.newspaper" hay mã con nào của nó',
    );
    for (const c of [
      ...result.themes,
      ...result.channels,
      ...result.quotas,
      result.reporting,
      result.deadline,
    ]) {
      expect(complianceMessage(c.reasonCode, c.params, "en")).toBe(c.reason);
      expect(complianceMessage(c.requirementCode, c.params, "en")).toBe(c.requirement);
    }
  });
});
