import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryLogger, runContextFromEnv, type RawInputs } from "@mlops/core";
import { readTrainInputs } from "./options.js";
import { RunCache, type RemoteRunCache } from "./run-cache.js";
import { runTraining, type TrainDeps } from "./train.js";

function workspace(): string {
  return mkdtempSync(path.join(os.tmpdir(), "mlops-train-unit-"));
}

function inputs(values: Record<string, string>): RawInputs {
  return (name) => values[name];
}

function deps(
  extra: Partial<Omit<TrainDeps, "logger">> = {},
): TrainDeps & { logger: MemoryLogger; output: () => string } {
  const logger = new MemoryLogger();
  const chunks: Buffer[] = [];
  return {
    ctx: runContextFromEnv({}),
    stdout: (c) => chunks.push(c),
    stderr: (c) => chunks.push(c),
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    killGraceMs: 300,
    output: () => Buffer.concat(chunks).toString("utf8"),
    ...extra,
    logger,
  };
}

describe("runTraining", () => {
  it("gives the command MLOPS_* variables and withholds the runtime token, INPUT_* and our GITHUB_OUTPUT", async () => {
    const ws = workspace();
    const d = deps({
      env: {
        PATH: process.env.PATH,
        ACTIONS_RUNTIME_TOKEN: "secret-token",
        ACTIONS_RESULTS_URL: "http://results",
        INPUT_COMMAND: "x",
        GITHUB_OUTPUT: "/tmp/out",
        GITHUB_ENV: "/tmp/env",
        ACTIONS_ID_TOKEN_REQUEST_URL: "http://oidc",
      },
    });
    const options = readTrainInputs(
      inputs({ command: "env | sort", params: "lr: 0.5", "model-path": "m.bin", "metrics-file": "m.json" }),
      ws,
    );
    // The model is not written: this test only looks at the environment.
    const result = await runTraining(options, d);
    const env = d.output();
    expect(env).not.toMatch(/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL|INPUT_COMMAND|GITHUB_OUTPUT/);
    expect(env).toContain("GITHUB_ENV=/tmp/env");
    expect(env).toContain("ACTIONS_ID_TOKEN_REQUEST_URL=http://oidc");
    expect(env).toContain(`MLOPS_RUN_ID=${result.record.id}`);
    expect(env).toContain(`MLOPS_MODEL_PATH=${path.join(ws, "m.bin")}`);
    expect(env).toContain(`MLOPS_METRICS_FILE=${path.join(ws, "m.json")}`);
    const paramsFile = /MLOPS_PARAMS=(.*)/.exec(env)![1]!;
    expect(JSON.parse(readFileSync(paramsFile, "utf8"))).toEqual({ lr: 0.5 });
  });

  it("takes metrics from ::mlops lines and the metrics file (the file wins on the same key); a stale output is an error", async () => {
    const ws = workspace();
    writeFileSync(path.join(ws, "metrics.csv"), "epoch,loss\n1,9\n");
    writeFileSync(path.join(ws, "model.bin"), "stale model from an earlier run");
    const options = readTrainInputs(
      inputs({
        command:
          "echo '::mlops metric loss=0.7 lines_only=1'\nprintf 'epoch,loss\\n1,0.9\\n2,0.5\\n' > metrics.csv",
        "metrics-file": "metrics.csv",
        "model-path": "model.bin",
      }),
      ws,
    );
    const result = await runTraining(options, deps());
    expect(result.failure?.message).toMatch(
      /model-path model\.bin was not written by this run: it is unchanged since before the command started/,
    );
    expect(readFileSync(path.join(ws, "model.bin"), "utf8")).toBe("stale model from an earlier run");
    expect(result.record.status).toBe("failed");

    const ok = await runTraining(
      readTrainInputs(
        inputs({
          command:
            "echo '::mlops metric loss=0.7 lines_only=1'\nprintf 'epoch,loss\\n1,0.9\\n2,0.5\\n' > metrics.csv",
          "metrics-file": "metrics.csv",
        }),
        ws,
      ),
      deps(),
    );
    expect(ok.failure).toBeNull();
    expect(ok.metrics).toEqual({ loss: 0.5, lines_only: 1, epoch: 2 });
  });

  it("expands data patterns and fingerprints each match; a pattern without matches is an error", async () => {
    const ws = workspace();
    mkdirSync(path.join(ws, "data"));
    for (const y of ["2013", "2012"]) writeFileSync(path.join(ws, "data", `${y}.csv`), `y\n${y}\n`);
    writeFileSync(path.join(ws, "data", "notes.txt"), "not data");
    const result = await runTraining(
      readTrainInputs(inputs({ command: "true", data: "data/*.csv" }), ws),
      deps(),
    );
    expect(result.record.data.map((d) => d.path)).toEqual(["data/2012.csv", "data/2013.csv"]);
    await expect(
      runTraining(readTrainInputs(inputs({ command: "true", data: "data/*.parquet" }), ws), deps()),
    ).rejects.toThrow(/input 'data': the pattern data\/\*\.parquet matches no files/);
  });

  it("refuses outputs that would swallow the workspace or the state directory", () => {
    const ws = workspace();
    expect(() => readTrainInputs(inputs({ command: "true", "model-path": "." }), ws)).toThrow(
      /would contain the working directory/,
    );
    expect(() => readTrainInputs(inputs({ command: "true", "model-path": ".mlops/x" }), ws)).toThrow(
      /inside the \.mlops state directory/,
    );
    expect(() => readTrainInputs(inputs({ command: "true", "timeout-minutes": "0" }), ws)).toThrow(
      /minutes > 0/,
    );
    expect(() => readTrainInputs(inputs({}), ws)).toThrow(/input 'command' is required/);
  });

  it("a damaged cache entry is a miss with a warning, and is replaced by the new run", async () => {
    const ws = workspace();
    const options = readTrainInputs(
      inputs({
        command: "mkdir -p out && echo model > out/m.txt && echo ran >> ../runs-$(basename $PWD)",
        "model-path": "out/m.txt",
        cache: "true",
      }),
      ws,
    );
    const first = await runTraining(options, deps());
    expect(first.cacheHit).toBe(false);
    const entry = path.join(ws, ".mlops", "cache", first.fingerprint);
    writeFileSync(path.join(entry, "model", "m.txt"), "tampered\n");

    const d = deps();
    const second = await runTraining(options, d);
    expect(second.cacheHit).toBe(false);
    expect(d.logger.messages("warning")).toEqual([
      expect.stringMatching(/is damaged \(model files do not match the sha256 recorded in run\.json\)/),
    ]);
    expect(readFileSync(path.join(entry, "model", "m.txt"), "utf8")).toBe("model\n");
    const third = await runTraining(options, deps());
    expect(third.cacheHit).toBe(true);
    expect(readdirSync(path.join(ws, ".mlops", "cache"))).toEqual([first.fingerprint]);
  });

  it("a remote cache that throws is a miss with a warning, never a failure", async () => {
    const ws = workspace();
    const remote: RemoteRunCache = {
      restore: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:9")),
      save: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:9")),
    };
    const d = deps({ remoteCache: remote });
    mkdirSync(path.join(ws, "src"));
    const result = await runTraining(readTrainInputs(inputs({ command: "echo hi", cache: "true" }), ws), d);
    expect(result.failure).toBeNull();
    expect(result.cacheHit).toBe(false);
    expect(d.logger.messages("warning")).toEqual([
      expect.stringMatching(
        /Actions cache could not be read \(connect ECONNREFUSED.*\); treating it as a miss/,
      ),
      expect.stringMatching(/could not save to the Actions cache/),
    ]);
  });

  it("a failed artifact upload after a good run fails the step, and says the run is cached", async () => {
    const ws = workspace();
    const result = await runTraining(
      readTrainInputs(
        inputs({ command: "echo x > m.txt", "model-path": "m.txt", cache: "true", "artifact-name": "model" }),
        ws,
      ),
      deps({ artifacts: { upload: () => Promise.reject(new Error("Failed request: (409) Conflict")) } }),
    );
    expect(result.record.status).toBe("succeeded");
    expect(result.failure).toEqual({
      message:
        "artifact upload 'model' failed: Failed request: (409) Conflict. The run is cached: re-running the job restores it and retries the upload",
      exitCode: 1,
    });
  });

  it("concurrent writers of one fingerprint leave one valid cache entry (the first wins)", async () => {
    const ws = workspace();
    const options = readTrainInputs(
      inputs({ command: "mkdir -p out && echo m > out/m.txt", "model-path": "out/m.txt" }),
      ws,
    );
    const run = await runTraining(options, deps());
    const cache = new RunCache(path.join(ws, ".mlops"), new MemoryLogger());
    const logFile = (n: number) => {
      writeFileSync(path.join(ws, `log-${n}.txt`), `writer ${n}`);
      return path.join(ws, `log-${n}.txt`);
    };
    const files = (n: number) => ({
      record: { ...run.record, id: `writer-${n}` },
      metricsJson: "{}",
      paramsJson: "{}",
      logs: logFile(n),
      model: path.join(ws, "out/m.txt"),
      metricsSource: null,
    });
    const saved = await Promise.all([1, 2, 3, 4].map((n) => cache.save(run.fingerprint, files(n))));
    expect(saved.filter((s) => s.local)).toHaveLength(1);
    expect(readdirSync(path.join(ws, ".mlops", "cache"))).toEqual([run.fingerprint]);
    const entry = await cache.lookup(run.fingerprint);
    expect(entry!.record.id).toMatch(/^writer-\d$/);
    expect(readFileSync(path.join(entry!.dir, "logs.txt"), "utf8")).toBe(
      `writer ${entry!.record.id.slice(7)}`,
    );
  });
});
