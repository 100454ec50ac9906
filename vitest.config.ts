import { defineConfig } from "vitest/config";

process.env.TZ = "Asia/Ho_Chi_Minh";

export default defineConfig({
  resolve: {
    conditions: ["@parcomms/source"],
  },
  ssr: {
    resolve: {
      conditions: ["@parcomms/source"],
    },
  },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "tests/*/src/**/*.test.ts",
      "packages/notebook/e2e/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    typecheck: {
      enabled: true,
      include: ["packages/*/src/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    env: { TZ: "Asia/Ho_Chi_Minh" },
    silent: "passed-only",
    // A test fails on what it asserts, not on a busy machine's clock: the
    // property suites run thousands of inputs, which takes seconds under load.
    testTimeout: 60_000,
    setupFiles: ["./scripts/vitest.setup.ts"],
  },
});
