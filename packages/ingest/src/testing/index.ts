/**
 * @parcomms/ingest/testing: helpers for tests that read documents, in Node
 * only (they use `node:zlib`); not part of what a browser loads.
 *
 * @packageDocumentation
 */

export { characterAccuracy } from "./characterAccuracy";
export { documentTexts } from "./documentTexts";
export { type RenderedScan, type RenderScanOptions, renderScan } from "./renderScan";
export { writeDocx } from "./writeDocx";
