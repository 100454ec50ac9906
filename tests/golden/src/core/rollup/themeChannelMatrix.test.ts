import { type Codelist, type Plan, themeChannelMatrix } from "@parcomms/core";
import { plan000, plan001, plan002 } from "@parcomms/sample-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const ids = (...refs: string[]) =>
  refs.map((r) => (r.startsWith("V") ? `a-assignment-${r}` : `a-forms-item-${r}`));

describe("themeChannelMatrix", () => {
  it("000:75-151 at top level: every pair, with '(none)' for the 10 activities without a theme", () => {
    // Counted by hand from the 14 activities of 000 (forms items III.1–III.9, 000:75-127; assignments
    // V.1–V.5, 000:135-151), each theme and channel rolled up to its top-level code:
    // themes   procedures V.2 (000:137); policy III.7 (000:111), V.3 (000:143); hotlines-feedback V.2 (000:141);
    //          procedure-posting III.1 (000:75), V.2 (000:139); none: III.2-6, III.8-9, V.1, V.4, V.5.
    // channels broadcast III.9 (000:123), V.4 (000:145); press III.8 (chuyên mục, 000:117), V.2;
    //          online III.1, III.2, III.8, V.2; in-person III.4-7, V.3; official-posting III.1, V.2;
    //          none: III.3 ("Tổ chức tuyên truyền", 000:87), V.1, V.5.
    // No activity of 000 has a quota or a frequency (000 provenance notes), so every count is 0.
    const zero = (...refs: string[]) => ({ activities: ids(...refs), expectedPerYear: 0 });
    expect(themeChannelMatrix(plan000, { level: "top" })).toEqual({
      level: "top",
      themes: [
        { theme: "procedures", ...zero("V.2") },
        { theme: "policy", ...zero("III.7", "V.3") },
        { theme: "hotlines-feedback", ...zero("V.2") },
        { theme: "procedure-posting", ...zero("III.1", "V.2") },
        {
          theme: "(none)",
          ...zero("III.2", "III.3", "III.4", "III.5", "III.6", "III.8", "III.9", "V.1", "V.4", "V.5"),
        },
      ],
      channels: [
        { channel: "broadcast", ...zero("III.9", "V.4") },
        { channel: "press", ...zero("III.8", "V.2") },
        { channel: "online", ...zero("III.1", "III.2", "III.8", "V.2") },
        { channel: "in-person", ...zero("III.4", "III.5", "III.6", "III.7", "V.3") },
        { channel: "official-posting", ...zero("III.1", "V.2") },
        { channel: "(none)", ...zero("III.3", "V.1", "V.5") },
      ],
      cells: [
        { theme: "procedures", channel: "press", ...zero("V.2") },
        { theme: "procedures", channel: "online", ...zero("V.2") },
        { theme: "procedures", channel: "official-posting", ...zero("V.2") },
        { theme: "policy", channel: "in-person", ...zero("III.7", "V.3") },
        { theme: "hotlines-feedback", channel: "press", ...zero("V.2") },
        { theme: "hotlines-feedback", channel: "online", ...zero("V.2") },
        { theme: "hotlines-feedback", channel: "official-posting", ...zero("V.2") },
        { theme: "procedure-posting", channel: "press", ...zero("V.2") },
        { theme: "procedure-posting", channel: "online", ...zero("III.1", "V.2") },
        { theme: "procedure-posting", channel: "official-posting", ...zero("III.1", "V.2") },
        { theme: "(none)", channel: "broadcast", ...zero("III.9", "V.4") },
        { theme: "(none)", channel: "press", ...zero("III.8") },
        { theme: "(none)", channel: "online", ...zero("III.2", "III.8") },
        { theme: "(none)", channel: "in-person", ...zero("III.4", "III.5", "III.6") },
        { theme: "(none)", channel: "(none)", ...zero("III.3", "V.1", "V.5") },
      ],
      total: zero(
        "III.1",
        "III.2",
        "III.3",
        "III.4",
        "III.5",
        "III.6",
        "III.7",
        "III.8",
        "III.9",
        "V.1",
        "V.2",
        "V.3",
        "V.4",
        "V.5",
      ),
    });
  });

  it("000:123 and 000:145 at leaf level: the commune radio column keeps its two activities, without a theme", () => {
    const matrix = themeChannelMatrix(plan000);
    expect(matrix.level).toBe("leaf");
    expect(matrix.cells.filter((c) => c.channel === "broadcast.commune-radio")).toEqual([
      {
        theme: "(none)",
        channel: "broadcast.commune-radio",
        activities: ["a-forms-item-III.9", "a-assignment-V.4"],
        expectedPerYear: 0,
      },
    ]);
  });

  it("001:156 'Mỗi tuần/1 lần' counts 52 a year in both radio cells of digital transformation", () => {
    // Appendix row 3 (001:156): theme digital-transformation, channels district and commune radio,
    // weekly: 52 a year (frequencyPerYear). Assignment IV.5 (001:119-123) adds clips on the portal,
    // provincial TV, the city and ward radio, LED gates, Zalo/Facebook and pano, with no rate. Rows 9 and 10 (001:164-165, pano and slogans in Quý I) carry
    // the same theme with no frequency: listed, 0 outputs. The row total counts row 3 once.
    const matrix = themeChannelMatrix(plan001);
    expect(matrix.cells.filter((c) => c.theme === "digital-transformation")).toEqual([
      {
        theme: "digital-transformation",
        channel: "broadcast.commune-radio",
        activities: ["a-assignment-IV.5", "a-appendix-row-3"],
        expectedPerYear: 52,
      },
      {
        theme: "digital-transformation",
        channel: "broadcast.district-radio",
        activities: ["a-assignment-IV.5", "a-appendix-row-3"],
        expectedPerYear: 52,
      },
      {
        theme: "digital-transformation",
        channel: "broadcast.provincial-radio-tv",
        activities: ["a-assignment-IV.5"],
        expectedPerYear: 0,
      },
      {
        theme: "digital-transformation",
        channel: "online.web-portal",
        activities: ["a-assignment-IV.5"],
        expectedPerYear: 0,
      },
      {
        theme: "digital-transformation",
        channel: "online.social-media",
        activities: ["a-assignment-IV.5"],
        expectedPerYear: 0,
      },
      {
        theme: "digital-transformation",
        channel: "online.video",
        activities: ["a-assignment-IV.5"],
        expectedPerYear: 0,
      },
      {
        theme: "digital-transformation",
        channel: "outdoor-print.billboard",
        activities: ["a-assignment-IV.5", "a-appendix-row-9", "a-appendix-row-10"],
        expectedPerYear: 0,
      },
      {
        theme: "digital-transformation",
        channel: "outdoor-print.banner-slogan",
        activities: ["a-assignment-IV.5", "a-appendix-row-9", "a-appendix-row-10"],
        expectedPerYear: 0,
      },
      {
        theme: "digital-transformation",
        channel: "outdoor-print.gate-led",
        activities: ["a-assignment-IV.5"],
        expectedPerYear: 0,
      },
    ]);
    expect(matrix.themes.find((t) => t.theme === "digital-transformation")).toEqual({
      theme: "digital-transformation",
      activities: ["a-assignment-IV.5", "a-appendix-row-3", "a-appendix-row-9", "a-appendix-row-10"],
      expectedPerYear: 52,
    });
  });

  it("002:85-139 quotas: 12 a year for V.1 (002:89 and 002:91 bind the same articles), 4 for V.6 and V.7", () => {
    // Top-level channel columns of 002's 9 assignments:
    // online: V.1 (web portal, social media, video, 002:89), V.6 (002:123), V.7 (002:127) = 12 + 4 + 4;
    // broadcast: V.1 ("đài"), V.8 (002:131, "01 lần/1 tháng" = 12) = 12 + 12;
    // press: V.1 (báo), V.8 (tin, bài, phóng sự) = 24; in-person: V.2-V.5, V.9, no rate = 0.
    // V.1 has quotas of 12 articles a year (002:89) and 1 a quarter (002:91): the larger, 12, counts.
    // Every assignment has a channel, so there is no "(none)" column. Total: 12 + 4 + 4 + 12 = 32.
    const matrix = themeChannelMatrix(plan002, { level: "top" });
    const a = (...n: number[]) => n.map((i) => `a-assignment-V.${i}`);
    expect(matrix.channels).toEqual([
      { channel: "broadcast", activities: a(1, 8), expectedPerYear: 24 },
      { channel: "press", activities: a(1, 8), expectedPerYear: 24 },
      { channel: "online", activities: a(1, 6, 7), expectedPerYear: 20 },
      { channel: "in-person", activities: a(2, 3, 4, 5, 9), expectedPerYear: 0 },
    ]);
    expect(matrix.total).toEqual({ activities: a(1, 2, 3, 4, 5, 6, 7, 8, 9), expectedPerYear: 32 });
  });

  it("rolls codes up with the codelist given, and cuts unknown codes at the first dot", () => {
    const tiny: Codelist = {
      id: "tiny",
      version: "1",
      entries: [
        { code: "b", label: { vi: "b", en: "b" }, phrasings: [] },
        { code: "a", label: { vi: "a", en: "a" }, phrasings: [] },
        { code: "a.x", parent: "a", label: { vi: "a.x", en: "a.x" }, phrasings: [] },
      ],
    };
    const [first] = plan000.activities;
    const plan: Plan = {
      ...plan000,
      activities: [
        { ...(first as Plan["activities"][number]), id: "x", themes: ["a.x", "zz.q", "b"], channels: ["c"] },
      ],
    };
    expect(themeChannelMatrix(plan, { level: "top", themes: tiny, channels: tiny }).themes).toEqual([
      { theme: "b", activities: ["x"], expectedPerYear: 0 },
      { theme: "a", activities: ["x"], expectedPerYear: 0 },
      { theme: "zz", activities: ["x"], expectedPerYear: 0 },
    ]);
  });

  it("loses no activity: each sits in at least one row, one column and one cell (any subset of 001's)", () => {
    fc.assert(
      fc.property(
        fc.subarray(plan001.activities),
        fc.constantFrom("leaf" as const, "top" as const),
        (activities, level) => {
          const matrix = themeChannelMatrix({ ...plan001, activities }, { level });
          const all = activities.map((a) => a.id).sort();
          const union = (lists: { activities: string[] }[]) =>
            [...new Set(lists.flatMap((l) => l.activities))].sort();
          expect(union(matrix.themes)).toEqual(all);
          expect(union(matrix.channels)).toEqual(all);
          expect(union(matrix.cells)).toEqual(all);
          expect(matrix.total.activities).toEqual(activities.map((a) => a.id));
        },
      ),
    );
  });
});
