import { channels as channelCodelist } from "../codelists/channels";
import { themes as themeCodelist } from "../codelists/themes";
import type { Codelist } from "../model/CodelistEntry";
import type { Plan } from "../model/Plan";
import { codeTree, sortCodes } from "./_lib/codeTree";
import { coveredCodes } from "./_lib/coveredCodes";
import { planCodes } from "./_lib/planCodes";

/** Options of {@link codelistCoverage}. */
export interface CodelistCoverageOptions {
  /** The themes codelist to measure against; default the built-in `themes`. */
  readonly themes?: Codelist;
  /** The channels codelist to measure against; default the built-in `channels`. */
  readonly channels?: Codelist;
}

/** Which codes of one level of a codelist a plan covers. */
export interface LevelCoverage {
  /** Covered codes, in codelist order. */
  readonly covered: string[];
  /** Codes not covered, in codelist order. */
  readonly uncovered: string[];
  /** covered / (covered + uncovered), 0 to 1; `undefined` when the level has no codes. */
  readonly share: number | undefined;
}

/** Coverage of one codelist at both levels. */
export interface CodelistCoverageOf {
  /** Top-level codes: covered when the plan uses the code or any code below it. */
  readonly top: LevelCoverage;
  /** Leaf codes (codes with nothing below them): covered when the plan uses the code itself. */
  readonly leaf: LevelCoverage;
  /** Codes the plan uses that the codelist does not know, sorted; counted in neither level. */
  readonly notInCodelist: string[];
}

/** The result of {@link codelistCoverage}. */
export interface CodelistCoverage {
  readonly themes: CodelistCoverageOf;
  readonly channels: CodelistCoverageOf;
}

/**
 * Which themes and channels of the codelists a plan covers, from its content
 * items (their themes, and the channels a content item ties its message to),
 * forms items, activities and the codes sub-tasks give of their own, at the
 * top level and at the leaf level.
 *
 * A child code covers its parent: a plan that names "indices.sipas" covers the
 * top-level "indices". A parent code does not cover its children: a plan that
 * names only "procedures" covers no leaf below it. A top-level code with no
 * children is a leaf too ("policy"). Codes the codelist does not know are
 * listed apart, not silently dropped.
 *
 * @param plan - the plan
 * @param options - see {@link CodelistCoverageOptions}
 * @returns coverage of the themes and the channels codelists
 * @example
 * // 002 names newspapers, radio and TV, the web portal, social media, meetings and more (002:63-73).
 * codelistCoverage(plan002).channels.top.uncovered // [] — all six channel families
 */
export function codelistCoverage(plan: Plan, options: CodelistCoverageOptions = {}): CodelistCoverage {
  const used = planCodes(plan);
  return {
    themes: coverageOf(options.themes ?? themeCodelist, used.themes),
    channels: coverageOf(options.channels ?? channelCodelist, used.channels),
  };
}

function coverageOf(codelist: Codelist, used: ReadonlySet<string>): CodelistCoverageOf {
  const tree = codeTree(codelist);
  const covered = coveredCodes(tree, used);
  const level = (codes: readonly string[], isCovered: (c: string) => boolean): LevelCoverage => {
    const yes = codes.filter(isCovered);
    return {
      covered: yes,
      uncovered: codes.filter((c) => !isCovered(c)),
      share: codes.length > 0 ? yes.length / codes.length : undefined,
    };
  };
  return {
    top: level(tree.top, (c) => covered.has(c)),
    leaf: level(tree.leaves, (c) => used.has(c)),
    notInCodelist: sortCodes(
      tree,
      [...used].filter((c) => !tree.order.has(c)),
    ),
  };
}
