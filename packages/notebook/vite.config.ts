import { defaultClientConditions, defineConfig } from "vite";
import { documentAssets } from "./build/documentAssets";

// Static build (opens from any folder or static host): relative base, workspace
// packages resolved to their TypeScript source, no library build needed.
export default defineConfig({
  base: "./",
  // pdf.js's and tesseract.js's workers, core and language data, for reading documents offline.
  plugins: [documentAssets()],
  resolve: { conditions: ["@parcomms/source", ...defaultClientConditions] },
  worker: { format: "es" },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
  },
  preview: { host: "127.0.0.1", port: 4173 },
  server: { host: "127.0.0.1" },
});
