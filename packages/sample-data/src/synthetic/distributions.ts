import type { LearnedDistributions } from "./_lib/LevelDistribution";

/**
 * The distributions the synthetic generator samples from (phân bố học từ kế
 * hoạch thật), LEARNED FROM THE FIVE REAL PLANS of `packages/sample-data/src/plans`
 * and kept here as data: per administrative level, how many content items,
 * forms items and activities a plan has, which themes and channels they
 * carry, which timeframes, frequencies and quotas activities have, who leads
 * them, how results are reported, and what a plan asks of the plans below it.
 * The plans are read in schema 1.1 as coded by docs/coding-guide.md (R1-R7):
 * every table "per activity" counts pieces of work (`planTasks`: a block's
 * sub-tasks in place of the block, each once), and a task asked of a
 * requested body (đề nghị) with no lead counts in no lead table.
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
 * distributions.levels.commune.activities // [14, 17, 5]: blocks; their pieces of work are 18, 26 and 15
 * distributions.levels.province.subtasksPerActivity // { "0": 4, "3": 2, "4": 2, "5": 1 }: V.1 a)-e) … (002:85-135)
 * distributions.levels.province.requestedPerTask // { "0": 22, "2": 1 }: the Front and the organisations of V.9 (002:137)
 */
export const distributions = {
  /** Version of the tables; bump when they change. */
  version: "2026.1",
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
      // Items and activities per plan: content 002:41-59; forms 002:63-73; activities 002:85-139 (assignments V.1-V.9,
      // nine blocks; the tables per activity below count their 23 pieces of work: V.1-V.4 and V.8's lettered tasks).
      contentItems: [10],
      formsItems: [6],
      activities: [9],
      // Themes of the content items, 002:41-59.
      contentThemes: {
        policy: 4,
        steering: 4,
        "indices.papi": 2,
        "indices.par-index": 2,
        "indices.pci": 2,
        "indices.sipas": 2,
        procedures: 2,
        "apparatus.unit-rearrangement": 1,
        "civil-service": 1,
        "civil-service.recruitment-management": 1,
        "civil-service.training": 1,
        "digital-government": 1,
        discipline: 1,
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
      formsThemes: { policy: 1, "procedure-posting": 1, steering: 1 },
      // Themes and channels of the 23 pieces of work, 002:85-139 (assignments).
      activityThemes: {
        results: 5,
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
        "online.web-portal": 4,
        "broadcast.provincial-radio-tv": 3,
        "in-person.training": 3,
        "press.newspaper": 3,
        "in-person.dialogue": 2,
        "press.reportage": 2,
        broadcast: 1,
        "in-person.events": 1,
        "in-person.legal-education": 1,
        "in-person.mass-organisations": 1,
        "online.social-media": 1,
        "online.video": 1,
      },
      // How many codes each item carries, from the same lines.
      themesPerContentItem: { "1": 1, "2": 4, "4": 1, "5": 2, "6": 1, "7": 1 },
      channelsPerFormsItem: { "0": 1, "2": 1, "3": 2, "4": 1, "5": 1 },
      themesPerFormsItem: { "0": 4, "1": 1, "2": 1 },
      themesPerActivity: { "0": 9, "1": 4, "2": 7, "3": 2, "4": 1 },
      channelsPerActivity: { "0": 8, "1": 11, "2": 2, "3": 1, "5": 1 },
      // Where activities were read from, 002:85-139 (assignments).
      activitySections: { assignment: 23 },
      // Timeframes, frequencies and quotas of the pieces of work, 002:85-139: the 20/04/2024 deadline of V.1 a) only (002:87),
      // 12 articles a year in V.1 b) and one a quarter in V.1 c) (002:89-91), Chuyển đổi số day in V.4 a) (002:113),
      // a monthly programme of the broadcaster in V.8 a) (002:131), one article a quarter in V.6 and V.7 (002:121-127).
      timeframeKinds: { none: 20, continuous: 1, deadline: 1, yearlyDate: 1 },
      frequencies: [{ kind: "frequency", count: 1, per: "month", interval: 1, output: "occurrence" }],
      quotaLists: [
        [{ kind: "quota", comparator: "atLeast", count: 12, output: "article", per: "year" }],
        [{ kind: "quota", comparator: "atLeast", count: 1, output: "article", per: "quarter" }],
        [{ kind: "quota", comparator: "atLeast", count: 1, output: "article", per: "quarter" }],
        [{ kind: "quota", comparator: "atLeast", count: 1, output: "article", per: "quarter" }],
      ],
      // Leads (chủ trì) and coordinating offices (phối hợp) of the pieces of work, 002:85-135; V.9 asks the Front and the
      // socio-political organisations (requested, no lead: 002:137-139) and counts in no lead table.
      leadsPerActivity: { "1": 17, "2": 5 },
      coordinatingPerActivity: { "0": 17, "1": 3, "2": 3 },
      leadTargets: { office: 17, group: 10 },
      coordinatingTargets: { group: 5, office: 4 },
      leadOfficeKinds: {
        "committee-office": 5,
        "home-affairs": 3,
        "information-communications": 3,
        "press-broadcaster": 3,
        "finance-planning": 1,
        justice: 1,
        "natural-resources": 1,
      },
      // Reporting arrangements, 002:93 (002:141 is the escalation, not a report).
      reporting: [[["integrated"]]],
      // Audiences (đối tượng), 002:35.
      audiences: { businesses: 1, citizens: 1, officials: 1 },
      // Focal point (đầu mối), 002:141.
      focalPointKinds: { "home-affairs": 1 },
      // Budget (kinh phí), 002:77.
      budgetSources: [["state-budget"]],
      // Issuer and signature, 002:9; 002:156-162.
      issuerBodies: { "people-committee": 1 },
      signatoryForms: { KT: 1 },
      // Sub-tasks per block: a)-e) of V.1 (002:87-95), a)-d) of V.2 and V.3 (002:99-109), a)-c) of V.4 and V.8
      // (002:113-135), none in V.5-V.7 and V.9. Requested bodies per piece of work: the two of V.9 (002:137).
      subtasksPerActivity: { "0": 4, "3": 2, "4": 2, "5": 1 },
      requestedPerTask: { "0": 22, "2": 1 },
    },
    /** District plans, learned from 001 (thành phố Bắc Giang, 2024). */
    district: {
      plans: ["001_ec564b67ad28c11a"],
      // Items and activities per plan: content 001:31-69; forms 001:73-91; activities 001:99-131 (assignments), 001:154-165
      // (appendix): 17 blocks, whose 23 pieces of work the tables per activity below count.
      contentItems: [11],
      formsItems: [4],
      activities: [17],
      // Themes of the content items, 001:31-69.
      contentThemes: {
        "digital-government": 3,
        steering: 3,
        "civil-service.job-positions": 2,
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
      // Themes and channels of the pieces of work, 001:99-131 (assignments), 001:154-165 (appendix).
      activityThemes: {
        "one-stop-shop": 5,
        procedures: 5,
        "digital-government.it-application": 4,
        "digital-transformation": 4,
        "online-services": 3,
        emulation: 1,
        "models-initiatives": 1,
        policy: 1,
        "procedure-posting": 1,
        results: 1,
      },
      activityChannels: {
        "outdoor-print.billboard": 6,
        "broadcast.commune-radio": 5,
        "in-person.one-stop-guidance": 5,
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
      themesPerActivity: { "0": 7, "1": 10, "2": 2, "3": 4 },
      channelsPerActivity: { "0": 4, "1": 6, "2": 7, "4": 3, "5": 1, "7": 1, "8": 1 },
      // Where activities were read from, 001:99-131 (assignments), 001:154-165 (appendix).
      activitySections: { assignment: 12, "appendix-row": 11 },
      // Timeframes, frequencies and quotas of the pieces of work, 001:117-165.
      timeframeKinds: { continuous: 10, none: 9, quarters: 3, compound: 1 },
      frequencies: [{ kind: "frequency", count: 1, per: "week", interval: 1, output: "occurrence" }],
      quotaLists: [],
      // Leads (chủ trì) and coordinating offices (phối hợp) of the pieces of work, 001:99-131 (assignments), 001:154-165
      // (appendix); IV.6 asks the Front and the Youth Union (requested, no lead: 001:125-127) and counts in no lead table.
      leadsPerActivity: { "1": 18, "2": 4 },
      coordinatingPerActivity: { "0": 10, "1": 8, "2": 5 },
      leadTargets: { office: 17, group: 9 },
      coordinatingTargets: { group: 13, office: 5 },
      leadOfficeKinds: {
        "culture-information": 7,
        "service-centre": 5,
        "committee-office": 2,
        education: 2,
        "home-affairs": 1,
      },
      // Reporting arrangements, 001:105 ("theo quy định": as-regulated).
      reporting: [[["as-regulated"]]],
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
      // Sub-tasks per block: four bullets in IV.1 (001:101-107), two in IV.2 (001:111-113) and IV.5 (001:121-123), two
      // in appendix row 7 (001:162). Requested bodies per piece of work: the two of IV.6 (001:125-127).
      subtasksPerActivity: { "0": 13, "2": 3, "4": 1 },
      requestedPerTask: { "0": 22, "2": 1 },
    },
    /** Commune plans, learned from 000 (xã Sơn Mầu, 2024), 003 (xã Gia Tân, 2024) and 004 (phường Trúc Lâm, 2025; two-tier). */
    commune: {
      plans: ["000_34833a3694ee8a96", "003_c2f82bd70c212939", "004_f3b844502d811123"],
      // Items and activities per plan: content 000:27-71, 003:64-111, 004:50-92; forms 000:75-123, 003:115-159, 004:96-104;
      // activities 000:75-151, 003:176-430, 004:112-154: 36 blocks, whose 59 pieces of work the tables per activity below count.
      contentItems: [20, 8, 20],
      formsItems: [9, 7, 5],
      activities: [14, 17, 5],
      // Themes of the content items, 000:27-71, 003:64-111, 004:50-92.
      contentThemes: {
        policy: 8,
        "one-stop-shop": 7,
        "digital-government.it-application": 6,
        results: 5,
        steering: 5,
        "digital-government": 4,
        "indices.sipas": 4,
        "models-initiatives": 4,
        "online-services.payment": 4,
        apparatus: 3,
        "hotlines-feedback": 3,
        "indices.par-index": 3,
        leadership: 3,
        "online-services": 3,
        "procedure-posting": 3,
        procedures: 3,
        satisfaction: 3,
        "apparatus.streamlining": 2,
        "citizen-rights": 2,
        "civil-service": 2,
        "civil-service.recruitment-management": 2,
        decentralisation: 2,
        "digital-government.modernisation": 2,
        "digital-transformation": 2,
        "digital-transformation.digital-skills": 2,
        discipline: 2,
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
        "public-finance": 1,
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
        "press.reportage": 2,
        "in-person.contest": 1,
        "in-person.cultural-performance": 1,
        "in-person.information-team": 1,
        "in-person.mass-organisations": 1,
        "in-person.village-meeting": 1,
        "online.public-service-portal": 1,
        "online.social-media": 1,
        "outdoor-print.publication": 1,
      },
      formsThemes: {
        policy: 2,
        "procedure-posting": 2,
        results: 2,
        "hotlines-feedback": 1,
        "models-initiatives": 1,
      },
      // Themes and channels of the pieces of work, 000:75-151, 003:176-430, 004:112-154.
      activityThemes: {
        results: 5,
        policy: 3,
        "procedure-posting": 3,
        "digital-government": 2,
        "digital-transformation": 2,
        "digital-transformation.national-day": 2,
        "indices.par-index": 2,
        "indices.sipas": 2,
        "one-stop-shop": 2,
        satisfaction: 2,
        "citizen-rights": 1,
        "digital-government.it-application": 1,
        emulation: 1,
        "hotlines-feedback": 1,
        "investment-climate": 1,
        "iso-9001": 1,
        "models-initiatives": 1,
        "online-services.payment": 1,
        procedures: 1,
        "procedures.control": 1,
        steering: 1,
      },
      activityChannels: {
        "online.web-portal": 10,
        "broadcast.commune-radio": 7,
        "in-person.training": 6,
        "press.reportage": 4,
        "in-person.legal-education": 3,
        "in-person.meeting": 3,
        "official-posting.one-stop": 3,
        "in-person.cultural-performance": 2,
        "in-person.dialogue": 2,
        "in-person.events": 2,
        "in-person.contest": 1,
        "online.public-service-portal": 1,
        press: 1,
      },
      // How many codes each item carries, from the same lines.
      themesPerContentItem: { "1": 16, "2": 16, "3": 10, "4": 4, "8": 1, "12": 1 },
      channelsPerFormsItem: { "0": 3, "1": 8, "2": 6, "3": 2, "5": 1, "6": 1 },
      themesPerFormsItem: { "0": 15, "1": 4, "2": 2 },
      themesPerActivity: { "0": 36, "1": 14, "2": 6, "3": 2, "4": 1 },
      channelsPerActivity: { "0": 25, "1": 24, "2": 9, "3": 1 },
      // Where activities were read from, 000:75-151, 003:176-430, 004:112-154.
      activitySections: { assignment: 42, "forms-item": 9, "appendix-row": 8 },
      // Timeframes, frequencies and quotas of the pieces of work, 000:75-143, 003:293-430, 004:114-148.
      timeframeKinds: { none: 34, continuous: 13, quarters: 5, year: 5, yearlyDate: 2 },
      frequencies: [{ kind: "frequency", count: 1, per: "month", interval: 1, output: "issue" }],
      quotaLists: [],
      // Leads (chủ trì) and coordinating offices (phối hợp) of the pieces of work, 000:75-151, 003:176-430, 004:112-154;
      // 003 VI.9 and 004 IV.5 ask the Front (requested, no lead: 003:261-265, 004:150-154) and count in no lead table.
      leadsPerActivity: { "1": 53, "2": 4 },
      coordinatingPerActivity: { "0": 30, "1": 22, "2": 4, "3": 2, "4": 1 },
      leadTargets: { office: 53, group: 8 },
      coordinatingTargets: { group: 25, office: 15 },
      leadOfficeKinds: {
        "culture-information": 15,
        "committee-office": 14,
        "home-affairs": 7,
        "finance-planning": 5,
        "radio-station": 5,
        "service-centre": 3,
        justice: 2,
        "natural-resources": 1,
        "one-stop-office": 1,
      },
      // Reporting arrangements, 000:135-151, 003:188-253, 004:126.
      reporting: [
        [["integrated"], ["integrated", "as-regulated"]],
        [["periodic"], ["quarterly", "half-yearly", "yearly", "integrated", "on-request", "as-regulated"]],
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
      signatoryForms: { direct: 1, KT: 1, TM: 1 },
      // Sub-tasks per block: three in 000 V.2 and V.5 (000:137-151); two to four in 003 VI.1-VI.4 and VI.8 (003:176-259);
      // seven in 004 IV.1 (004:114-128), three in IV.2, two in IV.3 and IV.4 (004:132-148). Requested bodies per piece of
      // work: the Front and the socio-political organisations of 003 VI.9 (003:261), the Front of 004 IV.5 (004:150-152).
      subtasksPerActivity: { "0": 25, "2": 5, "3": 3, "4": 2, "7": 1 },
      requestedPerTask: { "0": 57, "1": 1, "2": 1 },
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
      "committee-office": 8,
      "culture-information": 3,
      "service-centre": 3,
      "finance-planning": 1,
      "natural-resources": 1,
    },
    "in-person.contest": { "culture-information": 1 },
    "in-person.cultural-performance": { "culture-information": 2 },
    "in-person.training": {
      "committee-office": 2,
      "culture-information": 2,
      "home-affairs": 2,
      "information-communications": 1,
      justice: 1,
      "service-centre": 1,
    },
    "press.reportage": {
      "committee-office": 2,
      "radio-station": 2,
      "press-broadcaster": 1,
      "service-centre": 1,
    },
    "broadcast.commune-radio": { "radio-station": 4, "service-centre": 4, "culture-information": 2 },
    "in-person.legal-education": { justice: 3, "committee-office": 1 },
    "outdoor-print.gate-led": { "culture-information": 2, "service-centre": 2 },
    "online.social-media": { "culture-information": 2, "service-centre": 2 },
    "press.e-bulletin": { "culture-information": 2 },
    "outdoor-print.billboard": { "culture-information": 3, "service-centre": 2 },
    "outdoor-print.banner-slogan": { "culture-information": 2, "service-centre": 2 },
    "in-person.one-stop-guidance": { "committee-office": 2 },
    "in-person.schools": { education: 2 },
    "online.video": { "service-centre": 2 },
    "broadcast.provincial-radio-tv": { "press-broadcaster": 3, "service-centre": 2 },
    "broadcast.district-radio": { "service-centre": 3 },
    "in-person.dialogue": { "committee-office": 3, "culture-information": 1, "finance-planning": 1 },
    "in-person.events": { "information-communications": 1, "service-centre": 1 },
    "press.newspaper": { "press-broadcaster": 2 },
    press: { "home-affairs": 1 },
    "in-person.meeting": { "home-affairs": 2, "committee-office": 1, "finance-planning": 1 },
  },
  /**
   * What a plan with units below it requires of their plans, learned from
   * 002:85-95 (deadline 20/04/2024, at least 12 items a year and one a quarter,
   * reports folded into the periodic reform report): four themes
   * (results, procedures, online payment, one-stop shop: 002:89 names online
   * filing and payment, coded by R1 without the parent `online-services`
   * beside its child) and five channels (002:89). 001 sets no such
   * requirements, so districts follow the province's pattern.
   */
  childPlans: {
    plans: ["002_9c9d59d1a9d0f229"],
    themes: [4],
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
