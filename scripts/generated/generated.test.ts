import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedFiles, ROOT } from "./registry";

describe("generated files are up to date (run `pnpm run docs` to regenerate)", () => {
  it.each(generatedFiles().map((f) => [f.path, f] as const))("%s", (_path, file) => {
    const expected = file.render();
    if (typeof expected === "string") expect(readFileSync(join(ROOT, file.path), "utf8")).toBe(expected);
    else expect(new Uint8Array(readFileSync(join(ROOT, file.path)))).toStrictEqual(expected);
  });
});
