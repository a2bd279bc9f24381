import { describe, expect, it } from "vitest";
import type { RunRecord } from "@mlops/core";
import { trainOutputs, trainSummary } from "./summary.js";
import type { TrainResult } from "./train.js";

const record: RunRecord = {
  kind: "mlops.run",
  version: 1,
  id: "20261123T120249Z-787dbe",
  status: "succeeded",
  startedAt: "2026-11-23T12:02:49.000Z",
  finishedAt: "2026-11-23T12:02:52.500Z",
  durationMs: 3500,
  command: "python train.py | tee log",
  workingDirectory: ".",
  exitCode: 0,
  git: { sha: "a".repeat(40), ref: "refs/heads/main", repository: "o/r", dirty: true },
  workflow: null,
  params: {},
  metrics: { "<img src=x onerror=alert(1)>|x": 1, accuracy: 0.9 },
  data: [],
  model: { path: "out/model.pkl", files: [{ path: "model.pkl", sha256: "b".repeat(64), bytes: 2048 }] },
  fingerprint: "c".repeat(64),
  cacheHit: false,
  resources: { peakRssBytes: 150 * 1024 * 1024, cpuUserMs: 2500, cpuSystemMs: 100 },
  environment: { os: "linux", arch: "x64", node: "v24", runner: null, tools: {} },
};

const result = (over: Partial<TrainResult> = {}): TrainResult => ({
  status: "succeeded",
  record,
  runDir: "/ws/.mlops/runs/x",
  recordPath: "/ws/.mlops/runs/x/run.json",
  metricsPath: "/ws/.mlops/runs/x/metrics.json",
  metrics: record.metrics,
  modelPath: "/ws/out/model.pkl",
  fingerprint: "c".repeat(64),
  cacheHit: false,
  artifactId: 42,
  failure: null,
  ...over,
});

describe("train summary and outputs", () => {
  it("escapes metric names and commands so they cannot break the table or inject HTML", () => {
    const hostile = trainSummary(result({ record: { ...record, command: "a|b<c>`d`\ne" } }));
    expect(hostile).toContain("| command | a\\|b&lt;c&gt;\\`d\\` e |");
    const md = trainSummary(result(), { artifactName: "mlops-train" });
    expect(md).not.toContain("<img");
    expect(md).toContain("| &lt;img src=x onerror=alert(1)&gt;\\|x | 1 |");
    expect(md).toContain("| command | python train.py \\| tee log |");
    expect(md).toContain("| model | `out/model.pkl` (1 file, 2 kB) |");
    expect(md).toContain("| peak memory | 157 MB |");
    expect(md).toContain("| CPU time | 2.5 s user, 100 ms system |");
    expect(md).toContain("| accuracy | 0.9 |");
    expect(md).toContain("| artifact | mlops-train (id 42) |");
    expect(md).toContain("(uncommitted changes)");
  });

  it("gives outputs relative to the workspace", () => {
    expect(trainOutputs(result(), "/ws")).toEqual({
      "model-path": "out/model.pkl",
      metrics: JSON.stringify(record.metrics),
      "metrics-file": ".mlops/runs/x/metrics.json",
      "run-record": ".mlops/runs/x/run.json",
      fingerprint: "c".repeat(64),
      "cache-hit": "false",
      "artifact-id": "42",
    });
  });
});
