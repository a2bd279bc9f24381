import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { digestFile } from "@mlops/core";
import { runAction, tempDir, unzip } from "@mlops/testkit";
import { PYTHON, readRecord, useTrainActionFixture } from "./train-action-fixtures.js";

/*
 * The train action's committed bundle (actions/train/dist/index.js) run as the runner runs it, in
 * a child process, against real commands (Node and /usr/bin/python3) and the Actions results and
 * cache services stood in locally: the artifact upload and the Actions cache through the bundled
 * clients. A `*.bundle.test.ts` file: it runs in the bundled run (`npm run test:bundled`, after
 * `npm test`), since it executes the bundle; the other cases run the action's main in-process in
 * train-action.test.ts (npm test). Setup shared by both: train-action-fixtures.ts.
 */

const t = useTrainActionFixture();

describe("train action", () => {
  it("runs a Node script: metrics from its file and ::mlops lines, model digests, resources, one artifact", async () => {
    const ws = tempDir("mlops-train-node-");
    writeFileSync(
      path.join(ws, "train.mjs"),
      `import fs from "node:fs";
const params = JSON.parse(fs.readFileSync(process.env.MLOPS_PARAMS, "utf8"));
console.log("::mlops metric epoch_loss=0.9");
console.log("::mlops metric epoch_loss=0.4 steps=" + params.steps);
console.log("::mlops tool node=" + process.version);
fs.mkdirSync("out/model", { recursive: true });
fs.writeFileSync("out/model/weights.json", JSON.stringify({ w: [1, 2, 3], lr: params.lr }));
fs.writeFileSync("out/model/vocab.txt", "a\\nb\\n");
fs.writeFileSync("out/metrics.json", JSON.stringify({ accuracy: 0.91, val: { f1: 0.88 } }));
`,
    );
    const result = await runAction("train", {
      cwd: ws,
      env: t.services.env,
      inputs: {
        command: "node train.mjs",
        params: "lr: 0.05\nsteps: 3",
        "metrics-file": "out/metrics.json",
        "model-path": "out/model",
        "artifact-name": "model-node",
      },
    });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(JSON.parse(result.outputs.metrics!)).toEqual({
      epoch_loss: 0.4,
      steps: 3,
      accuracy: 0.91,
      "val.f1": 0.88,
    });
    expect(result.outputs["cache-hit"]).toBe("false");
    expect(result.outputs["model-path"]).toBe("out/model");
    expect(result.outputs.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(readFileSync(path.join(ws, result.outputs["metrics-file"]!), "utf8"))).toEqual(
      JSON.parse(result.outputs.metrics!),
    );
    // Live output inside a log group.
    expect(result.stdout).toMatch(
      /::group::Run: node train\.mjs[\s\S]*::mlops metric epoch_loss=0\.4[\s\S]*::endgroup::/,
    );

    const record = await readRecord(ws, result.outputs["run-record"]);
    expect(record).toMatchObject({
      status: "succeeded",
      exitCode: 0,
      command: "node train.mjs",
      params: { lr: 0.05, steps: 3 },
      git: { sha: expect.any(String), repository: expect.any(String) },
      workflow: { runId: "4242", runAttempt: 1, job: "ml" },
      cacheHit: false,
    });
    expect(record.environment.tools.node).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(record.environment.runner).toMatch(/github-hosted/);
    expect(record.model!.files.map((f) => f.path)).toEqual(["vocab.txt", "weights.json"]);
    const weights = await digestFile(path.join(ws, "out/model/weights.json"));
    expect(record.model!.files[1]).toEqual({ path: "weights.json", ...weights });
    expect(record.resources!.peakRssBytes).toBeGreaterThan(10 * 1024 * 1024); // a Node process
    expect(record.resources!.cpuUserMs! + record.resources!.cpuSystemMs!).toBeGreaterThan(0);

    // One artifact: run record, metrics, params, logs and the model, as uploaded through blob storage.
    expect(result.outputs["artifact-id"]).toBe(
      String(t.services.artifacts.find((a) => a.name === "model-node")!.id),
    );
    const files = unzip(t.services.artifactContent("model-node")!, "latin-1");
    expect(Object.keys(files).sort()).toEqual(
      ["logs.txt", "metrics.json", "model/vocab.txt", "model/weights.json", "params.json", "run.json"].sort(),
    );
    expect(JSON.parse(files["run.json"]!).id).toBe(record.id);
    expect(files["logs.txt"]).toContain("::mlops metric epoch_loss=0.4");
    expect(result.summary).toContain("| accuracy | 0.91 |");
  });

  it("runs a scikit-learn script in a working-directory; with cache: true a new runner restores it from the Actions cache", async () => {
    const ws = tempDir("mlops-train-py-");
    const ml = path.join(ws, "ml");
    const counter = path.join(tempDir("mlops-train-counter-"), "runs.txt");
    mkdirSync(path.join(ml, "data"), { recursive: true });
    const rows = Array.from({ length: 60 }, (_, i) => {
      const x1 = ((i * 37) % 60) / 10 - 3;
      const x2 = ((i * 17) % 60) / 10 - 3;
      return `${x1},${x2},${x1 + 0.5 * x2 > 0.2 ? 1 : 0}`;
    });
    writeFileSync(path.join(ml, "data", "train.csv"), ["x1,x2,label", ...rows].join("\n") + "\n");
    writeFileSync(path.join(ml, "params.yaml"), "model:\n  C: 0.5\n  max_iter: 200\nseed: 7\n");
    writeFileSync(
      path.join(ml, "train.py"),
      `import json, os, pickle
import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
params = json.load(open(os.environ["MLOPS_PARAMS"]))
data = np.loadtxt("data/train.csv", delimiter=",", skiprows=1)
X, y = data[:, :2], data[:, 2].astype(int)
clf = LogisticRegression(C=params["model"]["C"], max_iter=params["model"]["max_iter"]).fit(X, y)
pred = clf.predict(X)
os.makedirs("out", exist_ok=True)
with open("out/model.pkl", "wb") as f:
    pickle.dump(clf, f)
with open("out/metrics.json", "w") as f:
    json.dump({"train": {"accuracy": accuracy_score(y, pred), "f1": f1_score(y, pred)}}, f)
print("::mlops tool scikit-learn=" + sklearn.__version__)
print("::mlops metric rows=%d" % len(y))
`,
    );
    const inputs = {
      command: `${PYTHON} train.py && echo ran >> ${counter}`,
      "working-directory": "ml",
      params: "params.yaml",
      data: "data/train.csv",
      "metrics-file": "out/metrics.json",
      "model-path": "out/model.pkl",
      cache: "true",
      "artifact-name": "",
    };
    const first = await runAction("train", { cwd: ws, env: t.services.env, inputs });
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs["cache-hit"]).toBe("false");
    expect(first.outputs["model-path"]).toBe("ml/out/model.pkl");
    const record = await readRecord(ws, first.outputs["run-record"]);
    expect(record.workingDirectory).toBe("ml");
    expect(record.params).toEqual({ model: { C: 0.5, max_iter: 200 }, seed: 7 });
    expect(record.data).toEqual([expect.objectContaining({ path: "ml/data/train.csv", files: 1 })]);
    expect(record.environment.tools["scikit-learn"]).toMatch(/^\d+\.\d+/);
    const written = JSON.parse(readFileSync(path.join(ml, "out/metrics.json"), "utf8")) as {
      train: { accuracy: number; f1: number };
    };
    expect(record.metrics).toEqual({
      rows: 60,
      "train.accuracy": written.train.accuracy,
      "train.f1": written.train.f1,
    });
    expect(written.train.accuracy).toBeGreaterThan(0.8);
    expect(record.model!.files).toEqual([
      { path: "model.pkl", ...(await digestFile(path.join(ml, "out/model.pkl"))) },
    ]);
    expect(t.services.caches.map((c) => c.key)).toContain(`mlops-train-${first.outputs.fingerprint}`);
    const model = readFileSync(path.join(ml, "out/model.pkl"));

    // A fresh runner: no .mlops, no outputs. The Actions cache brings them back; nothing runs.
    rmSync(path.join(ws, ".mlops"), { recursive: true });
    rmSync(path.join(ml, "out"), { recursive: true });
    const second = await runAction("train", { cwd: ws, env: t.services.env, inputs });
    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(second.outputs["cache-hit"]).toBe("true");
    expect(second.outputs.fingerprint).toBe(first.outputs.fingerprint);
    expect(readFileSync(counter, "utf8")).toBe("ran\n");
    expect(readFileSync(path.join(ml, "out/model.pkl")).equals(model)).toBe(true);
    expect(JSON.parse(readFileSync(path.join(ml, "out/metrics.json"), "utf8"))).toEqual(written);
    const cached = await readRecord(ws, second.outputs["run-record"]);
    expect(cached).toMatchObject({ status: "cached", cacheHit: true, restoredFrom: { id: record.id } });
    expect(cached.metrics).toEqual(record.metrics);
  });
});
