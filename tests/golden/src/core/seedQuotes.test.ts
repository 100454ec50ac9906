import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

// @parcomms/core does not depend on @parcomms/sample-data: its tests quote the
// seed lines they need in src/_testing/seedQuotes.ts, a test fixture that is
// not shipped and not exported. This check finds that file from core's
// package.json (its public entry) and holds every quote to the seed it cites.
const coreRoot = dirname(createRequire(import.meta.url).resolve("@parcomms/core/package.json"));
const { SEED_QUOTES } = (await import(pathToFileURL(join(coreRoot, "src/_testing/seedQuotes.ts")).href)) as {
  SEED_QUOTES: Readonly<Record<string, string>>;
};

describe("core's quoted seed lines", () => {
  it("are, each of them, the line of the seed they cite, byte for byte", () => {
    const keys = Object.keys(SEED_QUOTES);
    expect(keys.length).toBeGreaterThan(100);
    const differing = keys.filter((key) => {
      const [, file, line] = /^(\d{3}_[0-9a-f]{16}\.txt):(\d+)$/.exec(key) ?? [];
      if (!file || !SEED_FILES.includes(file)) return true;
      return seedText(file).split(/\r?\n/)[Number(line) - 1] !== SEED_QUOTES[key];
    });
    expect(differing).toEqual([]);
  });
});
