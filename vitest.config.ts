import {defineConfig} from "vitest/config";

// One run, two projects: `unit` (everything but test/browser) and `browser` (builds the site once and drives
// Debian's Chromium). `npm test` runs both; `npm run test:unit` and `npm run test:browser` run one each.
export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 600_000,
    setupFiles: ["test/setup.ts"],
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      {extends: true, test: {name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/browser/**"]}},
      {extends: true, test: {name: "browser", include: ["test/browser/**/*.test.ts"]}}
    ]
  }
});
