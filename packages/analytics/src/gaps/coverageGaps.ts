import {
  type AdministrativeLevel,
  type Codelist,
  channels as channelCodelist,
  type Era,
  type LocalizedText,
  type Plan,
  planEra,
  planLevel,
  themes as themeCodelist,
} from "@parcomms/core";
import { applicability } from "../_lib/applicability";
import { codesAt, type LevelCode } from "../_lib/codesAt";
import { coveredSets } from "../_lib/coveredSets";
import { unitLabels } from "../labels/unitLabels";
import { type CodeScope, codeScopes } from "./codeScopes";
import type { GapState } from "./GapState";

/** A code of a codelist with its labels, as a column of a gap table. */
export interface CodeColumn {
  readonly code: string;
  readonly label: LocalizedText;
}

/** A theme or channel that most comparable peers (đơn vị tương đương) cover and this unit does not. */
export interface PeerGap {
  readonly code: string;
  readonly kind: "theme" | "channel";
  readonly label: LocalizedText;
  /** coveringPeers / peers, 0 to 1. */
  readonly peerShare: number;
  /** Comparable peers for which the code applies (the denominator). */
  readonly peers: number;
  /** Of those, the peers whose plans cover the code. */
  readonly coveringPeers: number;
}

/** Covered codes out of the applicable codes of one codelist level. */
export interface CoverageCount {
  readonly covered: number;
  /** Codes of the level that apply to the unit (not-applicable codes are left out). */
  readonly total: number;
}

/** The gaps of one unit's plan. */
export interface UnitGaps {
  readonly planId: string;
  /** The unit's display name with its kind word ("xã Sơn Mầu"). */
  readonly unitName: string;
  /** The plan's tier; undefined for a draft that states none (shown "chưa rõ"). */
  readonly level: AdministrativeLevel | undefined;
  /** The plan's era; undefined when neither its unit nor its period says. */
  readonly era: Era | undefined;
  /** Applicable codes of the codelists the plan does not cover at all, in codelist order. */
  readonly absolute: { readonly themes: string[]; readonly channels: string[] };
  /** Codes not covered that at least `minPeerShare` of comparable peers cover; by peerShare desc, themes first, codelist order. */
  readonly peer: PeerGap[];
  readonly coverage: { readonly themes: CoverageCount; readonly channels: CoverageCount };
  /** Codes that cannot apply to this unit (and that it does not cover), in codelist order. */
  readonly notApplicable: { readonly themes: string[]; readonly channels: string[] };
  /** Number of comparable peers the peer gaps were measured against (the unit itself excluded). */
  readonly peerCount: number;
}

/** One cell of the scorecard. */
export interface ScorecardCell {
  readonly planId: string;
  readonly theme: string;
  readonly state: GapState;
  /** Share of comparable peers covering the theme; null when the unit has no comparable peer or the theme does not apply. */
  readonly peerShare: number | null;
}

/** Units × themes, each cell covered / gap / not applicable. */
export interface Scorecard {
  readonly units: { readonly planId: string; readonly unitName: string }[];
  readonly themes: CodeColumn[];
  /** One cell per unit and theme: units in input order, themes in codelist order within each unit. */
  readonly cells: ScorecardCell[];
}

/**
 * The result of {@link coverageGaps}: absolute gaps against the codelists and
 * peer gaps against comparable units, per unit, and a scorecard.
 *
 * @example
 * const gaps: CoverageGaps = coverageGaps(realPlans);
 * gaps.units[0]?.absolute.themes // themes 000 does not cover at all
 */
export interface CoverageGaps {
  /** Codelist level measured: "top" (default) or "leaf". */
  readonly level: "top" | "leaf";
  /** The columns, in codelist order. */
  readonly codelist: { readonly themes: CodeColumn[]; readonly channels: CodeColumn[] };
  /** One per input plan, in input order. */
  readonly units: UnitGaps[];
  readonly scorecard: Scorecard;
}

/** Options of {@link coverageGaps}. */
export interface CoverageGapsOptions {
  /**
   * The plans each unit is compared with. Default: the input plans. A unit is
   * never its own peer (plans with the same id are skipped).
   */
  readonly peers?: readonly Plan[];
  /**
   * Which peers are comparable (đơn vị tương đương): "level" (default, units at
   * the same administrative level, in either era), "level-and-era" (same level
   * and same era), or "any" (every peer).
   */
  readonly comparableBy?: "level" | "level-and-era" | "any";
  /** Codelist level: "top" (default, a child code covers its parent) or "leaf" (codes as written). */
  readonly level?: "top" | "leaf";
  /** Smallest share of comparable peers covering a code for it to be a peer gap; default 0.5 (at least half). */
  readonly minPeerShare?: number;
  /** Codes tied to administrative levels; default {@link codeScopes}. */
  readonly scopes?: readonly CodeScope[];
  /** The themes codelist; default the built-in `themes`. */
  readonly themes?: Codelist;
  /** The channels codelist; default the built-in `channels`. */
  readonly channels?: Codelist;
}

/** Per comparable group of peers, per code (themes then channels): peers it applies to, peers covering it. */
interface GroupCounts {
  size: number;
  readonly applicable: Int32Array;
  readonly covering: Int32Array;
}

/**
 * Where each unit's plan leaves gaps: absolute gaps (applicable codes of the
 * theme and channel codelists the plan does not cover at all), peer gaps
 * (codes that at least half of the comparable peers cover and this unit does
 * not, ranked by the share of peers), and a scorecard of units × themes with
 * each cell covered, gap or not applicable.
 *
 * Peers are the other input plans, or `options.peers`; comparable peers are
 * those at the same administrative level by default (`comparableBy`); a
 * draft whose tier is not stated is compared only with other such drafts,
 * and every code applies to it. A code
 * is not applicable to a unit when it is tied to other levels ({@link codeScopes});
 * such codes are counted neither in the unit's totals nor among the peers it
 * does not apply to. A plan's coverage is read once (`codelistCoverage`) and
 * peer counts are kept per comparable group, so the cost grows linearly with
 * the number of plans.
 *
 * @param plans - the units' plans, one column of the scorecard each
 * @param options - see {@link CoverageGapsOptions}
 * @returns the gaps, per unit in input order, and the scorecard
 * @example
 * // 004 (phường Trúc Lâm) compared with the other two communes, 000 and 003:
 * coverageGaps(realPlans).units[4]?.peer.map((g) => [g.code, g.peerShare])
 * // [["citizen-rights", 1], ["press", 1], ["official-posting", 1], ["institutions", 0.5], …]
 */
export function coverageGaps(plans: readonly Plan[], options: CoverageGapsOptions = {}): CoverageGaps {
  const level = options.level ?? "top";
  const codelists = {
    themes: options.themes ?? themeCodelist,
    channels: options.channels ?? channelCodelist,
  };
  const themeCodes = codesAt(codelists.themes, level);
  const channelCodes = codesAt(codelists.channels, level);
  const codes = [...themeCodes, ...channelCodes];
  const kinds = codes.map((_, i): PeerGap["kind"] => (i < themeCodes.length ? "theme" : "channel"));
  const scopes = options.scopes ?? codeScopes;
  const appliesTheme = applicability(scopes, "theme");
  const appliesChannel = applicability(scopes, "channel");
  const minPeerShare = options.minPeerShare ?? 0.5;
  const groupOf = groupKey(options.comparableBy ?? "level");

  // Which codes apply at each level, decided once per level.
  const appliesAt = new Map<AdministrativeLevel | undefined, Uint8Array>();
  const appliesFor = (plan: Plan): Uint8Array => {
    const level = planLevel(plan);
    let flags = appliesAt.get(level);
    if (!flags) {
      flags = Uint8Array.from(codes, (c, i) =>
        (i < themeCodes.length ? appliesTheme : appliesChannel)(c, level) ? 1 : 0,
      );
      appliesAt.set(level, flags);
    }
    return flags;
  };
  // Each plan's coverage is read once, as one flag per code.
  const covered = new Map<Plan, Uint8Array>();
  const coverageOf = (plan: Plan): Uint8Array => {
    let flags = covered.get(plan);
    if (!flags) {
      const sets = coveredSets(plan, level, codelists);
      flags = Uint8Array.from(codes, (c, i) =>
        (i < themeCodes.length ? sets.themes : sets.channels).has(c.code) ? 1 : 0,
      );
      covered.set(plan, flags);
    }
    return flags;
  };

  const groups = new Map<string, GroupCounts>();
  const poolIds = new Set<string>();
  for (const peer of options.peers ?? plans) {
    if (poolIds.has(peer.id)) continue;
    poolIds.add(peer.id);
    const key = groupOf(peer);
    let counts = groups.get(key);
    if (!counts) {
      counts = { size: 0, applicable: new Int32Array(codes.length), covering: new Int32Array(codes.length) };
      groups.set(key, counts);
    }
    const own = coverageOf(peer);
    const applies = appliesFor(peer);
    counts.size++;
    for (let i = 0; i < codes.length; i++) {
      if (own[i] || applies[i]) counts.applicable[i] = (counts.applicable[i] ?? 0) + 1;
      if (own[i]) counts.covering[i] = (counts.covering[i] ?? 0) + 1;
    }
  }

  const units: UnitGaps[] = [];
  const cells: ScorecardCell[] = [];
  for (const plan of plans) {
    const own = coverageOf(plan);
    const applies = appliesFor(plan);
    const counts = groups.get(groupOf(plan));
    // The unit is never its own peer: take it out of its group's counts.
    const self = counts !== undefined && poolIds.has(plan.id) ? 1 : 0;
    const peersOf = (i: number) =>
      counts ? (counts.applicable[i] as number) - (self && (own[i] || applies[i]) ? 1 : 0) : 0;
    const coveringOf = (i: number) =>
      counts ? (counts.covering[i] as number) - (self && own[i] ? 1 : 0) : 0;

    const absolute: string[][] = [[], []];
    const notApplicable: string[][] = [[], []];
    const coverage = [
      { covered: 0, total: 0 },
      { covered: 0, total: 0 },
    ];
    const peer: PeerGap[] = [];
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i] as LevelCode;
      const side = i < themeCodes.length ? 0 : 1;
      const tally = coverage[side] as { covered: number; total: number };
      const peers = peersOf(i);
      const peerShare = applies[i] || own[i] ? (peers > 0 ? coveringOf(i) / peers : null) : null;
      if (own[i]) {
        tally.covered++;
        tally.total++;
      } else if (!applies[i]) (notApplicable[side] as string[]).push(c.code);
      else {
        tally.total++;
        (absolute[side] as string[]).push(c.code);
        if (peerShare !== null && peerShare >= minPeerShare) {
          const kind = kinds[i] as PeerGap["kind"];
          peer.push({ code: c.code, kind, label: c.label, peerShare, peers, coveringPeers: coveringOf(i) });
        }
      }
      if (side === 0) {
        const state: GapState = own[i] ? "covered" : applies[i] ? "gap" : "not-applicable";
        cells.push({ planId: plan.id, theme: c.code, state, peerShare });
      }
    }
    units.push({
      planId: plan.id,
      unitName: unitLabels(plan).unit,
      level: planLevel(plan),
      era: planEra(plan),
      absolute: { themes: absolute[0] as string[], channels: absolute[1] as string[] },
      // A stable sort: ties keep themes before channels, each in codelist order.
      peer: peer.sort((a, b) => b.peerShare - a.peerShare),
      coverage: {
        themes: coverage[0] as CoverageCount,
        channels: coverage[1] as CoverageCount,
      },
      notApplicable: { themes: notApplicable[0] as string[], channels: notApplicable[1] as string[] },
      peerCount: counts ? counts.size - self : 0,
    });
  }

  const columns = (list: readonly LevelCode[]) => list.map((c) => ({ code: c.code, label: c.label }));
  return {
    level,
    codelist: { themes: columns(themeCodes), channels: columns(channelCodes) },
    units,
    scorecard: {
      units: units.map((u) => ({ planId: u.planId, unitName: u.unitName })),
      themes: columns(themeCodes),
      cells,
    },
  };
}

function groupKey(by: NonNullable<CoverageGapsOptions["comparableBy"]>): (plan: Plan) => string {
  if (by === "any") return () => "";
  // A plan of no known tier or era is compared with the others of none, never with a guessed group.
  if (by === "level") return (plan) => planLevel(plan) ?? "(none)";
  return (plan) => `${planLevel(plan) ?? "(none)"}/${planEra(plan) ?? "(none)"}`;
}
