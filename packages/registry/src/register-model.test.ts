import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { digestTree, runContextFromEnv, silentLogger, type ConfigurationError } from "@mlops/core";
import { runRecord } from "../../../test/registry/fixtures/run-record.js";
import { LocalRegistry } from "./local-registry.js";
import { parseTags, registerModel } from "./register-model.js";

/** A pickle of one string (protocol 2): a model file the default model scan passes as safe. */
function pickledText(text: string): Buffer {
  const utf8 = Buffer.from(text);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(utf8.length);
  return Buffer.concat([Buffer.from([0x80, 2, 0x58]), length, utf8, Buffer.from(".")]); // PROTO 2, BINUNICODE, STOP
}

async function setup() {
  const ws = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-register-model-"));
  await fs.mkdir(path.join(ws, "out"));
  await fs.writeFile(path.join(ws, "out/model.pkl"), pickledText("trained bytes"));
  const files = await digestTree(path.join(ws, "out/model.pkl"));
  await fs.writeFile(
    path.join(ws, "out/run.json"),
    JSON.stringify(runRecord({ model: { path: "out/model.pkl", files } })),
  );
  const ctx = runContextFromEnv({ GITHUB_WORKSPACE: ws });
  const registry = new LocalRegistry({ root: path.join(ws, "reg"), logger: silentLogger });
  return { ws, ctx, registry };
}

describe("registerModel", () => {
  it("takes the model, params, metrics and lineage from the run record", async () => {
    const { ctx, registry } = await setup();
    const result = await registerModel(
      { model: "forest", runRecord: "out/run.json", tags: "team: forecast\nstage: 2" },
      { ctx, logger: silentLogger, registry },
    );
    expect(result.uri).toBe("models:/forest/1");
    expect(result.version).toMatchObject({
      metrics: { accuracy: 0.91, f1: 0.88 },
      params: { n_estimators: 100, max_depth: 8 },
      tags: { team: "forecast", stage: "2" },
      lineage: { gitSha: "0123456789abcdef0123456789abcdef01234567", workflowRunId: "4242" },
    });
    expect(result.summary).toContain("| model URI | `models:/forest/1` |");
  });

  it("refuses a model file that changed after training", async () => {
    const { ws, ctx, registry } = await setup();
    await fs.writeFile(path.join(ws, "out/model.pkl"), pickledText("swapped bytes"));
    const error = (await registerModel(
      { model: "forest", runRecord: "out/run.json" },
      { ctx, logger: silentLogger, registry },
    ).catch((e: unknown) => e)) as ConfigurationError;
    expect(error.code).toBe("model-changed");
    expect(error.message).toContain("changed or new: model.pkl");
    expect(await registry.listModels()).toEqual([]);
  });

  it("does not register the same training run twice, even from a new workflow run", async () => {
    const { ws, registry } = await setup();
    const trained = await digestTree(path.join(ws, "out/model.pkl"));
    await fs.writeFile(
      path.join(ws, "out/run.json"),
      JSON.stringify(
        runRecord({ model: { path: "out/model.pkl", files: trained }, fingerprint: "e".repeat(64) }),
      ),
    );
    const inRun = (runId: string) =>
      runContextFromEnv({
        GITHUB_WORKSPACE: ws,
        GITHUB_ACTIONS: "true",
        GITHUB_REPOSITORY: "o/r",
        GITHUB_RUN_ID: runId,
      });
    const first = await registerModel(
      { model: "forest", runRecord: "out/run.json" },
      { ctx: inRun("1"), logger: silentLogger, registry },
    );
    const again = await registerModel(
      { model: "forest", runRecord: "out/run.json" },
      { ctx: inRun("2"), logger: silentLogger, registry },
    );
    expect([first.created, first.version.number]).toEqual([true, 1]);
    expect([again.created, again.version.number]).toEqual([false, 1]);
    expect((await registry.list("forest")).map((v) => v.number)).toEqual([1]);

    // Another training run (another fingerprint) with new bytes is a new version.
    await fs.writeFile(path.join(ws, "out/model.pkl"), pickledText("retrained bytes"));
    const files = await digestTree(path.join(ws, "out/model.pkl"));
    await fs.writeFile(
      path.join(ws, "out/run.json"),
      JSON.stringify(runRecord({ model: { path: "out/model.pkl", files }, fingerprint: "f".repeat(64) })),
    );
    const next = await registerModel(
      { model: "forest", runRecord: "out/run.json" },
      { ctx: inRun("3"), logger: silentLogger, registry },
    );
    expect([next.created, next.version.number]).toEqual([true, 2]);
  });

  it("reads tags as JSON or YAML and refuses nested values", async () => {
    expect(await parseTags('{"a": 1, "b": true}')).toEqual({ a: "1", b: "true" });
    expect(await parseTags("{team: x}")).toEqual({ team: "x" });
    await expect(parseTags("a: [1, 2]")).rejects.toThrow(/tag 'a' must be a string, number or boolean/);
    await expect(parseTags("- a")).rejects.toThrow(/expected a mapping/);
  });
});
