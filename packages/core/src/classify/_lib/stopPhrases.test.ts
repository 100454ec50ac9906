import { describe, expect, it } from "vitest";
import { audiences } from "../../codelists/audiences";
import { channels } from "../../codelists/channels";
import { officeKinds } from "../../codelists/officeKinds";
import { themes } from "../../codelists/themes";
import { matchKey } from "./matchKey";
import { phraseTokens } from "./phraseTokens";
import { STOP_PHRASES } from "./stopPhrases";

describe("STOP_PHRASES", () => {
  it("is keyed by the ids of the codelists that classify matches", () => {
    expect(Object.keys(STOP_PHRASES).sort()).toEqual(
      [channels.id, themes.id, audiences.id, officeKinds.id].sort(),
    );
  });

  it("holds stop phrases of more than one syllable, each once", () => {
    for (const phrases of Object.values(STOP_PHRASES)) {
      for (const phrase of phrases) expect(phraseTokens(phrase).length).toBeGreaterThan(1);
      expect(new Set(phrases.map(matchKey)).size).toBe(phrases.length);
    }
  });
});
