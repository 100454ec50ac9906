import { AdministrativeLevel, Era, Language } from "@parcomms/core";
import { type DatasetId, DEFAULT_STATE, type NotebookState } from "./NotebookState";

const DATASETS: readonly DatasetId[] = ["real", "syn3", "syn2"];

/**
 * Reads a view's state from a URL fragment; anything unknown or malformed
 * falls back to the default, so an edited or truncated link still opens.
 *
 * @param fragment - the fragment, with or without "#"
 * @returns the state
 * @example
 * decodeState("#lang=en&units=a%2Cb").selected // ["a", "b"]
 * decodeState("#lang=fr").language // "vi"
 */
export function decodeState(fragment: string): NotebookState {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  const list = (key: string) =>
    (params.get(key) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  const language = Language.safeParse(params.get("lang"));
  const level = AdministrativeLevel.safeParse(params.get("level"));
  const era = Era.safeParse(params.get("era"));
  const datasets = params.has("data")
    ? [...new Set(list("data").filter((d): d is DatasetId => (DATASETS as string[]).includes(d)))]
    : DEFAULT_STATE.datasets;
  return {
    language: language.success ? language.data : DEFAULT_STATE.language,
    datasets,
    selected: [...new Set(list("units"))],
    query: params.get("q") ?? "",
    province: params.get("province") ?? "",
    level: level.success ? level.data : "",
    era: era.success ? era.data : "",
    plan: params.get("plan") ?? "",
    parent: params.get("parent") ?? "",
  };
}
