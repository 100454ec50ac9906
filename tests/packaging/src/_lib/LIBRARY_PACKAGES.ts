/** The published library packages, by workspace folder, in dependency order. */
export const LIBRARY_PACKAGES = [
  { name: "@parcomms/core", folder: "packages/core" },
  { name: "@parcomms/formats", folder: "packages/formats" },
  { name: "@parcomms/sample-data", folder: "packages/sample-data" },
  { name: "@parcomms/analytics", folder: "packages/analytics" },
  { name: "@parcomms/ingest", folder: "packages/ingest" },
  { name: "@parcomms/cli", folder: "packages/cli" },
] as const;
