import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.base";

// The reading threads of `parcomms ingest` run dist/ingestWorker.js, found beside the bundle by
// import.meta.url (shimmed in the CommonJS build).
export default defineConfig(
  libraryBuild(
    { index: "src/index.ts", main: "src/main.ts", ingestWorker: "src/_lib/ingest/ingestWorker.ts" },
    { shims: true },
  ),
);
