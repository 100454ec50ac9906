import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openIngestState, recordIngested } from "./ingestState";

let tmp = "";
const row = { file: "a.txt", errors: 0, warnings: 0, issueCodes: [], fieldsToCheck: [] };

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "parcomms-state-"));
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("openIngestState and recordIngested", () => {
  it("starts empty (making the folder), records files, and reads them back by hash", () => {
    const out = join(tmp, "one", "plans.jsonl");
    const state = `${out}.state.jsonl`;
    const opened = openIngestState(out, state, false);
    if (opened === "not-ours") throw new Error("expected a state");
    expect(opened.reset).toBe(false);
    recordIngested(opened.state, out, state, '{"id":"p1"}\n', {
      sha256: "h1",
      file: "a.txt",
      planIds: ["p1"],
      row,
    });
    recordIngested(opened.state, out, state, "", { sha256: "h2", file: "b.txt", planIds: [], row });
    const again = openIngestState(out, state, false);
    if (again === "not-ours") throw new Error("expected a state");
    expect([...again.state.entries.keys()]).toEqual(["h1", "h2"]);
    expect(again.state.planFiles).toEqual(new Map([["p1", "a.txt"]]));
    expect(again.state.outBytes).toBe(12);
  });

  it("cuts from the output what was written after the last state line, and a state line cut short", () => {
    const out = join(tmp, "two.jsonl");
    const state = `${out}.state.jsonl`;
    const opened = openIngestState(out, state, false);
    if (opened === "not-ours") throw new Error("expected a state");
    recordIngested(opened.state, out, state, '{"id":"p1"}\n', {
      sha256: "h1",
      file: "a.txt",
      planIds: ["p1"],
      row,
    });
    const stateText = readFileSync(state, "utf8");
    appendFileSync(out, '{"id":"p2"}\n');
    appendFileSync(state, '{"sha256":"h2","fi');
    const again = openIngestState(out, state, false);
    if (again === "not-ours") throw new Error("expected a state");
    expect(readFileSync(out, "utf8")).toBe('{"id":"p1"}\n');
    expect(readFileSync(state, "utf8")).toBe(stateText);
    expect([...again.state.entries.keys()]).toEqual(["h1"]);
  });

  it("starts again when the output is shorter than recorded; with force; and leaves alone an output it did not write", () => {
    const out = join(tmp, "three.jsonl");
    const state = `${out}.state.jsonl`;
    const opened = openIngestState(out, state, false);
    if (opened === "not-ours") throw new Error("expected a state");
    recordIngested(opened.state, out, state, '{"id":"p1"}\n', {
      sha256: "h1",
      file: "a.txt",
      planIds: ["p1"],
      row,
    });
    writeFileSync(out, "");
    const reset = openIngestState(out, state, false);
    expect(reset !== "not-ours" && reset.reset && reset.state.entries.size === 0).toBe(true);

    const mine = join(tmp, "mine.jsonl");
    writeFileSync(mine, '{"id":"x"}\n');
    expect(openIngestState(mine, `${mine}.state.jsonl`, false)).toBe("not-ours");
    expect(existsSync(`${mine}.state.jsonl`)).toBe(false);
    const forced = openIngestState(mine, `${mine}.state.jsonl`, true);
    expect(forced !== "not-ours" && forced.state.entries.size).toBe(0);
    expect(readFileSync(mine, "utf8")).toBe("");
  });
});
