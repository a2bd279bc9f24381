import { parentPort, workerData } from "node:worker_threads";
import { profileSegment, type SegmentJob } from "./segments.js";

/*
 * The worker thread that profiles one segment of a CSV file (see parallel.ts). Bundled actions
 * carry it as dist/profile-worker.js (scripts/build.mjs bundles it next to every bundle that
 * names it); from source it runs through tsx.
 */
const before = process.threadCpuUsage();
const state = await profileSegment(workerData as SegmentJob);
const used = process.threadCpuUsage(before);
state.cpuMs = (used.user + used.system) / 1000;
const transfer = state.checks.flatMap((c) => (c?.unique ? [c.unique.buffer as ArrayBuffer] : []));
parentPort!.postMessage(state, transfer);
