import { parentPort, workerData } from "node:worker_threads";
import { profileSegment, profileStolenTail, type SegmentJob } from "./segments.js";
import { threadCpu } from "./workers.js";

/*
 * The worker thread that profiles segments of CSV files (see parallel.ts): one job given as
 * workerData, or (a WorkerPool started before the work was known) one job per message, in turn.
 * A job answers with its segment, and then the tail it took of the main thread's range, if any.
 * Bundled actions carry it as dist/profile-worker.js (scripts/build.mjs bundles it next to every
 * bundle that names it); from source it runs through tsx, or in the tests as a JavaScript build
 * of the current sources (MLOPS_TEST_PROFILE_WORKER, see workers.ts).
 */
async function run(job: SegmentJob): Promise<void> {
  const before = threadCpu();
  const began = performance.now();
  const state = await profileSegment(job);
  const states = [state];
  // Done first: take the tail of the main thread's range (not after a malformed record here).
  if (job.steal && !state.error) {
    const rate = (state.end - state.start) / Math.max(1, performance.now() - began);
    const stolen = await profileStolenTail(job, rate);
    if (stolen) states.push(stolen);
  }
  const used = threadCpu(before);
  state.cpuMs = (used.user + used.system) / 1000;
  state.finishedAt = performance.timeOrigin + performance.now();
  const transfer = states.flatMap((s) =>
    s.checks.flatMap((c) => (c?.unique ? [c.unique.buffer as ArrayBuffer] : [])),
  );
  parentPort!.postMessage(states, transfer);
}

if (workerData) await run(workerData as SegmentJob);
else {
  let queue = Promise.resolve();
  parentPort!.on("message", (job: SegmentJob) => {
    // A failure is thrown out of the worker: its 'error' event rejects the job.
    queue = queue.then(() => run(job));
  });
}
