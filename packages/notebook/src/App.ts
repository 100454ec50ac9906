import type { Era, Plan } from "@parcomms/core";
import { DataStore } from "./data/DataStore";
import type { PlanEntry } from "./data/PlanEntry";
import { h } from "./dom/h";
import { t } from "./i18n/t";
import type { Context, Section } from "./sections/Context";
import { drawHeatmap, drawScorecard, drawTimeline, drawWorkload } from "./sections/chartDraws";
import { chartSection } from "./sections/chartSection";
import { compareSection } from "./sections/compareSection";
import { completenessSection } from "./sections/completenessSection";
import { complianceSection } from "./sections/complianceSection";
import { dataSection } from "./sections/dataSection";
import { planSection } from "./sections/planSection";
import { unitsSection } from "./sections/unitsSection";
import { decodeState } from "./state/decodeState";
import { encodeState } from "./state/encodeState";
import type { NotebookState } from "./state/NotebookState";
import { pageChrome } from "./ui/pageChrome";

/** Most units analysed at once; the rest of a selection waits in the picker. */
export const MAX_ANALYSED = 24;
/** Most peers per group of comparable units (by level, and province below it). */
const MAX_PEERS = 400;

const ERA_OF = { syn3: "three-tier", syn2: "two-tier" } as const satisfies Record<string, Era>;

/**
 * The notebook: holds the state (mirrored in the URL fragment), the data, and
 * the sections, and updates every section together when an input changes.
 */
export class Notebook {
  private state: NotebookState;
  private readonly store: DataStore;
  private sections: Section[] = [];
  private token = 0;
  private firstChart = false;
  /** Sections near the viewport now; sections that have been near once; whether the observer has reported. */
  private readonly near = new Set<Section>();
  private readonly seen = new WeakSet<Section>();
  private observed = false;
  /** Updates waiting for a section to come near (or for the background pass). */
  private readonly pending = new Map<Section, Context>();
  /** Each section's key when it was last drawn: an update with the same key is skipped. */
  private readonly drawnKeys = new WeakMap<Section, string>();
  private timings: Record<string, number> = {};
  /** A refresh is running; data changed meanwhile and needs one more. */
  private refreshing = false;
  private dirty = false;
  private observer: IntersectionObserver | undefined;
  private renderedLanguage = "";

  constructor(private readonly root: HTMLElement) {
    const fromUrl = decodeState(location.hash);
    this.state = fromUrl;
    this.store = new DataStore(() => this.dataChanged());
    if (!new URLSearchParams(location.hash.slice(1)).has("units") && fromUrl.datasets.includes("real")) {
      // First visit: the five real plans, all chosen.
      this.state = { ...fromUrl, selected: this.store.entries({ real: true, eras: [] }).map((e) => e.id) };
    }
    window.addEventListener("hashchange", () => {
      if (location.hash.slice(1) === encodeState(this.state)) return;
      this.set(decodeState(location.hash));
    });
  }

  /** Builds the page, restores the user's files and draws the first results. */
  async start(): Promise<void> {
    this.openDatasets();
    this.render();
    // The user's kept files first, so the first results already include them.
    await this.store.restore();
    await this.refresh();
  }

  /** Changes the state and the URL, then updates the page. */
  set(patch: Partial<NotebookState>): void {
    this.state = { ...this.state, ...patch };
    const hash = encodeState(this.state);
    history.replaceState(null, "", hash ? `#${hash}` : location.pathname + location.search);
    this.openDatasets();
    if (this.state.language !== this.renderedLanguage) this.render();
    void this.refresh();
  }

  /**
   * Data arrived (a batch of synthetic plans, a file read): refresh, but never
   * cut short a refresh in flight (it may be waiting for plans from the worker,
   * and batches keep coming); run one more after it instead.
   */
  private dataChanged(): void {
    if (this.refreshing) {
      this.dirty = true;
      return;
    }
    void this.refresh();
  }

  private openDatasets(): void {
    for (const d of this.state.datasets)
      if (d !== "real") this.store.openSynthetic(ERA_OF[d], this.state.selected);
  }

  private context(entries: PlanEntry[], selected: PlanEntry[], plans: Plan[], peers: Plan[]): Context {
    return {
      language: this.state.language,
      state: this.state,
      store: this.store,
      entries,
      selected,
      plans,
      peers,
      set: (patch) => this.set(patch),
    };
  }

  private render(): void {
    const language = this.state.language;
    this.renderedLanguage = language;
    document.documentElement.lang = language;
    document.title = t(language, "app.title");
    const empty = this.context([], [], [], []);
    this.sections = [
      dataSection(language, empty),
      unitsSection(language, empty),
      compareSection(language),
      chartSection(language, "heatmap", { title: "heatmap.title", intro: "heatmap.intro" }, drawHeatmap),
      chartSection(
        language,
        "scorecard",
        { title: "scorecard.title", intro: "scorecard.intro" },
        drawScorecard,
        (context) => [context.plans, context.peers],
      ),
      chartSection(language, "timeline", { title: "timeline.title", intro: "timeline.intro" }, drawTimeline),
      chartSection(language, "workload", { title: "workload.title", intro: "workload.intro" }, drawWorkload),
      completenessSection(language, empty),
      complianceSection(language),
      planSection(language, empty),
    ];
    this.root.replaceChildren(...pageChrome(language, this.sections, (l) => this.set({ language: l })));
    this.observe();
  }

  private async updateSection(section: Section, context: Context): Promise<void> {
    // Skip a section whose inputs did not change since it was last drawn.
    const key = section.key?.(context);
    if (key !== undefined && this.drawnKeys.get(section) === key) return;
    const started = performance.now();
    try {
      await section.update(context);
      if (key !== undefined) this.drawnKeys.set(section, key);
    } catch (error) {
      this.drawnKeys.delete(section);
      section.element.querySelector(".result")?.replaceChildren(
        h(
          "p",
          { class: "error" },
          t(context.language, "chart.failed", {
            reason: error instanceof Error ? error.message : String(error),
          }),
        ),
      );
    }
    this.timings[section.element.id] = Math.round(performance.now() - started);
    if (!this.firstChart && section.element.querySelector(".chart-canvas svg")) {
      this.firstChart = true;
      document.body.dataset.firstChartMs = String(Math.round(performance.now()));
    }
  }

  /**
   * Tracks which sections are near the viewport. A section that comes near with
   * an update waiting (a lazy one, or one the background pass has not reached)
   * is updated at once, with the latest context.
   */
  private observe(): void {
    this.observer?.disconnect();
    this.near.clear();
    this.observer = new IntersectionObserver(
      (records) => {
        for (const record of records) {
          const section = this.sections.find((s) => s.element === record.target);
          if (!section) continue;
          if (!record.isIntersecting) {
            this.near.delete(section);
            continue;
          }
          this.near.add(section);
          this.seen.add(section);
          const context = this.pending.get(section);
          this.pending.delete(section);
          if (context) void this.updateSection(section, context);
        }
      },
      { rootMargin: "300px 0px" },
    );
    for (const s of this.sections) this.observer.observe(s.element);
  }

  /** Whether a section is on or near the screen (before the observer's first report: the top three). */
  private isNear(section: Section): boolean {
    return this.observed ? this.near.has(section) : this.sections.indexOf(section) < 3;
  }

  /**
   * Recomputes the open data and the chosen plans, then updates the sections:
   * first those on or near the screen, then, in short slices between frames, the others (lazy
   * sections wait until scrolled near, as their data loads on demand).
   * `data-updated` marks the end of the first pass, `data-rendered` the end of
   * the second; `data-update-ms` and `data-settled-ms` are their durations.
   */
  async refresh(): Promise<void> {
    this.refreshing = true;
    try {
      await this.refreshOnce();
    } finally {
      this.refreshing = false;
    }
    if (this.dirty) {
      this.dirty = false;
      void this.refresh();
    }
  }

  private async refreshOnce(): Promise<void> {
    const token = ++this.token;
    const state = this.state;
    const started = performance.now();
    const eras = state.datasets.filter((d) => d !== "real").map((d) => ERA_OF[d]);
    const entries = this.store.entries({ real: state.datasets.includes("real"), eras });
    const byId = new Map(entries.map((e) => [e.id, e]));
    const selected = state.selected.flatMap((id) => byId.get(id) ?? []);
    const analysed = selected.slice(0, MAX_ANALYSED);
    const [plans, peers] = await Promise.all([
      this.store.plans(analysed.map((e) => e.id)),
      this.store.plans(peerIds(analysed, entries)),
    ]);
    if (token !== this.token) return;
    const context = this.context(entries, selected, plans, peers);
    this.observed ||= this.near.size > 0;
    const later: Section[] = [];
    for (const section of this.sections) {
      if (!this.isNear(section)) {
        this.pending.set(section, context);
        if (!section.lazy || this.seen.has(section)) later.push(section);
        continue;
      }
      this.pending.delete(section);
      await this.updateSection(section, context);
      if (token !== this.token) return;
    }
    const body = document.body.dataset;
    body.updateMs = String(Math.round(performance.now() - started));
    body.updated = String(token);
    body.units = analysed.map((e) => e.id).join(",");
    // The rest in slices of about two frames, so the page stays responsive.
    let slice = performance.now();
    for (const section of later) {
      if (performance.now() - slice > 32) {
        await nextFrame();
        slice = performance.now();
      }
      if (token !== this.token) return;
      if (this.pending.get(section) !== context) continue;
      this.pending.delete(section);
      await this.updateSection(section, context);
      if (token !== this.token) return;
    }
    body.settledMs = String(Math.round(performance.now() - started));
    body.sectionMs = JSON.stringify(this.timings);
    body.rendered = String(token);
  }
}

/** Resolves at the next frame (or soon, in a hidden tab). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}

/** The plans the chosen ones are compared with: own and real plans all; synthetic ones by level (and province below it). */
function peerIds(selected: readonly PlanEntry[], entries: readonly PlanEntry[]): string[] {
  const ids = new Set<string>();
  const groups = new Set<string>();
  for (const e of selected) {
    const key =
      e.origin !== "synthetic"
        ? "local"
        : `${e.era}|${e.level}|${e.level === "province" ? "" : e.provinceKey}`;
    if (groups.has(key)) continue;
    groups.add(key);
    const members =
      key === "local"
        ? entries.filter((x) => x.origin !== "synthetic")
        : entries.filter(
            (x) =>
              x.origin === "synthetic" &&
              x.era === e.era &&
              x.level === e.level &&
              (e.level === "province" || x.provinceKey === e.provinceKey),
          );
    for (const m of members.slice(0, MAX_PEERS)) ids.add(m.id);
  }
  return [...ids];
}
