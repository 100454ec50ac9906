import { JSDOM } from "jsdom";

/** A fresh jsdom 26 document for rendering charts in tests (Node has no DOM). */
export function testDocument(): Document {
  return new JSDOM("").window.document;
}

/** The path of a chart's committed SVG snapshot, relative to a test file in `charts/`. */
export function snapshotPath(name: string): string {
  return `./__snapshots__/${name}.svg`;
}
