/**
 * The notebook's timing figures, written on `<body>` as data attributes for
 * the browser tests and `pnpm bench:notebook`: `data-first-chart-ms` (page
 * load to the first chart drawn), `data-updated` and `data-update-ms` (end and
 * duration of an update's first pass, the sections on screen), `data-rendered`
 * and `data-settled-ms` (end and duration of its second pass, every drawn
 * section), `data-section-ms` (each section's last update) and `data-units`.
 *
 * @example
 * const telemetry = new Telemetry();
 * telemetry.section(element, 12); // after drawing a section
 * telemetry.firstPass(started, 3, ["000_34833a3694ee8a96"]); // body.dataset.updated === "3"
 */
export class Telemetry {
  private readonly timings: Record<string, number> = {};
  private firstChart = false;

  /** Records how long a section took to update, and the first chart drawn on the page. */
  section(element: HTMLElement, ms: number): void {
    this.timings[element.id] = Math.round(ms);
    if (!this.firstChart && element.querySelector(".chart-canvas svg")) {
      this.firstChart = true;
      document.body.dataset.firstChartMs = String(Math.round(performance.now()));
    }
  }

  /** The sections on screen are up to date for update `token`, started at `started`. */
  firstPass(started: number, token: number, units: readonly string[]): void {
    const body = document.body.dataset;
    body.updateMs = String(Math.round(performance.now() - started));
    body.updated = String(token);
    body.units = units.join(",");
  }

  /** Every drawn section is up to date for update `token`, started at `started`. */
  settled(started: number, token: number): void {
    const body = document.body.dataset;
    body.settledMs = String(Math.round(performance.now() - started));
    body.sectionMs = JSON.stringify(this.timings);
    body.rendered = String(token);
  }
}
