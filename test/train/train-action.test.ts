import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alive, runAction, tempDir, unzip } from "@mlops/testkit";
import { PYTHON, readRecord, useTrainActionFixture } from "./train-action-fixtures.js";

/*
 * The train action's main in-process (runAction's mode "source": the same code with the same
 * environment, working directory and env files as the runner gives the bundle), against real
 * commands (Node and /usr/bin/python3), with the Actions results and cache services stood in
 * locally. The bundle (actions/train/dist: the artifact upload and the Actions cache through the
 * bundled clients) is train-action.bundle.test.ts: it runs in the bundled run
 * (`npm run test:bundled`), not in `npm test`. Setup shared by both: train-action-fixtures.ts.
 */

const t = useTrainActionFixture();

describe("train action", () => {
  it("a failing command fails the step with its exit code, still writes its RunRecord and uploads its logs", async () => {
    const ws = tempDir("mlops-train-fail-");
    const result = await runAction("train", {
      mode: "source",
      cwd: ws,
      env: t.services.env,
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
    const files = unzip(t.services.artifactContent("failed-run")!, "latin-1");
    expect(files["logs.txt"]).toContain("boom: out of memory?");
    expect(Object.keys(files).some((f) => f.startsWith("model/"))).toBe(false);

    // "Re-run failed jobs": the same run, attempt 2. Its artifact replaces the first attempt's.
    const first = t.services.artifacts.find((a) => a.name === "failed-run")!.id;
    const rerun = await runAction("train", {
      mode: "source",
      cwd: ws,
      env: t.services.env,
      runAttempt: 2,
      inputs: { command: "echo second attempt", "artifact-name": "failed-run" },
    });
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(t.services.artifacts.filter((a) => a.name === "failed-run").map((a) => String(a.id))).toEqual([
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
    const env = { ...t.services.env, ACTIONS_RESULTS_URL: "http://127.0.0.1:9/" };
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
