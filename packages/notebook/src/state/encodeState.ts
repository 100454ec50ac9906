import { DEFAULT_STATE, type NotebookState } from "./NotebookState";

/**
 * The URL fragment that reopens a view: only what differs from the default,
 * as `key=value` pairs (lists comma-separated, values percent-encoded).
 *
 * @param state - the view's state
 * @returns the fragment without "#", "" for the default view
 * @example
 * encodeState({ ...DEFAULT_STATE, language: "en", selected: ["a", "b"] }) // "lang=en&units=a%2Cb"
 */
export function encodeState(state: NotebookState): string {
  const params = new URLSearchParams();
  if (state.language !== DEFAULT_STATE.language) params.set("lang", state.language);
  if (state.datasets.join(",") !== DEFAULT_STATE.datasets.join(","))
    params.set("data", state.datasets.join(","));
  if (state.selected.length > 0) params.set("units", state.selected.join(","));
  if (state.query) params.set("q", state.query);
  if (state.province) params.set("province", state.province);
  if (state.level) params.set("level", state.level);
  if (state.era) params.set("era", state.era);
  if (state.plan) params.set("plan", state.plan);
  if (state.parent) params.set("parent", state.parent);
  return params.toString();
}
