import {defineConfig} from "vitest/config";

// One runner for unit and browser tests; browser tests live in test/browser and need Chromium.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 600_000,
    setupFiles: ["test/setup.ts"],
    reporters: ["default", "./test/summary-reporter.ts"]
  }
});
