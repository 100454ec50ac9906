// The import rules of issue 10, "One role per package", checked by
// dependency-cruiser in `pnpm run check:imports` (part of `pnpm test`).
// Each package may use only the workspace packages its role allows (README,
// "Development"); no file reaches into another package by relative path;
// core stands alone; no two files import each other in a cycle.

/** Workspace folders, as they sit under the repository root. */
const WORKSPACE = "^(packages|tests)/";

/**
 * The workspace packages each package may import, by folder. A package not
 * listed here (yet) is held by the relative-path and cycle rules only.
 */
const ALLOWED = {
  "packages/core": [],
  "packages/formats": ["packages/core"],
  "packages/ingest": ["packages/core", "packages/formats"],
  "packages/sample-data": ["packages/core"],
  "packages/analytics": ["packages/core", "packages/formats"],
  "packages/cli": [
    "packages/core",
    "packages/formats",
    "packages/ingest",
    "packages/sample-data",
    "packages/analytics",
  ],
};

/** Tests, and test helpers that are never shipped (`_testing`). */
const TEST_FILE = "(\\.test(-d)?\\.ts$|/_testing(/|\\.ts$))";

/** Workspace packages a package's tests may import besides (devDependencies): the five real plans. */
const ALLOWED_IN_TESTS = {
  "packages/formats": ["packages/sample-data"],
  "packages/ingest": ["packages/sample-data"],
  "packages/analytics": ["packages/sample-data"],
};

/** One rule per package of ALLOWED: no import of a workspace package outside its list. */
const packageRules = Object.entries(ALLOWED).map(([folder, allowed]) => ({
  name: `${folder.split("/")[1]}-allowed-packages`,
  comment: `${folder} may import ${allowed.length === 0 ? "no other workspace package" : allowed.join(", ")} (the table in README, "Development").`,
  severity: "error",
  from: { path: `^${folder}/` },
  to: {
    path: WORKSPACE,
    pathNot: [
      `^${folder}/`,
      ...[...allowed, ...(ALLOWED_IN_TESTS[folder] ?? [])].map((other) => `^${other}/`),
    ],
  },
}));

module.exports = {
  forbidden: [
    {
      name: "no-relative-cross-package",
      comment:
        "A file imports another workspace package by its public name (@parcomms/…), never by a relative path into its folder.",
      severity: "error",
      from: { path: "^(packages|tests)/([^/]+)/" },
      to: { dependencyTypes: ["local"], path: WORKSPACE, pathNot: "^$1/$2/" },
    },
    {
      name: "no-relative-into-packages",
      comment: "Scripts import workspace packages by their public names, never by a relative path.",
      severity: "error",
      from: { path: "^scripts/" },
      to: { dependencyTypes: ["local"], path: WORKSPACE },
    },
    ...packageRules,
    ...Object.entries(ALLOWED_IN_TESTS).map(([folder, allowed]) => ({
      name: `${folder.split("/")[1]}-test-only-packages`,
      comment: `${folder} uses ${allowed.join(", ")} in its tests only (a devDependency).`,
      severity: "error",
      from: { path: `^${folder}/`, pathNot: TEST_FILE },
      to: { path: allowed.map((other) => `^${other}/`) },
    })),
    {
      name: "core-npm-only-zod-date-fns",
      comment:
        "@parcomms/core depends on zod and date-fns only; its tests may use vitest and fast-check besides.",
      severity: "error",
      from: { path: "^packages/core/" },
      to: {
        dependencyTypesNot: ["local", "core"],
        pathNot: [WORKSPACE, "(^|/)node_modules/(zod|date-fns|vitest|fast-check)/"],
      },
    },
    {
      name: "core-test-tools-in-tests-only",
      comment: "core's source uses no test tool.",
      severity: "error",
      from: { path: "^packages/core/", pathNot: TEST_FILE },
      to: { path: "(^|/)node_modules/(vitest|fast-check)/" },
    },
    {
      name: "core-node-builtins-in-tests-only",
      comment: "core is browser-safe: node: built-ins only in its tests.",
      severity: "error",
      from: { path: "^packages/core/", pathNot: TEST_FILE },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "analytics-browser-safe",
      comment:
        "analytics runs in the browser: no jsdom, resvg or node:fs outside its tests (those belong to @parcomms/cli).",
      severity: "error",
      from: { path: "^packages/analytics/", pathNot: TEST_FILE },
      to: { path: ["(^|/)node_modules/(jsdom|@resvg/resvg-js)/", "^(node:)?fs(/promises)?$"] },
    },
    {
      name: "no-circular",
      comment: "No two files import each other, directly or through others.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment: "Every import resolves to a file; a missing export or file is an error here too.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // tests/packaging/fixtures run in a scratch project outside the workspace, against the packed tarballs.
    exclude: {
      path: [
        "(^|/)dist/",
        "(^|/)node_modules/",
        "^packages/notebook/e2e/artifacts/",
        "^tests/packaging/fixtures/",
      ],
    },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      conditionNames: ["@parcomms/source", "import", "require", "node", "default", "types"],
      exportsFields: ["exports"],
      mainFields: ["module", "main", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
