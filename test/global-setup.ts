import { mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildEntry } from "@mlops/testkit";

/*
 * Once per `vitest run`, before the workers start (they and every process they start inherit the
 * environment):
 * - A temporary directory for the run (TMPDIR), removed when the run ends: what the tests and the
 *   steps, Python, Chromium and the servers they start put in the temp dir goes there, so a run
 *   leaves nothing behind (one run used to leave ~400 directories in /tmp). A run killed before
 *   its teardown leaves its directory; the next run removes those whose vitest process is gone.
 *   Caches meant to outlive a run stay in the machine's temp dir, linked in: tsx's compiled
 *   modules and Node's compile cache; MLOPS_TEST_MACHINE_TMP names it for the tests' own (the
 *   flights-3m CSV).
 * - The validate worker thread built from the current sources, so a threaded validation run from
 *   source (a test, or a step run in-process) starts plain JavaScript workers instead of compiling
 *   profile-worker.ts through tsx in each of them. Bundles use their own dist/profile-worker.js.
 */
const RUN_DIR = /^mlops-vitest-(\d+)$/;
let runDir: string | undefined;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function setup(): Promise<void> {
  const machineTmp = process.env.MLOPS_TEST_MACHINE_TMP ?? os.tmpdir();
  for (const name of readdirSync(machineTmp)) {
    const pid = RUN_DIR.exec(name)?.[1];
    if (pid !== undefined && !alive(Number(pid)))
      rmSync(path.join(machineTmp, name), { recursive: true, force: true });
  }
  runDir = path.join(machineTmp, `mlops-vitest-${process.pid}`);
  mkdirSync(runDir);
  for (const cache of [`tsx-${os.userInfo().uid}`, "node-compile-cache"]) {
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
