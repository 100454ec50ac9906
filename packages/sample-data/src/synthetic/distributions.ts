import type { LearnedDistributions } from "./_lib/LevelDistribution";

/**
 * The distributions the synthetic generator samples from (phân bố học từ kế
 * hoạch thật), LEARNED FROM THE FIVE REAL PLANS of `packages/sample-data/src/plans`
 * and kept here as data: per administrative level, how many content items,
 * forms items and activities a plan has, which themes and channels they
 * carry, which timeframes, frequencies and quotas activities have, who leads
 * them, how results are reported, and what a plan asks of the plans below it.
 *
 * Counts are raw observations, never smoothed: a value no real plan of the
 * level uses is never generated. Commune plans pool the three-tier communes
 * (000, 003) and the two-tier ward (004). Lines are cited as "file:line" with
 * the file's three-digit prefix. `distributions.test.ts` recomputes every
 * learned table from the plans (`_lib/learnDistributions.ts`), so the tables
 * cannot drift from them.
 *
 * Three values are judgment, not counts, and say so: `childPlanDeadlineDays`,
 * `childOffsetDays` and `provinceOffsetDays`.
 *
 * @example
 * distributions.levels.province.contentThemes.policy // 4: four content items of 002 (002:41-59)
 * distributions.levels.commune.activities // [14, 17, 5]
 */
export const distributions = {
  /** Version of the tables; bump when they change. */
  version: "2025.2",
  /**
   * Days between a plan with units below it and the deadline it sets for their
   * plans: 002 requires them by 20/04/2024 (002:85-95), three months after the
   * province's reform plan of 19/01/2024 (002:7); 60 to 92 days.
   */
  childPlanDeadlineDays: { min: 60, max: 92 },
  /**
   * Days from a parent plan to its child's: 26/01 → 05/02/2024 in 003 (003:4,
   * 003:289) is 10; the generator draws 3 to 30.
   */
  childOffsetDays: { min: 3, max: 30 },
  /** Days from the national plan (Bộ Nội vụ) to a province's: 1 to 30. */
  provinceOffsetDays: { min: 1, max: 30 },
  levels: {
    /** Province plans, learned from 002 (tỉnh Tây Ninh, 2024). */
    province: {
      plans: ["002_9c9d59d1a9d0f229"],
      // Items and activities per plan: content 002:41-59; forms 002:63-73; activities 002:85-139 (assignments).
      contentItems: [10],
      formsItems: [6],
      activities: [9],
      // Themes of the content items, 002:41-59.
      contentThemes: {
        policy: 4,
        discipline: 2,
        "indices.papi": 2,
        "indices.par-index": 2,
        "indices.pci": 2,
        "indices.sipas": 2,
        procedures: 2,
        apparatus: 1,
        "apparatus.unit-rearrangement": 1,
        "civil-service": 1,
        "civil-service.recruitment-management": 1,
        "civil-service.training": 1,
        "digital-government": 1,
        "discipline.inspection": 1,
        importance: 1,
        "indices.dti": 1,
        institutions: 1,
        "investment-climate": 1,
        leadership: 1,
        "models-initiatives": 1,
        "one-stop-shop": 1,
        "online-services": 1,
        "project-06": 1,
        "public-finance": 1,
        results: 1,
      },
      // Channels and themes of the forms items, 002:63-73.
      formsChannels: {
        "in-person.mass-organisations": 2,
        "online.web-portal": 2,
        "press.newspaper": 2,
        "broadcast.district-radio": 1,
        "broadcast.provincial-radio-tv": 1,
        "in-person.contest": 1,
        "in-person.cultural-performance": 1,
        "in-person.dialogue": 1,
        "in-person.information-team": 1,
        "in-person.meeting": 1,
        "official-posting.one-stop": 1,
        "online.social-media": 1,
        "outdoor-print.leaflet": 1,
        "outdoor-print.publication": 1,
      },
      formsThemes: { policy: 1, "procedure-posting": 1 },
      // Themes and channels of the activities, 002:85-139 (assignments).
      activityThemes: {
        results: 4,
        procedures: 3,
        "citizen-rights": 2,
        "one-stop-shop": 2,
        "online-services": 2,
        "online-services.payment": 2,
        "digital-government": 1,
        "digital-transformation": 1,
        "digital-transformation.national-day": 1,
        "indices.par-index": 1,
        "indices.sipas": 1,
        "investment-climate": 1,
        "online-services.postal": 1,
        policy: 1,
        "procedure-posting": 1,
        "procedures.control": 1,
        steering: 1,
        "steering.inspection": 1,
      },
      activityChannels: {
        "in-person.training": 3,
        "online.web-portal": 3,
        "in-person.dialogue": 2,
        "press.newspaper": 2,
        broadcast: 1,
        "broadcast.provincial-radio-tv": 1,
        "in-person.legal-education": 1,
        "in-person.mass-organisations": 1,
        "online.social-media": 1,
        "online.video": 1,
        "press.reportage": 1,
      },
      // How many codes each item carries, from the same lines.
      themesPerContentItem: { "1": 3, "2": 2, "4": 1, "5": 3, "8": 1 },
      channelsPerFormsItem: { "0": 1, "2": 1, "3": 2, "4": 1, "5": 1 },
      themesPerFormsItem: { "0": 4, "1": 2 },
      themesPerActivity: { "0": 1, "1": 1, "2": 3, "3": 1, "4": 1, "5": 1, "8": 1 },
      channelsPerActivity: { "1": 5, "2": 2, "3": 1, "5": 1 },
      // Where activities were read from, 002:85-139 (assignments).
      activitySections: { assignment: 9 },
      // Timeframes, frequencies and quotas of the activities, 002:85-139.
      timeframeKinds: { none: 6, continuous: 1, deadline: 1, yearlyDate: 1 },
      frequencies: [{ kind: "frequency", count: 1, per: "month", interval: 1, output: "occurrence" }],
      quotaLists: [
        [
          { kind: "quota", comparator: "atLeast", count: 12, output: "article", per: "year" },
          { kind: "quota", comparator: "atLeast", count: 1, output: "article", per: "quarter" },
        ],
        [{ kind: "quota", comparator: "atLeast", count: 1, output: "article", per: "quarter" }],
        [{ kind: "quota", comparator: "atLeast", count: 1, output: "article", per: "quarter" }],
      ],
      // Leads (chủ trì) and coordinating offices (phối hợp) of the activities, 002:85-139 (assignments).
      leadsPerActivity: { "1": 6, "2": 2 },
      coordinatingPerActivity: { "0": 4, "1": 1, "2": 4 },
      leadTargets: { office: 8, group: 2 },
      coordinatingTargets: { group: 6, office: 3 },
      leadOfficeKinds: {
        "press-broadcaster": 2,
        "committee-office": 1,
        "finance-planning": 1,
        "home-affairs": 1,
        "information-communications": 1,
        justice: 1,
        "natural-resources": 1,
      },
      // Reporting arrangements, 002:93-141.
      reporting: [[["integrated"], ["on-request"]]],
      // Audiences (đối tượng), 002:35.
      audiences: { businesses: 1, citizens: 1, officials: 1 },
      // Focal point (đầu mối), 002:141.
      focalPointKinds: { "home-affairs": 1 },
      // Budget (kinh phí), 002:77.
      budgetSources: [["state-budget"]],
      // Issuer and signature, 002:9; 002:156-162.
      issuerBodies: { "people-committee": 1 },
      signatoryForms: { KT: 1 },
      // No real plan encodes sub-tasks or requested bodies yet: none is generated until one does.
      subtasksPerActivity: { "0": 9 },
      requestedPerTask: { "0": 9 },
    },
    /** District plans, learned from 001 (thành phố Bắc Giang, 2024). */
    district: {
      plans: ["001_ec564b67ad28c11a"],
      // Items and activities per plan: content 001:31-69; forms 001:73-91; activities 001:99-131 (assignments), 001:154-165 (appendix).
      contentItems: [11],
      formsItems: [4],
      activities: [17],
      // Themes of the content items, 001:31-69.
      contentThemes: {
        steering: 3,
        "civil-service.job-positions": 2,
        "digital-government": 2,
        "models-initiatives": 2,
        "online-services.payment": 2,
        "procedures.digitisation": 2,
        "anti-corruption": 1,
        apparatus: 1,
        "apparatus.public-service-units": 1,
        "apparatus.unit-rearrangement": 1,
        "civil-service": 1,
        "civil-service.salary": 1,
        "civil-service.training": 1,
        "digital-government.modernisation": 1,
        "digital-transformation": 1,
        "grassroots-democracy": 1,
        importance: 1,
        "indices.papi": 1,
        "indices.par-index": 1,
        "indices.pci": 1,
        "indices.sipas": 1,
        institutions: 1,
        "institutions.law-enforcement": 1,
        "institutions.legal-documents": 1,
        leadership: 1,
        policy: 1,
        "procedure-posting": 1,
        procedures: 1,
        "procedures.timeliness": 1,
        "project-06": 1,
        "public-finance": 1,
        "public-finance.autonomy": 1,
        "public-finance.thrift": 1,
        results: 1,
      },
      // Channels and themes of the forms items, 001:73-91.
      formsChannels: {
        "official-posting.one-stop": 2,
        "online.web-portal": 2,
        "outdoor-print.billboard": 2,
        broadcast: 1,
        "in-person.legal-education": 1,
        "in-person.meeting": 1,
        "in-person.schools": 1,
        "in-person.training": 1,
        "outdoor-print.publication": 1,
      },
      formsThemes: { "online-services": 2, "procedure-posting": 2, "digital-government": 1, results: 1 },
      // Themes and channels of the activities, 001:99-131 (assignments), 001:154-165 (appendix).
      activityThemes: {
        "one-stop-shop": 5,
        "digital-government.it-application": 4,
        "digital-transformation": 4,
        procedures: 5,
        "online-services": 3,
        emulation: 1,
        "models-initiatives": 1,
        policy: 1,
        "procedure-posting": 1,
        results: 1,
      },
      activityChannels: {
        "broadcast.commune-radio": 5,
        "in-person.one-stop-guidance": 5,
        "outdoor-print.billboard": 5,
        "in-person.schools": 4,
        "online.social-media": 4,
        "online.web-portal": 4,
        "outdoor-print.banner-slogan": 4,
        "outdoor-print.gate-led": 4,
        "broadcast.district-radio": 3,
        "in-person.meeting": 3,
        "broadcast.provincial-radio-tv": 2,
        "online.video": 2,
        "press.e-bulletin": 2,
        "in-person.mass-organisations": 1,
        "in-person.training": 1,
        "online.one-stop-software": 1,
        "press.reportage": 1,
      },
      // How many codes each item carries, from the same lines.
      themesPerContentItem: { "1": 1, "2": 2, "3": 3, "5": 4, "7": 1 },
      channelsPerFormsItem: { "2": 2, "4": 2 },
      themesPerFormsItem: { "0": 1, "1": 2, "4": 1 },
      themesPerActivity: { "0": 3, "1": 6, "2": 4, "3": 4 },
      channelsPerActivity: { "0": 2, "1": 4, "2": 4, "3": 1, "4": 2, "5": 1, "6": 1, "8": 1, "9": 1 },
      // Where activities were read from, 001:99-131 (assignments), 001:154-165 (appendix).
      activitySections: { "appendix-row": 10, assignment: 7 },
      // Timeframes, frequencies and quotas of the activities, 001:117-165.
      timeframeKinds: { continuous: 9, none: 5, quarters: 2, compound: 1 },
      frequencies: [{ kind: "frequency", count: 1, per: "week", interval: 1, output: "occurrence" }],
      quotaLists: [],
      // Leads (chủ trì) and coordinating offices (phối hợp) of the activities, 001:99-131 (assignments), 001:154-165 (appendix).
      leadsPerActivity: { "1": 13, "2": 4 },
      coordinatingPerActivity: { "0": 5, "1": 6, "2": 6 },
      leadTargets: { office: 13, group: 8 },
      coordinatingTargets: { group: 13, office: 5 },
      leadOfficeKinds: {
        "service-centre": 4,
        "culture-information": 3,
        "committee-office": 2,
        education: 2,
        "front-mass-organisations": 1,
        "home-affairs": 1,
      },
      // Reporting arrangements, 001:105.
      reporting: [[[]]],
      // Audiences (đối tượng), from the plan as a whole (001 has no audience section).
      audiences: {
        businesses: 1,
        citizens: 1,
        leaders: 1,
        "mass-organisation-members": 1,
        officials: 1,
        students: 1,
      },
      // Focal point (đầu mối), 001:99-105.
      focalPointKinds: { "culture-information": 1 },
      // Budget (kinh phí), 001:93-95.
      budgetSources: [["unit-budget", "lower-unit-budgets"]],
      // Issuer and signature, 001:11; 001:144-147.
      issuerBodies: { chair: 1 },
      signatoryForms: { KT: 1 },
      // No real plan encodes sub-tasks or requested bodies yet: none is generated until one does.
      subtasksPerActivity: { "0": 17 },
      requestedPerTask: { "0": 17 },
    },
    /** Commune plans, learned from 000 (xã Sơn Mầu, 2024), 003 (xã Gia Tân, 2024) and 004 (phường Trúc Lâm, 2025; two-tier). */
    commune: {
      plans: ["000_34833a3694ee8a96", "003_c2f82bd70c212939", "004_f3b844502d811123"],
      // Items and activities per plan: content 000:27-71, 003:64-111, 004:50-92; forms 000:75-123, 003:115-159, 004:96-104; activities 000:75-151, 003:176-430, 004:112-154.
      contentItems: [20, 8, 20],
      formsItems: [9, 7, 5],
      activities: [14, 17, 5],
      // Themes of the content items, 000:27-71, 003:64-111, 004:50-92.
      contentThemes: {
        "one-stop-shop": 7,
        "online-services": 7,
        "digital-government.it-application": 6,
        policy: 6,
        "digital-government": 5,
        results: 5,
        apparatus: 4,
        "indices.sipas": 4,
        "models-initiatives": 4,
        "online-services.payment": 4,
        "civil-service": 3,
        "digital-transformation": 3,
        discipline: 3,
        "hotlines-feedback": 3,
        "indices.par-index": 3,
        leadership: 3,
        "procedure-posting": 3,
        procedures: 3,
        "public-finance": 3,
        satisfaction: 3,
        steering: 3,
        "apparatus.streamlining": 2,
        "citizen-rights": 2,
        "civil-service.recruitment-management": 2,
        decentralisation: 2,
        "digital-government.modernisation": 2,
        "digital-transformation.digital-skills": 2,
        importance: 2,
        "indices.ddci": 2,
        "indices.pci": 2,
        "online-services.postal": 2,
        "project-06": 2,
        "public-finance.public-assets": 2,
        "anti-corruption": 1,
        "civil-service.job-positions": 1,
        "civil-service.training": 1,
        "discipline.inspection": 1,
        "grassroots-democracy": 1,
        "indices.dti": 1,
        "indices.papi": 1,
        institutions: 1,
        "procedures.digitisation": 1,
        "project-06.linked-procedures": 1,
        "public-finance.autonomy": 1,
        "public-finance.thrift": 1,
      },
      // Channels and themes of the forms items, 000:75-123, 003:115-159, 004:96-104.
      formsChannels: {
        "online.web-portal": 6,
        "broadcast.commune-radio": 4,
        "in-person.meeting": 4,
        "in-person.training": 3,
        "in-person.dialogue": 2,
        "in-person.legal-education": 2,
        "official-posting.one-stop": 2,
        "outdoor-print.banner-slogan": 2,
        "outdoor-print.billboard": 2,
        "in-person.contest": 1,
        "in-person.cultural-performance": 1,
        "in-person.information-team": 1,
        "in-person.mass-organisations": 1,
        "in-person.village-meeting": 1,
        "online.public-service-portal": 1,
        "online.social-media": 1,
        "outdoor-print.publication": 1,
        "press.reportage": 1,
      },
      formsThemes: {
        policy: 2,
        "procedure-posting": 2,
        results: 2,
        "hotlines-feedback": 1,
        "models-initiatives": 1,
      },
      // Themes and channels of the activities, 000:75-151, 003:176-430, 004:112-154.
      activityThemes: {
        results: 5,
        "digital-government": 3,
        policy: 3,
        "procedure-posting": 3,
        "civil-service.training": 2,
        "digital-transformation.national-day": 2,
        "indices.par-index": 2,
        "indices.sipas": 2,
        "one-stop-shop": 2,
        procedures: 2,
        satisfaction: 2,
        "digital-government.it-application": 1,
        "digital-transformation": 1,
        emulation: 1,
        "hotlines-feedback": 1,
        "investment-climate": 1,
        "iso-9001": 1,
        "models-initiatives": 1,
        "online-services": 1,
        "online-services.payment": 1,
        "procedures.control": 1,
        steering: 1,
      },
      activityChannels: {
        "online.web-portal": 8,
        "broadcast.commune-radio": 7,
        "in-person.training": 6,
        "in-person.legal-education": 3,
        "in-person.meeting": 3,
        "official-posting.one-stop": 3,
        "in-person.cultural-performance": 2,
        "in-person.dialogue": 2,
        "press.reportage": 2,
        "in-person.contest": 1,
        "online.public-service-portal": 1,
        "press.newspaper": 1,
      },
      // How many codes each item carries, from the same lines.
      themesPerContentItem: { "1": 14, "2": 16, "3": 8, "4": 7, "5": 1, "8": 1, "10": 1 },
      channelsPerFormsItem: { "0": 3, "1": 9, "2": 5, "3": 2, "5": 1, "6": 1 },
      themesPerFormsItem: { "0": 15, "1": 4, "2": 2 },
      themesPerActivity: { "0": 16, "1": 11, "2": 4, "3": 3, "5": 1, "6": 1 },
      channelsPerActivity: { "0": 11, "1": 16, "2": 5, "3": 3, "4": 1 },
      // Where activities were read from, 000:75-151, 003:176-430, 004:112-154.
      activitySections: { assignment: 19, "forms-item": 9, "appendix-row": 8 },
      // Timeframes, frequencies and quotas of the activities, 000:75-127, 003:293-430, 004:112-154.
      timeframeKinds: { none: 17, continuous: 7, quarters: 5, year: 5, yearlyDate: 2 },
      frequencies: [{ kind: "frequency", count: 1, per: "month", interval: 1, output: "issue" }],
      quotaLists: [],
      // Leads (chủ trì) and coordinating offices (phối hợp) of the activities, 000:75-151, 003:176-430, 004:112-154.
      leadsPerActivity: { "1": 31, "2": 5 },
      coordinatingPerActivity: { "0": 10, "1": 16, "2": 6, "3": 3, "4": 1 },
      leadTargets: { office: 36, group: 5 },
      coordinatingTargets: { group: 25, office: 16 },
      leadOfficeKinds: {
        "committee-office": 10,
        "culture-information": 8,
        "home-affairs": 4,
        "radio-station": 4,
        "finance-planning": 3,
        "front-mass-organisations": 2,
        justice: 2,
        "natural-resources": 1,
        "one-stop-office": 1,
        "service-centre": 1,
      },
      // Reporting arrangements, 000:135-151, 003:188-253, 004:126.
      reporting: [
        [["integrated"], ["integrated"]],
        [["periodic"], ["quarterly", "half-yearly", "yearly", "integrated", "on-request"]],
        [["periodic"]],
      ],
      // Audiences (đối tượng), from the plans as a whole: 000 and 004 have no audience section, 003:56-60.
      audiences: { businesses: 3, citizens: 3, officials: 3, leaders: 1 },
      // Focal point (đầu mối), 000:135, 003:188-190, 004:112-126.
      focalPointKinds: { "culture-information": 2, "home-affairs": 1 },
      // Budget (kinh phí), 000:129-131, 003:163-172, 004:108.
      budgetSources: [[], ["reform-budget", "recurrent-budget"], ["reform-budget"]],
      // Issuer and signature, 000:9, 003:5-6, 004:10; 000:166-168, 003:281-284, 004:168-171.
      issuerBodies: { "people-committee": 3 },
      signatoryForms: { KT: 1, TM: 1, direct: 1 },
      // No real plan encodes sub-tasks or requested bodies yet: none is generated until one does.
      subtasksPerActivity: { "0": 36 },
      requestedPerTask: { "0": 36 },
    },
  },
  /**
   * Lead offices of activities by the channels they name, over all five plans
   * (000:75-151, 001:99-165, 002:85-139, 003:176-430, 004:112-154): channel →
   * office kind → number of leads. The generator prefers a lead of a kind seen
   * with the activity's first channel.
   */
  leadKindsByChannel: {
    "official-posting.one-stop": { "committee-office": 2, "one-stop-office": 1 },
    "online.public-service-portal": { "committee-office": 1 },
    "online.web-portal": {
      "committee-office": 6,
      "culture-information": 3,
      "service-centre": 3,
      "finance-planning": 1,
      "natural-resources": 1,
    },
    "in-person.contest": { "culture-information": 1 },
    "in-person.cultural-performance": { "culture-information": 2 },
    "in-person.training": {
      "home-affairs": 3,
      "committee-office": 2,
      "culture-information": 2,
      "information-communications": 1,
      justice: 1,
    },
    "press.reportage": { "committee-office": 2, "press-broadcaster": 2, "service-centre": 1 },
    "broadcast.commune-radio": { "radio-station": 4, "service-centre": 4, "culture-information": 2 },
    "in-person.legal-education": { justice: 3, "committee-office": 1 },
    "outdoor-print.gate-led": { "culture-information": 2, "service-centre": 2 },
    "online.social-media": { "culture-information": 2, "service-centre": 2 },
    "press.e-bulletin": { "culture-information": 2 },
    "outdoor-print.billboard": { "culture-information": 2, "service-centre": 2 },
    "outdoor-print.banner-slogan": { "culture-information": 2, "service-centre": 2 },
    "in-person.one-stop-guidance": { "committee-office": 2, "front-mass-organisations": 1 },
    "in-person.schools": { education: 2 },
    "online.video": { "service-centre": 2 },
    "broadcast.provincial-radio-tv": { "press-broadcaster": 2, "service-centre": 2 },
    "broadcast.district-radio": { "service-centre": 3 },
    "in-person.mass-organisations": { "front-mass-organisations": 1 },
    "in-person.dialogue": { "committee-office": 3, "finance-planning": 1, "home-affairs": 1 },
    "press.newspaper": { "press-broadcaster": 2, "home-affairs": 1 },
    "in-person.meeting": { "home-affairs": 2, "committee-office": 1, "finance-planning": 1 },
  },
  /**
   * What a plan with units below it requires of their plans, learned from
   * 002:85-95 (deadline 20/04/2024, at least 12 items a year and one a quarter,
   * reports folded into the periodic reform report). 001 sets no such
   * requirements, so districts follow the province's pattern.
   */
  childPlans: {
    plans: ["002_9c9d59d1a9d0f229"],
    themes: [5],
    channels: [5],
    quotaLists: [
      [
        { kind: "quota", comparator: "atLeast", count: 12, output: "article", per: "year" },
        { kind: "quota", comparator: "atLeast", count: 1, output: "article", per: "quarter" },
      ],
    ],
    reporting: [["integrated"]],
  },
} as const satisfies LearnedDistributions & {
  version: string;
  childPlanDeadlineDays: { min: number; max: number };
  childOffsetDays: { min: number; max: number };
  provinceOffsetDays: { min: number; max: number };
};
