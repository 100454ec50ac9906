/**
 * @parcomms/ingest/testing: helpers for tests that read documents, in Node
 * only (they use `node:zlib`); not part of what a browser loads.
 *
 * @packageDocumentation
 */

export { characterAccuracy } from "./characterAccuracy";
export { damagedLanguageData, type LanguageDataDamage } from "./damagedLanguageData";
export { documentTexts } from "./documentTexts";
export { encodeLegacy } from "./encodeLegacy";
export { type RenderedScan, type RenderScanOptions, renderScan } from "./renderScan";
export { type WriteDocOptions, writeDoc } from "./writeDoc";
export { writeDocx } from "./writeDocx";
export { type WriteOdtOptions, writeOdt } from "./writeOdt";
export { type PdfStamp, type WritePdfOptions, writePdf } from "./writePdf";
export { type WriteZipBombOptions, writeZipBomb } from "./writeZipBomb";
