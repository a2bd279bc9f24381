import { mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildEntry, processStartTime } from "@mlops/testkit";

/*
 * Once per `vitest run`, before the workers start (they and every process they start inherit the
 * environment):
 * - A temporary directory for the run (TMPDIR), removed when the run ends: what the tests and the
 *   steps, Python, Chromium and the servers they start put in the temp dir goes there, so a run
 *   leaves nothing behind (one run used to leave ~400 directories in /tmp). A run killed before
 *   its teardown leaves its directory; a later run removes it once its vitest process is gone and
 *   it has not changed for an hour. Caches meant to outlive a run stay in the machine's temp dir,
 *   linked in: tsx's compiled modules and the compile caches (Node's, and the one runAction gives
 *   the bundles); MLOPS_TEST_MACHINE_TMP names it for the tests' own (the flights-3m CSV).
 * - The validate worker thread built from the current sources, so a threaded validation run from
 *   source (a test, or a step run in-process) starts plain JavaScript workers instead of compiling
 *   profile-worker.ts through tsx in each of them. Bundles use their own dist/profile-worker.js.
 */
const RUN_DIR = /^mlops-vitest-(\d+)-(\d+)$/;
/** A dead run's directory older than this is removed (a live run writes to its own all along). */
const STALE_MS = 60 * 60 * 1000;
let runDir: string | undefined;

export async function setup(): Promise<void> {
  const machineTmp = process.env.MLOPS_TEST_MACHINE_TMP ?? os.tmpdir();
  // Named by pid and start time: a reused pid is not mistaken for the run that left it. Without
  // /proc no run can be told alive: nothing is removed.
  const started = processStartTime(process.pid);
  if (started !== null)
    for (const name of readdirSync(machineTmp)) {
      const m = RUN_DIR.exec(name);
      if (!m || processStartTime(Number(m[1])) === m[2]) continue;
      const dir = path.join(machineTmp, name);
      try {
        if (Date.now() - statSync(dir).mtimeMs > STALE_MS) rmSync(dir, { recursive: true, force: true });
      } catch {
        // removed by another run meanwhile
      }
    }
  runDir = path.join(machineTmp, `mlops-vitest-${process.pid}-${started ?? Date.now()}`);
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir);
  for (const cache of [
    `tsx-${os.userInfo().uid}`,
    "node-compile-cache",
    "mlops-actions-test-compile-cache",
  ]) {
    mkdirSync(path.join(machineTmp, cache), { recursive: true, mode: 0o700 });
    symlinkSync(path.join(machineTmp, cache), path.join(runDir, cache));
  }
  process.env.MLOPS_TEST_MACHINE_TMP = machineTmp;
  process.env.TMPDIR = runDir;
  process.env.MLOPS_TEST_PROFILE_WORKER ??= await buildEntry(
    path.join(import.meta.dirname, "../packages/data/src/profile-worker.ts"),
  );
}

export function teardown(): void {
  if (runDir) rmSync(runDir, { recursive: true, force: true });
}
