import { type Codelist, codelistCoverage, type Plan } from "@parcomms/core";
import { plan000, plan002 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

describe("codelistCoverage", () => {
  it("000:27-151 themes: 22 of the 28 top-level themes and 29 of the 46 leaves", () => {
    // The themes of 000's content items 1-10 (000:27-71), forms items (000:75-127) and activities, rolled
    // up: nothing on institutions, anti-corruption, grassroots democracy, ISO 9001, the investment climate
    // or emulation. Steering is covered: item 2 disseminates "các văn bản, chỉ đạo điều hành công tác
    // CCHC" (000:31), coded steering as the same wording is in 003 c-a (coding guide R4). At leaf level the six indices of item 3 (000:33) count one by one;
    // "procedures" (item 4, 000:35) and "digital-government" (item 5, 000:49) are parents, not leaves.
    const coverage = codelistCoverage(plan000).themes;
    expect(coverage.top).toEqual({
      covered: [
        "procedures",
        "apparatus",
        "civil-service",
        "public-finance",
        "digital-government",
        "steering",
        "policy",
        "leadership",
        "importance",
        "results",
        "indices",
        "one-stop-shop",
        "online-services",
        "project-06",
        "digital-transformation",
        "decentralisation",
        "discipline",
        "models-initiatives",
        "hotlines-feedback",
        "procedure-posting",
        "satisfaction",
        "citizen-rights",
      ],
      uncovered: [
        "institutions",
        "anti-corruption",
        "grassroots-democracy",
        "iso-9001",
        "investment-climate",
        "emulation",
      ],
      share: 22 / 28,
    });
    expect(coverage.leaf.covered).toEqual([
      "procedures.digitisation",
      "apparatus.streamlining",
      "civil-service.job-positions",
      "civil-service.recruitment-management",
      "public-finance.autonomy",
      "public-finance.public-assets",
      "digital-government.it-application",
      "digital-government.modernisation",
      "policy",
      "leadership",
      "importance",
      "results",
      "indices.par-index",
      "indices.sipas",
      "indices.papi",
      "indices.pci",
      "indices.ddci",
      "indices.dti",
      "one-stop-shop",
      "online-services.payment",
      "online-services.postal",
      "project-06.linked-procedures",
      "digital-transformation.digital-skills",
      "decentralisation",
      "models-initiatives",
      "hotlines-feedback",
      "procedure-posting",
      "satisfaction",
      "citizen-rights",
    ]);
    expect([coverage.leaf.uncovered.length, coverage.leaf.share]).toEqual([17, 29 / 46]);
    expect(coverage.notInCodelist).toEqual([]);
  });

  it("000:75-145 channels: no outdoor or print channel although 000:23 asks for pano and banners", () => {
    // Forms items and assignments name: the one-stop posting, the public-service portal and the web page
    // (000:75), contests (000:93), cultural events (000:99), training (000:105, 000:111, 000:143), the
    // web-page column (000:117), the commune radio (000:123, 000:145) and legal education (000:143).
    // Requirement 000:23 mentions pano and banners, but requirements carry no codes. The codelist has 32
    // leaves since the events channel (in-person.events, "hoạt động, sự kiện", 002:113) was added.
    expect(codelistCoverage(plan000).channels).toEqual({
      top: {
        covered: ["broadcast", "press", "online", "in-person", "official-posting"],
        uncovered: ["outdoor-print"],
        share: 5 / 6,
      },
      leaf: {
        covered: [
          "broadcast.commune-radio",
          "press.reportage",
          "online.web-portal",
          "online.public-service-portal",
          "in-person.training",
          "in-person.contest",
          "in-person.cultural-performance",
          "in-person.legal-education",
          "official-posting.one-stop",
        ],
        uncovered: [
          "broadcast.district-radio",
          "broadcast.provincial-radio-tv",
          "broadcast.mobile-loudspeaker",
          "press.newspaper",
          "press.e-bulletin",
          "online.social-media",
          "online.sms",
          "online.video",
          "online.one-stop-software",
          "outdoor-print.billboard",
          "outdoor-print.banner-slogan",
          "outdoor-print.gate-led",
          "outdoor-print.leaflet",
          "outdoor-print.publication",
          "outdoor-print.notice-board",
          "in-person.meeting",
          "in-person.events",
          "in-person.village-meeting",
          "in-person.dialogue",
          "in-person.mass-organisations",
          "in-person.schools",
          "in-person.information-team",
          "in-person.one-stop-guidance",
        ],
        share: 9 / 32,
      },
      notInCodelist: [],
    });
  });

  it("002:63-73 covers all six channel families", () => {
    // Leaflets and publications (002:63), meetings (002:65), newspapers, radio, TV and the portal
    // (002:67), dialogues and contests (002:69), posting at the one-stop office (002:71).
    expect(codelistCoverage(plan002).channels.top).toEqual({
      covered: ["broadcast", "press", "online", "outdoor-print", "in-person", "official-posting"],
      uncovered: [],
      share: 1,
    });
  });

  it("a parent code covers its top level but no leaf; unknown codes are listed apart", () => {
    const tiny: Codelist = {
      id: "tiny",
      version: "1",
      entries: [
        { code: "a", label: { vi: "a", en: "a" }, phrasings: [] },
        { code: "a.x", parent: "a", label: { vi: "a.x", en: "a.x" }, phrasings: [] },
        { code: "a.y", parent: "a", label: { vi: "a.y", en: "a.y" }, phrasings: [] },
        { code: "b", label: { vi: "b", en: "b" }, phrasings: [] },
      ],
    };
    const empty: Codelist = { id: "empty", version: "1", entries: [] };
    const plan: Plan = {
      ...plan000,
      contentItems: [{ id: "c", text: "t", themes: ["a", "zz"] }],
      formsItems: [],
      activities: [],
    };
    expect(codelistCoverage(plan, { themes: tiny, channels: empty })).toEqual({
      themes: {
        top: { covered: ["a"], uncovered: ["b"], share: 0.5 },
        leaf: { covered: [], uncovered: ["a.x", "a.y", "b"], share: 0 },
        notInCodelist: ["zz"],
      },
      channels: {
        top: { covered: [], uncovered: [], share: undefined },
        leaf: { covered: [], uncovered: [], share: undefined },
        notInCodelist: [],
      },
    });
  });
});
