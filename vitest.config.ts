import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { bundledRun } from "./test/bundled-run.js";

/*
 * One pool of workers that run file after file without a fresh process and module graph each time
 * (`isolate: false`): ~0.4 s of CPU a file, over 100 files. The files keep to their own temporary
 * directories, child processes and local servers. Steps run in-process by @mlops/testkit
 * (runAction or runMlops with mode "source") are fine here: runInProcess swaps the environment,
 * directory, stdout and secrets for the step and restores them, one step at a time. A file that
 * changes process-wide state restores it (runInProcess, or after each test / the file: the
 * actions' main tests run main through testkit's runMain; the redactor tests save and restore the
 * registered secrets, proxy.test.ts its proxy variables too; runner-protocol and the
 * Actions-service stores restore process.env in place, as @actions/artifact and @actions/cache
 * read it at each call, not at load; code-digest's test PATH in a finally), and
 * test/setup/process-state.ts is the net under them all. A file that could not put back what it
 * changes (a library reading process.env once at load) would need a project of its own with
 * `isolate: true`.
 */
/*
 * The files that take longest (each runs the example's pipeline, bundles, Python or Chromium in
 * turn), by wall time in full runs with CI=true measured 2026-12-06: the bundled run's (which
 * `npm test` leaves out), then `npm test`'s. Without timings of an earlier run (a clean clone, CI)
 * vitest starts the largest files first, and a short file that runs three pipelines could start
 * last and finish alone on one core; these start first instead. With timings, vitest's order.
 */
const SLOW_FIRST = [
  "test/workflows/workflow-runs-github.bundle.test.ts",
  "test/workflows/workflow-runs.bundle.test.ts",
  "test/workflows/workflow-runs-models.bundle.test.ts",
  "test/cli/demo.bundle.test.ts",
  "test/workflows/workflow-runs-pr.bundle.test.ts",
  "test/cli/pack-install.bundle.test.ts",
  "test/train/train-action.bundle.test.ts",
  "test/train/cli-cache.test.ts",
  "test/registry/github-big-files.test.ts",
  "test/workflows/seattle-weather.test.ts",
  "test/browser/report-browser.test.ts",
  "test/registry/github-registry.test.ts",
  "test/registry/oci-contract.test.ts",
  "test/validate-data/shards.test.ts",
  "packages/metrics/src/seattle-weather.test.ts",
  "test/train/train-action.test.ts",
  "packages/scan/src/corpus.test.ts",
  "test/github/client.test.ts",
  "packages/metrics/src/paired-reference.test.ts",
  "test/validate-data/threads.test.ts",
  "test/workflows/dependabot-dist.test.ts",
  "test/workflows/release.test.ts",
  "test/workflows/workflow-plan.test.ts",
  "test/workflows/workflow-scripts.test.ts",
];

class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    if (files.every((f) => this.ctx.cache.getTestSpecificationResult(f))) return sorted;
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((s) => f.moduleId.endsWith(`/${s}`));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}

const INCLUDE = ["packages/*/src/**/*.test.ts", "test/**/*.test.ts", "actions/*/src/**/*.test.ts"];
/*
 * Tests that run bundles (the committed dist/, the GitHub client's own ncc bundle) and the slowest
 * end-to-end paths (the workflows run job by job) are `*.bundle.test.ts` files: they run in the
 * bundled run (`npm run test:bundled`, test/bundled-run.ts), which .ci/run and ci.yml run after
 * `npm test`; `npm test` runs the sources.
 */
const EXCLUDE = [
  "**/node_modules/**",
  "**/dist/**",
  "test/bench/**",
  ...(bundledRun() ? [] : ["**/*.bundle.test.ts"]),
];

export default defineConfig({
  test: {
    // Generous: most tests wait on child processes (bundled actions, Python, Chromium, a registry
    // server), and a loaded machine must not fail them. No test asserts on speed.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: "forks",
    // vitest's default is one worker per core minus one: a single worker on 2 cores, idle while a
    // test waits on its child processes. On 2 cores, measured 2026-12-06 (CI=true, whole suite):
    // 2 workers 170 s, 3 145 s, 4 140 s, 5 154 s; after the bundled run took the bundle and
    // end-to-end files, 3 workers 110 s and 4 100–107 s, alternated.
    maxWorkers: 4,
    // Imports its JSON schema without `with { type: "json" }`: let Vite load it (workflows.test.ts).
    server: { deps: { inline: ["@actions/workflow-parser"] } },
    globalSetup: ["test/global-setup.ts"],
    // Puts back the redactor's secrets, process.env and the working directory after each file.
    setupFiles: ["test/setup/process-state.ts"],
    sequence: { sequencer: SlowFirstSequencer },
    include: INCLUDE,
    exclude: EXCLUDE,
    isolate: false,
  },
});
