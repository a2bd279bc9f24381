import path from "node:path";
import { buildEntry } from "@mlops/testkit";

/*
 * Once per `vitest run`, before the workers start (they inherit the environment): the validate
 * worker thread built from the current sources, so a threaded validation run from source (a
 * test, or a step run in-process) starts plain JavaScript workers instead of compiling
 * profile-worker.ts through tsx in each of them. Bundles use their own dist/profile-worker.js.
 */
export async function setup(): Promise<void> {
  process.env.MLOPS_TEST_PROFILE_WORKER ??= await buildEntry(
    path.join(import.meta.dirname, "../packages/data/src/profile-worker.ts"),
  );
}
