import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Plugin } from "vite";

/** Where the document readers' files are served, under the notebook's base: see `src/worker/documentAssets.ts`. */
export const DOCUMENT_ASSETS_DIR = "documents";

// The readers live in @parcomms/ingest, so their files are found from there.
const ingest = createRequire(resolve(import.meta.dirname, "../../ingest/package.json"));
const tesseract = createRequire(ingest.resolve("tesseract.js/package.json"));

/** Each file: its path under `documents/` and where it is in node_modules. */
const FILES: readonly (readonly [string, () => string])[] = [
  ["pdf/pdf.worker.min.mjs", () => ingest.resolve("pdfjs-dist/legacy/build/pdf.worker.min.mjs")],
  ["ocr/worker.min.js", () => tesseract.resolve("tesseract.js/dist/worker.min.js")],
  // The SIMD core with the wasm inside the script: one file, no second fetch (every current browser has SIMD).
  [
    "ocr/tesseract-core-simd-lstm.wasm.js",
    () => tesseract.resolve("tesseract.js-core/tesseract-core-simd-lstm.wasm.js"),
  ],
  // Tesseract asks for `${langPath}/vie.traineddata.gz`, so the language data keeps its own name in a folder.
  // The same model as in Node (ingest's VIE_MODEL, `4.0.0_best_int`: 1.4 MB, the fast one is 3.8 MB).
  [
    "ocr/lang/vie.traineddata.gz",
    () => ingest.resolve("@tesseract.js-data/vie/4.0.0_best_int/vie.traineddata.gz"),
  ],
];

const TYPES: Record<string, string> = {
  mjs: "text/javascript",
  js: "text/javascript",
  gz: "application/gzip",
};

/**
 * The files the document readers need in the browser, copied from
 * node_modules into the build under `documents/` with fixed names (pdf.js's
 * worker; tesseract.js's worker, core and the Vietnamese language data), and
 * served from there by the dev server: nothing is fetched from the network.
 * Fixed names, not hashed ones, because tesseract.js takes a folder for its
 * language data.
 *
 * @returns the Vite plugin
 * @example
 * defineConfig({ plugins: [documentAssets()] })
 */
export function documentAssets(): Plugin {
  let base = "/";
  return {
    name: "parcomms-document-assets",
    configResolved(config) {
      base = config.base;
    },
    generateBundle() {
      for (const [path, find] of FILES)
        this.emitFile({
          type: "asset",
          fileName: `${DOCUMENT_ASSETS_DIR}/${path}`,
          source: readFileSync(find()),
        });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = (request.url ?? "").split("?")[0] ?? "";
        const file = FILES.find(([path]) => url === `${base}${DOCUMENT_ASSETS_DIR}/${path}`);
        if (!file) return next();
        response.setHeader(
          "content-type",
          TYPES[file[0].split(".").pop() ?? ""] ?? "application/octet-stream",
        );
        response.end(readFileSync(file[1]()));
      });
    },
  };
}
