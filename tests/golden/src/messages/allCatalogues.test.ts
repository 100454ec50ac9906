import { chartCatalogues } from "@parcomms/analytics";
import { cliMessageCatalogues } from "@parcomms/cli";
import { checkCatalogues, type MessageCatalogue, messageCatalogues } from "@parcomms/core";
import { ioMessages } from "@parcomms/ingest";
import { messages as notebookMessages } from "@parcomms/notebook/messages";
import { describe, expect, it } from "vitest";

/**
 * Every message catalogue of the workspace, by name. A package that adds a
 * catalogue registers it here.
 */
const allCatalogues: Readonly<Record<string, MessageCatalogue>> = {
  ...messageCatalogues,
  "ingest/io": ioMessages,
  ...cliMessageCatalogues,
  ...chartCatalogues,
  notebook: notebookMessages,
};

describe("every message catalogue of the workspace", () => {
  it("registers core's, ingest's, the command line's, the charts' and the notebook's catalogues", () => {
    expect(Object.keys(allCatalogues)).toEqual([
      "core/validation",
      "core/parse",
      "core/extraction",
      "core/compliance",
      "ingest/io",
      "cli/common",
      "cli/validate",
      "cli/summary",
      "cli/compare",
      "cli/gaps",
      "cli/export",
      "cli/extract",
      "cli/ingest",
      "cli/draft",
      "cli/sample",
      "cli/generate",
      "analytics/charts",
      "notebook",
    ]);
    expect(allCatalogues["ingest/io"]?.["io.missing-file"]).toEqual({
      vi: "Không tìm thấy tệp.",
      en: "The file does not exist.",
    });
    expect(allCatalogues.notebook?.["level.commune"]).toEqual({ vi: "Xã", en: "Commune" });
  });

  it("gives every code a Vietnamese and an English text with the same placeholders, and no code twice", () => {
    expect(checkCatalogues(allCatalogues)).toEqual([]);
  });

  it("would report a code without English, a code two catalogues share, and placeholders that differ", () => {
    const broken = {
      ...allCatalogues,
      "cli/extra": {
        "cli.extra.no-en": { vi: "Chỉ có tiếng Việt" },
        "io.missing-file": { vi: "Không tìm thấy tệp.", en: "The file does not exist." },
        "cli.extra.params": { vi: "{count} tệp", en: "{files} files" },
      } as unknown as MessageCatalogue,
    };
    expect(checkCatalogues(broken)).toEqual([
      { problem: "missing-text", catalogue: "cli/extra", code: "cli.extra.no-en", language: "en" },
      {
        problem: "params-differ",
        catalogue: "cli/extra",
        code: "cli.extra.params",
        vi: ["count"],
        en: ["files"],
      },
      { problem: "duplicate-code", code: "io.missing-file", catalogues: ["ingest/io", "cli/extra"] },
    ]);
  });
});
