import type { Era, Plan } from "@parcomms/core";
import { DataStore } from "./data/DataStore";
import type { PlanEntry } from "./data/PlanEntry";
import { peerIds } from "./data/peerIds";
import { setChildren } from "./dom/setChildren";
import { t } from "./i18n/t";
import type { Context, Section } from "./sections/Context";
import { chartSections } from "./sections/chartSections";
import { compareSection } from "./sections/compareSection";
import { completenessSection } from "./sections/completenessSection";
import { complianceSection } from "./sections/complianceSection";
import { dataSection } from "./sections/dataSection";
import { planSection } from "./sections/planSection";
import { SectionScheduler } from "./sections/SectionScheduler";
import { unitsSection } from "./sections/unitsSection";
import { decodeState } from "./state/decodeState";
import { encodeState } from "./state/encodeState";
import type { NotebookState } from "./state/NotebookState";
import { Telemetry } from "./telemetry/Telemetry";
import { pageChrome } from "./ui/pageChrome";

/** Most units analysed at once; the rest of a selection waits in the picker. */
export const MAX_ANALYSED = 24;

const ERA_OF = { syn3: "three-tier", syn2: "two-tier" } as const satisfies Record<string, Era>;

/**
 * The notebook: holds the state (mirrored in the URL fragment) and builds the
 * sections; when an input changes it works out the chosen plans and their
 * peers and hands them to the scheduler, which updates the sections.
 */
export class Notebook {
  private state: NotebookState;
  private readonly store: DataStore;
  private readonly telemetry = new Telemetry();
  private readonly scheduler = new SectionScheduler(this.telemetry);
  private token = 0;
  /** A refresh is running; data changed meanwhile and needs one more. */
  private refreshing = false;
  private dirty = false;
  private renderedLanguage = "";

  constructor(private readonly root: HTMLElement) {
    this.state = decodeState(location.hash);
    this.store = new DataStore(() => this.dataChanged());
    window.addEventListener("hashchange", () => {
      if (location.hash.slice(1) === encodeState(this.state)) return;
      this.set(decodeState(location.hash));
    });
  }

  /** Builds the page, restores the user's files and draws the first results. */
  async start(): Promise<void> {
    this.openDatasets();
    if (this.state.datasets.includes("real")) {
      await this.store.openReal();
      if (!new URLSearchParams(location.hash.slice(1)).has("units")) {
        // First visit: the five real plans, all chosen.
        this.state = {
          ...this.state,
          selected: this.store.entries({ real: true, eras: [] }).map((e) => e.id),
        };
      }
    }
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
      if (d === "real") {
        // Opened after the start (a click, a link): refresh when its plans have arrived.
        if (this.renderedLanguage && !this.store.realOpen)
          void this.store.openReal().then(() => this.dataChanged());
      } else this.store.openSynthetic(ERA_OF[d], this.state.selected);
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
    const sections: Section[] = [
      dataSection(language, empty),
      unitsSection(language, empty),
      compareSection(language),
      ...chartSections(language),
      completenessSection(language, empty),
      complianceSection(language),
      planSection(language, empty),
    ];
    // Sections are numbered by their place, so a chart added to the registry renumbers those after it.
    for (const [i, s] of sections.entries()) s.element.querySelector("h2")?.prepend(`${i + 1}. `);
    setChildren(
      this.root,
      pageChrome(language, sections, (l) => this.set({ language: l })),
    );
    this.scheduler.observe(sections);
  }

  /**
   * Recomputes the open data and the chosen plans, then updates the sections
   * (see {@link SectionScheduler.run}); a newer refresh cuts an older one short.
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
    const current = () => token === this.token;
    const units = analysed.map((e) => e.id);
    const done = await this.scheduler.run(context, current, () =>
      this.telemetry.firstPass(started, token, units),
    );
    if (done) this.telemetry.settled(started, token);
  }
}
