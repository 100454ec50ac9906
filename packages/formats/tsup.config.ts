import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.base";

// hyparquet is bundled into dist, as the workspace patches it (patches/hyparquet@1.31.5.patch): a
// damaged page hangs or aborts hyparquet as published, and a user installing @parcomms/formats from the
// registry would get it unpatched. Its MIT licence ships in THIRD_PARTY_NOTICES.md.
export default defineConfig(libraryBuild({ index: "src/index.ts" }, { noExternal: ["hyparquet"] }));
