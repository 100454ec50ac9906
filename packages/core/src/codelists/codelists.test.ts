import { describe, expect, it } from "vitest";
import { foldText } from "../_lib/fold";
import { matchKey } from "../classify/_lib/matchKey";
import { phraseTokens } from "../classify/_lib/phraseTokens";
import { Codelist } from "../model/CodelistEntry";
import { audiences } from "./audiences";
import { channels } from "./channels";
import { documentTypes } from "./documentTypes";
import { officeKinds } from "./officeKinds";
import { reportingCadences } from "./reportingCadences";
import { themes } from "./themes";
import { unitKinds } from "./unitKinds";

interface AnyEntry {
  readonly code: string;
  readonly parent?: string | undefined;
  readonly label: { readonly vi: string; readonly en: string };
  readonly phrasings: readonly string[];
  readonly formerNames?: readonly string[] | undefined;
}
interface AnyCodelist {
  readonly id: string;
  readonly version: string;
  readonly entries: readonly AnyEntry[];
}

const ALL: readonly AnyCodelist[] = [
  themes,
  channels,
  audiences,
  officeKinds,
  unitKinds,
  reportingCadences,
  documentTypes,
];
/** The codelists that `classify` matches against free text. */
const MATCHED: readonly AnyCodelist[] = [themes, channels, audiences, officeKinds];

const signals = (e: AnyEntry) => [...e.phrasings, ...(e.formerNames ?? [])];

describe.each(ALL.map((list) => [list.id, list] as const))("codelist %s", (_id, list) => {
  it("is a valid Codelist with a version", () => {
    expect(Codelist.safeParse(list).error).toBeUndefined();
    expect(list.version).toMatch(/^\d{4}\.\d+$/);
  });

  it("has unique codes", () => {
    const codes = list.entries.map((e) => e.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });

  it("has two levels at most: every parent exists, is top-level, and prefixes its children's codes", () => {
    const byCode = new Map(list.entries.map((e) => [e.code, e]));
    const problems = list.entries
      .filter((e) => e.parent !== undefined)
      .filter((e) => {
        const parent = byCode.get(e.parent as string);
        return parent === undefined || parent.parent !== undefined || !e.code.startsWith(`${e.parent}.`);
      })
      .map((e) => e.code);
    expect(problems).toEqual([]);
    expect(
      list.entries.filter((e) => e.parent === undefined && e.code.includes(".")).map((e) => e.code),
    ).toEqual([]);
  });

  it("labels every entry in Vietnamese and English", () => {
    expect(list.entries.filter((e) => !e.label.vi.trim() || !e.label.en.trim()).map((e) => e.code)).toEqual(
      [],
    );
  });

  it("has phrasings and former names that fold to non-empty text with a word in it", () => {
    const empty = list.entries.flatMap((e) =>
      signals(e).filter((p) => foldText(p).trim() === "" || phraseTokens(p).length === 0),
    );
    expect(empty).toEqual([]);
  });
});

describe.each(MATCHED.map((list) => [list.id, list] as const))("matched codelist %s", (_id, list) => {
  it("has no two phrasings of one entry that match alike once folded", () => {
    const duplicates = list.entries.flatMap((e) => {
      const keys = signals(e).map(matchKey);
      return signals(e)
        .filter((_, i) => keys.indexOf(keys[i] as string) !== i)
        .map((p) => `${e.code}: ${p}`);
    });
    expect(duplicates).toEqual([]);
  });

  it("uses no punctuation inside a phrasing other than commas, dashes, '/' and '&'", () => {
    const odd = list.entries.flatMap((e) =>
      signals(e).filter((p) => phraseTokens(p).some((t) => t !== "," && !/^[\p{L}\p{N}]/u.test(t))),
    );
    expect(odd).toEqual([]);
  });
});
