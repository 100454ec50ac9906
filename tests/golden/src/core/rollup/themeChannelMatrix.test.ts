import { type Codelist, type Plan, planTasks, themeChannelMatrix } from "@parcomms/core";
import { plan000, plan001, plan002 } from "@parcomms/sample-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const ids = (...refs: string[]) =>
  refs.map((r) => (r.startsWith("V") ? `a-assignment-${r}` : `a-forms-item-${r}`));

describe("themeChannelMatrix", () => {
  it("000:75-151 at top level: every pair, with '(none)' for the 12 tasks without a theme", () => {
    // Counted by hand from the 18 tasks of 000 (forms items III.1–III.9, 000:75-127; assignments V.1–V.5,
    // 000:135-151, of which V.2 and V.5 hold three bulleted tasks each), each theme and channel rolled up
    // to its top-level code:
    // themes   procedures V.2.0 (the web page's column, 000:137); policy III.7 (000:111), V.3 (000:143);
    //          hotlines-feedback V.2.2 (000:141); procedure-posting III.1 (000:75), V.2.1 (000:139);
    //          none: III.2-6, III.8-9, V.1, V.4 and V.5's three tasks (000:147-151).
    // channels broadcast III.9 (000:123), V.4 (000:145); press III.8 (chuyên mục, 000:117), V.2.0;
    //          online III.1, III.2, III.8, the three tasks of V.2; in-person III.4-7, V.3;
    //          official-posting III.1, V.2.1; none: III.3 ("Tổ chức tuyên truyền", 000:87), V.1, V.5's three.
    // In 1.0 the block V.2 crossed all its themes with all its channels (procedures × official-posting,
    // hotlines-feedback × press…); each bullet now pairs only its own.
    // No task of 000 has a quota or a frequency (000 provenance notes), so every count is 0.
    const zero = (...refs: string[]) => ({ activities: ids(...refs), expectedPerYear: 0 });
    expect(themeChannelMatrix(plan000, { level: "top" })).toEqual({
      level: "top",
      themes: [
        { theme: "procedures", ...zero("V.2.0") },
        { theme: "policy", ...zero("III.7", "V.3") },
        { theme: "hotlines-feedback", ...zero("V.2.2") },
        { theme: "procedure-posting", ...zero("III.1", "V.2.1") },
        {
          theme: "(none)",
          ...zero(
            ...["III.2", "III.3", "III.4", "III.5", "III.6", "III.8", "III.9"],
            ...["V.1", "V.4", "V.5.0", "V.5.1", "V.5.2"],
          ),
        },
      ],
      channels: [
        { channel: "broadcast", ...zero("III.9", "V.4") },
        { channel: "press", ...zero("III.8", "V.2.0") },
        { channel: "online", ...zero("III.1", "III.2", "III.8", "V.2.0", "V.2.1", "V.2.2") },
        { channel: "in-person", ...zero("III.4", "III.5", "III.6", "III.7", "V.3") },
        { channel: "official-posting", ...zero("III.1", "V.2.1") },
        { channel: "(none)", ...zero("III.3", "V.1", "V.5.0", "V.5.1", "V.5.2") },
      ],
      cells: [
        { theme: "procedures", channel: "press", ...zero("V.2.0") },
        { theme: "procedures", channel: "online", ...zero("V.2.0") },
        { theme: "policy", channel: "in-person", ...zero("III.7", "V.3") },
        { theme: "hotlines-feedback", channel: "online", ...zero("V.2.2") },
        { theme: "procedure-posting", channel: "online", ...zero("III.1", "V.2.1") },
        { theme: "procedure-posting", channel: "official-posting", ...zero("III.1", "V.2.1") },
        { theme: "(none)", channel: "broadcast", ...zero("III.9", "V.4") },
        { theme: "(none)", channel: "press", ...zero("III.8") },
        { theme: "(none)", channel: "online", ...zero("III.2", "III.8") },
        { theme: "(none)", channel: "in-person", ...zero("III.4", "III.5", "III.6") },
        { theme: "(none)", channel: "(none)", ...zero("III.3", "V.1", "V.5.0", "V.5.1", "V.5.2") },
      ],
      total: zero(
        ...["III.1", "III.2", "III.3", "III.4", "III.5", "III.6", "III.7", "III.8", "III.9"],
        ...["V.1", "V.2.0", "V.2.1", "V.2.2", "V.3", "V.4", "V.5.0", "V.5.1", "V.5.2"],
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
    // weekly: 52 a year (frequencyPerYear). Of IV.5's two tasks, the slogans "CCHC, chuyển đổi số" on the
    // large pano (001:123, IV.5.2) carry the theme, on billboards and banners, with no rate; the clips
    // (001:121, IV.5.1) guide procedures and no longer lend it their media (1.0 crossed the block's theme
    // with all its channels: provincial TV, the web portal, social media, video, LED gates). Rows 9 and 10
    // (001:164-165, pano and slogans in Quý I) carry the same theme with no frequency: listed, 0 outputs.
    // The row total counts row 3 once.
    const matrix = themeChannelMatrix(plan001);
    expect(matrix.cells.filter((c) => c.theme === "digital-transformation")).toEqual([
      {
        theme: "digital-transformation",
        channel: "broadcast.commune-radio",
        activities: ["a-appendix-row-3"],
        expectedPerYear: 52,
      },
      {
        theme: "digital-transformation",
        channel: "broadcast.district-radio",
        activities: ["a-appendix-row-3"],
        expectedPerYear: 52,
      },
      {
        theme: "digital-transformation",
        channel: "outdoor-print.billboard",
        activities: ["a-assignment-IV.5.2", "a-appendix-row-9", "a-appendix-row-10"],
        expectedPerYear: 0,
      },
      {
        theme: "digital-transformation",
        channel: "outdoor-print.banner-slogan",
        activities: ["a-assignment-IV.5.2", "a-appendix-row-9", "a-appendix-row-10"],
        expectedPerYear: 0,
      },
    ]);
    expect(matrix.themes.find((t) => t.theme === "digital-transformation")).toEqual({
      theme: "digital-transformation",
      activities: ["a-assignment-IV.5.2", "a-appendix-row-3", "a-appendix-row-9", "a-appendix-row-10"],
      expectedPerYear: 52,
    });
  });

  it("002:85-139 quotas: 12 a year for V.1 b), 4 for V.1 c), V.6 and V.7, 12 for V.8 a)", () => {
    // Top-level channel columns of 002's 23 tasks:
    // online: V.1 b) (web portal, social media, video, 002:89) 12, V.1 c) (the province's portal, 1 a
    //   quarter, 002:91) 4, V.6 (002:123) 4, V.7 (002:127) 4 = 24;
    // broadcast: V.1 b) ("đài") 12, V.8 a) (002:131, "01 lần/1 tháng") 12, V.8 b) and c) (002:133-135, no
    //   rate) = 24; press: V.1 b) (báo), V.8 a)-c) (tin, bài, phóng sự) = 24;
    // in-person: V.2 c) d), V.3 c) d), V.4 a) c), V.5, V.9, no rate = 0; "(none)": the tasks with no
    //   channel, V.1 a) d) e), V.2 a) b), V.3 a) b), V.4 b).
    // V.1 b) and c) are two tasks since 1.1, with outlets of their own (the units' media, the province's
    // portal): 12 + 4, where the block of 1.0 took the larger of its two quotas, 12.
    // Total: 12 + 4 + 4 + 4 + 12 = 36 (32 in 1.0).
    const matrix = themeChannelMatrix(plan002, { level: "top" });
    const a = (...refs: string[]) => refs.map((ref) => `a-assignment-V.${ref}`);
    expect(matrix.channels).toEqual([
      { channel: "broadcast", activities: a("1.b", "8.a", "8.b", "8.c"), expectedPerYear: 24 },
      { channel: "press", activities: a("1.b", "8.a", "8.b", "8.c"), expectedPerYear: 24 },
      { channel: "online", activities: a("1.b", "1.c", "6", "7"), expectedPerYear: 24 },
      {
        channel: "in-person",
        activities: a("2.c", "2.d", "3.c", "3.d", "4.a", "4.c", "5", "9"),
        expectedPerYear: 0,
      },
      {
        channel: "(none)",
        activities: a("1.a", "1.d", "1.e", "2.a", "2.b", "3.a", "3.b", "4.b"),
        expectedPerYear: 0,
      },
    ]);
    expect(matrix.total).toEqual({
      activities: a(
        ...["1.a", "1.b", "1.c", "1.d", "1.e", "2.a", "2.b", "2.c", "2.d", "3.a", "3.b", "3.c", "3.d"],
        ...["4.a", "4.b", "4.c", "5", "6", "7", "8.a", "8.b", "8.c", "9"],
      ),
      expectedPerYear: 36,
    });
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

  it("loses no task: each sits in at least one row, one column and one cell (any subset of 001's activities)", () => {
    fc.assert(
      fc.property(
        fc.subarray(plan001.activities),
        fc.constantFrom("leaf" as const, "top" as const),
        (activities, level) => {
          const matrix = themeChannelMatrix({ ...plan001, activities }, { level });
          // the pieces of work: a block's sub-tasks in place of the block (planTasks)
          const tasks = planTasks({ activities }).map((t) => t.id);
          const all = [...tasks].sort();
          const union = (lists: { activities: string[] }[]) =>
            [...new Set(lists.flatMap((l) => l.activities))].sort();
          expect(union(matrix.themes)).toEqual(all);
          expect(union(matrix.channels)).toEqual(all);
          expect(union(matrix.cells)).toEqual(all);
          expect(matrix.total.activities).toEqual(tasks);
        },
      ),
    );
  });
});
