import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts", "actions/*/src/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**", "test/bench/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Imports its JSON schema without `with { type: "json" }`: let Vite load it (workflows.test.ts).
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
