import { yieldToPage } from "../_lib/yieldToPage";
import { h } from "../dom/h";
import { t } from "../i18n/t";
import type { Telemetry } from "../telemetry/Telemetry";
import type { Context, Section } from "./Context";

/**
 * When each section updates: those on or near the screen at once, the others
 * in short slices between frames, and lazy ones only once scrolled near (their
 * data loads on demand). A section whose key did not change since it was last
 * drawn is skipped; a section that throws shows the error in place of its
 * result and breaks nothing else.
 *
 * @example
 * const scheduler = new SectionScheduler(new Telemetry());
 * scheduler.observe(sections);
 * const token = ++latest;
 * await scheduler.run(context, () => token === latest, () => console.log("on screen: done"));
 */
export class SectionScheduler {
  private sections: readonly Section[] = [];
  /** Sections near the viewport now; sections that have been near once; whether the observer has reported. */
  private readonly near = new Set<Section>();
  private readonly seen = new WeakSet<Section>();
  private observed = false;
  /** Updates waiting for a section to come near (or for the background pass). */
  private readonly pending = new Map<Section, Context>();
  /** Each section's key when it was last drawn: an update with the same key is skipped. */
  private readonly drawnKeys = new WeakMap<Section, string>();
  private observer: IntersectionObserver | undefined;

  constructor(private readonly telemetry: Telemetry) {}

  /**
   * Tracks which sections are near the viewport. A section that comes near with
   * an update waiting (a lazy one, or one the background pass has not reached)
   * is updated at once, with the latest context.
   */
  observe(sections: readonly Section[]): void {
    this.sections = sections;
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
          if (context) void this.update(section, context);
        }
      },
      { rootMargin: "300px 0px" },
    );
    for (const s of sections) this.observer.observe(s.element);
  }

  /**
   * Updates the sections for a context: first those on or near the screen
   * (then calls `firstPassDone`), then the others in slices of about two
   * frames, so the page stays responsive. Stops as soon as `current()` is false
   * (a newer update started). Resolves true when every section was reached.
   */
  async run(context: Context, current: () => boolean, firstPassDone: () => void): Promise<boolean> {
    this.observed ||= this.near.size > 0;
    const later: Section[] = [];
    for (const section of this.sections) {
      if (!this.isNear(section)) {
        this.pending.set(section, context);
        if (!section.lazy || this.seen.has(section)) later.push(section);
        continue;
      }
      this.pending.delete(section);
      await this.update(section, context);
      if (!current()) return false;
    }
    firstPassDone();
    let slice = performance.now();
    for (const section of later) {
      if (performance.now() - slice > 32) {
        await yieldToPage();
        slice = performance.now();
      }
      if (!current()) return false;
      if (this.pending.get(section) !== context) continue;
      this.pending.delete(section);
      await this.update(section, context);
      if (!current()) return false;
    }
    return true;
  }

  /** Whether a section is on or near the screen (before the observer's first report: the top three). */
  private isNear(section: Section): boolean {
    return this.observed ? this.near.has(section) : this.sections.indexOf(section) < 3;
  }

  private async update(section: Section, context: Context): Promise<void> {
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
    this.telemetry.section(section.element, performance.now() - started);
  }
}
