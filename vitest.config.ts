import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts", "actions/*/src/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**", "test/bench/**"],
    // Generous: most tests wait on child processes (bundled actions, Python, Chromium, a registry
    // server), and a loaded machine must not fail them. No test asserts on speed.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: "forks",
    // vitest's default is one worker per core minus one: a single worker on 2 cores, idle while a
    // test waits on its child processes. Three keep both cores busy.
    maxWorkers: 3,
    // Imports its JSON schema without `with { type: "json" }`: let Vite load it (workflows.test.ts).
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
