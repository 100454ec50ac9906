import { describe, expect, it } from "vitest";
import { decodeState } from "./decodeState";
import { encodeState } from "./encodeState";
import { DEFAULT_STATE, type NotebookState } from "./NotebookState";

describe("decodeState / encodeState", () => {
  it("round-trips a full view, with Vietnamese text and commas in values", () => {
    const state: NotebookState = {
      language: "en",
      datasets: ["real", "syn2"],
      selected: ["000_34833a3694ee8a96", "syn-42-2t-2025-16624"],
      query: "Sơn Mầu, Quảng Ngãi",
      province: "tinh:quang ngai",
      level: "commune",
      era: "three-tier",
      plan: "003_c2f82bd70c212939",
      parent: "three-tier:530",
    };
    expect(decodeState(`#${encodeState(state)}`)).toEqual(state);
  });

  it("writes nothing for the default view and reads an empty fragment as the default", () => {
    expect(encodeState(DEFAULT_STATE)).toBe("");
    expect(decodeState("")).toEqual(DEFAULT_STATE);
  });

  it("falls back to defaults for unknown values instead of failing", () => {
    const state = decodeState("#lang=fr&level=hamlet&era=1990&data=real,bogus,real&units=a,,a,b");
    expect(state).toMatchObject({
      language: "vi",
      level: "",
      era: "",
      datasets: ["real"],
      selected: ["a", "b"],
    });
  });

  it("keeps an explicitly empty dataset list (only the user's own files)", () => {
    expect(decodeState("#data=").datasets).toEqual([]);
  });
});
