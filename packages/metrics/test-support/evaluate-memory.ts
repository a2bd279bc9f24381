// Peak memory of the evaluate path on a pair of prediction files joined by id:
//   /usr/bin/time -v node --import tsx packages/metrics/test-support/evaluate-memory.ts \
//     candidate.csv baseline.csv [resamples=20]
// The pair: /usr/bin/python3 packages/metrics/test-support/evaluate-memory-data.py 10000000 DIR
// Prints the rows, the seconds evaluate took and the peak RSS (VmHWM, Linux; null elsewhere).
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { MemoryLogger } from "@mlops/core";
import { evaluateAgainstBaseline } from "../src/evaluate.js";

const [candidate, baseline, resamples = "20"] = process.argv.slice(2);
if (!candidate || !baseline) throw new Error("usage: evaluate-memory.ts CANDIDATE BASELINE [RESAMPLES]");
const logger = new MemoryLogger();
const t0 = performance.now();
const { comparison } = await evaluateAgainstBaseline(
  {
    model: null,
    candidatePredictions: path.resolve(candidate),
    baseline: "production", // no model name: the registry is not consulted
    baselinePredictions: path.resolve(baseline),
    gates: [],
    significance: null,
    resamples: Number(resamples),
    seed: 1,
    level: 0.95,
    columns: {
      task: "auto",
      label: "label",
      prediction: "prediction",
      score: "score",
      id: "id",
      slices: [],
      threshold: 0.5,
    },
    output: path.join(os.tmpdir(), `mlops-memory-${process.pid}.json`),
    cwd: process.cwd(),
  },
  { logger },
);
// The process's peak resident set so far (what /usr/bin/time -v reports as its maximum), in kB.
const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
console.log(
  JSON.stringify({
    rows: comparison.predictions?.rows,
    seconds: (performance.now() - t0) / 1000,
    peakRssKb: peak ? Number(peak) : null,
  }),
);
