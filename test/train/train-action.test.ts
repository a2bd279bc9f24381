import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestFile, parseDocument, type RunRecord } from "@mlops/core";
import { alive, runAction, startActionsServices, tempDir, unzip, type ActionsServices } from "@mlops/testkit";

/*
 * The train action run as the runner runs it, against real commands (Node and /usr/bin/python3),
 * with the Actions results and cache services stood in locally. The first two cases run the
 * bundle (actions/train/dist: the artifact upload and the Actions cache through the bundled
 * clients); the rest run the action's main in-process (runAction's mode "source"), which is the
 * same code with the same environment, working directory and env files.
 */

const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
let services: ActionsServices;

beforeAll(async () => {
  services = await startActionsServices();
});
afterAll(async () => {
  await services.close();
});

async function readRecord(workspace: string, output: string | undefined): Promise<RunRecord> {
  expect(output, "run-record output").toBeTruthy();
  const file = path.join(workspace, output!);
  return await parseDocument("mlops.run", JSON.parse(readFileSync(file, "utf8")), file);
}

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
      env: services.env,
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
      String(services.artifacts.find((a) => a.name === "model-node")!.id),
    );
    const files = unzip(services.artifactContent("model-node")!, "latin-1");
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
    const first = await runAction("train", { cwd: ws, env: services.env, inputs });
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
    expect(services.caches.map((c) => c.key)).toContain(`mlops-train-${first.outputs.fingerprint}`);
    const model = readFileSync(path.join(ml, "out/model.pkl"));

    // A fresh runner: no .mlops, no outputs. The Actions cache brings them back; nothing runs.
    rmSync(path.join(ws, ".mlops"), { recursive: true });
    rmSync(path.join(ml, "out"), { recursive: true });
    const second = await runAction("train", { cwd: ws, env: services.env, inputs });
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

  it("a failing command fails the step with its exit code, still writes its RunRecord and uploads its logs", async () => {
    const ws = tempDir("mlops-train-fail-");
    const result = await runAction("train", {
      mode: "source",
      cwd: ws,
      env: services.env,
      inputs: {
        command: `node -e "console.log('::mlops metric partial=0.5'); console.error('boom: out of memory?'); process.exit(3)"`,
        "model-path": "model.bin",
        "artifact-name": "failed-run",
      },
    });
    expect(result.exitCode).toBe(3);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: "error", message: expect.stringMatching(/failed with exit code 3/) }),
    );
    const record = await readRecord(ws, result.outputs["run-record"]);
    expect(record).toMatchObject({ status: "failed", exitCode: 3, metrics: { partial: 0.5 }, model: null });
    const files = unzip(services.artifactContent("failed-run")!, "latin-1");
    expect(files["logs.txt"]).toContain("boom: out of memory?");
    expect(Object.keys(files).some((f) => f.startsWith("model/"))).toBe(false);

    // "Re-run failed jobs": the same run, attempt 2. Its artifact replaces the first attempt's.
    const first = services.artifacts.find((a) => a.name === "failed-run")!.id;
    const rerun = await runAction("train", {
      mode: "source",
      cwd: ws,
      env: services.env,
      runAttempt: 2,
      inputs: { command: "echo second attempt", "artifact-name": "failed-run" },
    });
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(services.artifacts.filter((a) => a.name === "failed-run").map((a) => String(a.id))).toEqual([
      rerun.outputs["artifact-id"],
    ]);
    expect(rerun.outputs["artifact-id"]).not.toBe(String(first));
    expect((await readRecord(ws, rerun.outputs["run-record"])).workflow!.runAttempt).toBe(2);
  });

  it("a command over its timeout is stopped with its whole process tree (the grandchild dies too)", async () => {
    const ws = tempDir("mlops-train-timeout-");
    // No clock in the assertions: the grandchild sleeps 600 s and the harness kills the step (and
    // fails this test) after 170 s, so a step that waited for the grandchild cannot pass.
    const result = await runAction("train", {
      mode: "source",
      cwd: ws,
      timeoutMs: 170_000,
      inputs: {
        command: "sleep 600 &\necho $! > grandchild.pid\nnode -e 'setInterval(() => {}, 1000)'",
        "timeout-minutes": "0.03",
        "artifact-name": "",
      },
    });
    expect(result.exitCode).toBe(124);
    const grandchild = Number(readFileSync(path.join(ws, "grandchild.pid"), "utf8"));
    expect(grandchild).toBeGreaterThan(1);
    expect(alive(grandchild)).toBe(false);
    const record = await readRecord(ws, result.outputs["run-record"]);
    expect(record.status).toBe("timed-out");
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        message: expect.stringMatching(/exceeded timeout-minutes \(0\.03\)/),
      }),
    );
  });

  it("NaN metrics fail the step naming the key, in the metrics file and in ::mlops lines", async () => {
    const ws = tempDir("mlops-train-nan-");
    writeFileSync(
      path.join(ws, "train.py"),
      `import json\njson.dump({"val": {"loss": float("nan")}, "acc": 0.5}, open("metrics.json", "w"))\n`,
    );
    const file = await runAction("train", {
      mode: "source",
      cwd: ws,
      inputs: { command: `${PYTHON} train.py`, "metrics-file": "metrics.json", "artifact-name": "" },
    });
    expect(file.exitCode).toBe(1);
    expect(file.stdout).toMatch(/metric 'val\.loss': expected a finite number, found NaN/);
    expect((await readRecord(ws, file.outputs["run-record"])).status).toBe("failed");

    const line = await runAction("train", {
      mode: "source",
      cwd: ws,
      inputs: { command: "echo '::mlops metric auc=inf'", "artifact-name": "" },
    });
    expect(line.exitCode).toBe(1);
    expect(line.stdout).toMatch(/metric 'auc': expected a finite number, found "inf"/);
  });

  it("a model the command did not write is a clear error; outside Actions the upload is skipped with a notice", async () => {
    const ws = tempDir("mlops-train-nomodel-");
    const result = await runAction("train", {
      mode: "source",
      cwd: ws,
      inputs: { command: "echo trained", "model-path": "out/model.onnx" },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/model-path \S*out\/model\.onnx does not exist after the command finished/);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: "notice",
        message: expect.stringMatching(
          /not running inside GitHub Actions .*artifact 'mlops-train' not uploaded/,
        ),
      }),
    );
    expect((await readRecord(ws, result.outputs["run-record"])).status).toBe("failed");
  });

  it("takes its inputs from mlops.yml; an unreachable Actions cache is a miss with a warning", async () => {
    const ws = tempDir("mlops-train-config-");
    writeFileSync(
      path.join(ws, "mlops.yml"),
      [
        "version: 1",
        "train:",
        `  command: echo '::mlops metric score=1' && mkdir -p out && echo model > out/m.txt`,
        "  model-path: out/m.txt",
        "  cache: true",
        '  artifact-name: ""',
        "",
      ].join("\n"),
    );
    const env = { ...services.env, ACTIONS_RESULTS_URL: "http://127.0.0.1:9/" };
    const first = await runAction("train", {
      mode: "source",
      cwd: ws,
      env,
    });
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ "cache-hit": "false", metrics: '{"score":1}', "artifact-id": "" });
    expect(first.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(/Failed to restore: .*ECONNREFUSED/),
      }),
    );
    // mlops.yml's cache: true holds (no action.yml default overrides it): the local entry hits.
    const second = await runAction("train", {
      mode: "source",
      cwd: ws,
      env,
    });
    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(second.outputs["cache-hit"]).toBe("true");
  });

  it("rejects bad inputs before running anything", async () => {
    const ws = tempDir("mlops-train-bad-");
    const bad = await runAction("train", {
      mode: "source",
      cwd: ws,
      inputs: { command: "touch ran", "artifact-name": "../../evil:name" },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/artifact-name.*not a valid artifact name/);
    const missing = await runAction("train", {
      mode: "source",
      cwd: ws,
      inputs: { command: "touch ran", data: "nope.csv" },
    });
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toMatch(/input 'data': nope\.csv does not exist/);
    expect(existsSync(path.join(ws, "ran"))).toBe(false);
  });
});
