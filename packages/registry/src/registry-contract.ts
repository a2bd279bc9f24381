import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConfigurationError, RunRecord } from "@mlops/core";
import { errorOf, modelFile } from "@mlops/testkit";
import type { Registry } from "./types.js";

/*
 * The behaviour every registry backend owes its callers, as one suite run against each of them
 * (test/registry/contract-*.test.ts: the local directory, GitHub through the fake GitHub; an OCI
 * artifact store runs it against a real registry server). A backend passes only what it proves
 * here plus its own storage-specific tests.
 */

export interface ContractBackend {
  /** Another client of the same registry (a second process or job, as far as the store can tell). */
  open(): Registry;
  /** Flips one byte of the stored copy of a version's file (what a damaged disk or a tampered store does). */
  flipStoredByte(model: string, version: number, file: string): Promise<void>;
  close(): Promise<void>;
}

/** A succeeded run record with a training fingerprint, as the train step writes it. */
function trainedRun(fingerprint: string): RunRecord {
  return {
    kind: "mlops.run",
    version: 1,
    id: `run-${fingerprint.slice(0, 6)}`,
    status: "succeeded",
    startedAt: "2026-11-23T10:00:00.000Z",
    finishedAt: "2026-11-23T10:01:00.000Z",
    durationMs: 60_000,
    command: "python train.py",
    workingDirectory: ".",
    exitCode: 0,
    git: { sha: "0".repeat(40), ref: "refs/heads/main", repository: "octo-org/ml-repo" },
    workflow: null,
    params: { depth: 3 },
    metrics: { f1: 0.8 },
    data: [],
    model: null,
    fingerprint,
    cacheHit: false,
    resources: null,
    environment: { os: "linux", arch: "x64", node: "v24", runner: null, tools: {} },
  } as RunRecord;
}

interface Fixture {
  backend: ContractBackend;
  /** A scratch directory for model files and downloads. */
  dir: string;
  modelFile(name: string, content: string): Promise<string>;
}

/** An empty registry and a scratch directory per test. */
function fixture(start: () => Promise<ContractBackend>): () => Fixture {
  let current: Fixture | null = null;
  beforeEach(async () => {
    const backend = await start();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-registry-contract-"));
    current = { backend, dir, modelFile: (name, content) => modelFile(dir, name, content) };
  });
  afterEach(async () => {
    await current?.backend.close();
    if (current) await fs.rm(current.dir, { recursive: true, force: true });
    current = null;
  });
  return () => current!;
}

/** Runs the registry contract against one backend; `start` makes an empty registry per test. */
export function registryContract(name: string, start: () => Promise<ContractBackend>): void {
  describe(`registry contract: ${name}`, () => {
    const f = fixture(start);
    versionContract(f);
    downloadContract(f);
    aliasContract(f);
  });
}

/** Numbering, idempotency and names. */
function versionContract(f: () => Fixture): void {
  it("numbers versions 1, 2, 3 and finds them by number, 'latest', vN and alias", async () => {
    const { backend, modelFile } = f();
    const reg = backend.open();
    const a = await reg.register({
      model: "weather",
      path: await modelFile("a/model.onnx", "v1"),
      metrics: { f1: 0.8 },
    });
    const b = await reg.register({
      model: "weather",
      path: await modelFile("b/model.onnx", "v2"),
      metrics: { f1: 0.9 },
      params: { depth: 3 },
      aliases: ["staging"],
      tags: { team: "forecast" },
    });
    expect([a.version.number, b.version.number, b.created]).toEqual([1, 2, true]);
    expect(b.version).toMatchObject({
      uri: "models:/weather/2",
      aliases: ["staging"],
      params: { depth: 3 },
      tags: { team: "forecast" },
      files: [{ path: "model.onnx", bytes: 2, sha256: createHash("sha256").update("v2").digest("hex") }],
    });
    const other = backend.open();
    expect((await other.get("weather", 1)).metrics).toEqual({ f1: 0.8 });
    expect((await other.resolve("weather", "latest")).number).toBe(2);
    expect((await other.resolve("weather", "v1")).number).toBe(1);
    expect((await other.resolve("weather", "staging")).number).toBe(2);
    expect((await other.list("weather")).map((v) => v.number)).toEqual([1, 2]);
    expect(await other.listModels()).toEqual([
      { name: "weather", latest: 2, versions: 2, aliases: { staging: 2 } },
    ]);
    expect((await other.history("weather")).map((h) => [h.action, h.version, h.alias])).toEqual([
      ["register", 1, null],
      ["register", 2, null],
      ["set-alias", 2, "staging"],
    ]);
  });

  it("returns the existing version for a re-run with the same key and content, and refuses other content", async () => {
    const { backend, modelFile } = f();
    const reg = backend.open();
    const file = await modelFile("model.bin", "weights");
    const key = "octo-org/ml-repo/runs/1/jobs/train/models/m";
    const first = await reg.register({
      model: "m",
      path: file,
      metrics: { acc: 0.5 },
      idempotencyKey: key,
    });
    const again = await backend
      .open()
      .register({ model: "m", path: file, metrics: { acc: 0.5 }, idempotencyKey: key });
    expect(again).toMatchObject({ created: false, version: { number: first.version.number } });
    const conflict = await errorOf<ConfigurationError>(
      reg.register({ model: "m", path: file, metrics: { acc: 0.6 }, idempotencyKey: key }),
    );
    expect(conflict.code).toBe("idempotency-conflict");
    expect((await reg.list("m")).length).toBe(1);
    expect((await reg.history("m")).filter((h) => h.action === "register")).toHaveLength(1);
  });

  it("does not register a training run twice: same fingerprint and files under a new key is the existing version", async () => {
    const { backend, modelFile } = f();
    const reg = backend.open();
    const file = await modelFile("model.bin", "trained");
    const run = trainedRun("e".repeat(64));
    const first = await reg.register({ model: "m", path: file, run, idempotencyKey: "run-1" });
    const again = await reg.register({ model: "m", path: file, run, idempotencyKey: "run-2" });
    expect([first.created, again.created, again.version.number]).toEqual([true, false, 1]);
    const retrained = await reg.register({
      model: "m",
      path: await modelFile("model2.bin", "retrained"),
      run: trainedRun("f".repeat(64)),
      idempotencyKey: "run-3",
    });
    expect([retrained.created, retrained.version.number]).toEqual([true, 2]);
  });

  it("refuses hostile model names and aliases before storing anything", async () => {
    const { backend, modelFile } = f();
    const reg = backend.open();
    const file = await modelFile("model.bin", "x");
    for (const model of ["../x", "a/b", "$(rm -rf ~)", "mоdel"]) {
      expect((await errorOf<ConfigurationError>(reg.register({ model, path: file }))).code).toBe(
        "model-name-invalid",
      );
    }
    for (const alias of ["Production", "latest", "v3"]) {
      expect(
        (await errorOf<ConfigurationError>(reg.register({ model: "m", path: file, aliases: [alias] }))).code,
      ).toBe("alias-invalid");
    }
    expect(await reg.listModels()).toEqual([]);
  });

  it("numbers concurrent registrations from several clients 1..n, each once", async () => {
    const { backend, modelFile } = f();
    const files = await Promise.all(Array.from({ length: 6 }, (_, i) => modelFile(`c${i}.bin`, `c${i}`)));
    const results = await Promise.all(
      files.map((file, i) =>
        backend.open().register({ model: "c", path: file, metrics: { i }, idempotencyKey: `k${i}` }),
      ),
    );
    expect(results.map((r) => r.version.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    const versions = await backend.open().list("c");
    for (const r of results)
      expect(versions[r.version.number - 1]!.idempotencyKey).toBe(r.version.idempotencyKey);
    expect(new Set(versions.map((v) => v.idempotencyKey)).size).toBe(6);
  });
}

/** Downloads, verified. */
function downloadContract(f: () => Fixture): void {
  it("fails a download when a stored byte was flipped, and leaves the target directory untouched", async () => {
    const { backend, dir, modelFile } = f();
    const reg = backend.open();
    await reg.register({ model: "m", path: await modelFile("model.bin", "abcdefgh") });
    await backend.flipStoredByte("m", 1, "model.bin");
    const out = path.join(dir, "out");
    const error = await errorOf<ConfigurationError>(reg.download("m", 1, out));
    expect(error.code).toBe("integrity");
    expect(error.message).toMatch(/integrity check failed for model\.bin/);
    expect(await fs.readdir(out)).toEqual([]);
  });

  it("downloads a file model and a directory model with their layout, every file verified", async () => {
    const { backend, dir, modelFile } = f();
    const reg = backend.open();
    await reg.register({ model: "onnx", path: await modelFile("model.onnx", "onnx bytes") });
    await modelFile("saved/variables/data-0", "tensor bytes");
    await modelFile("saved/saved_model.pb", "graph");
    const tf = await reg.register({ model: "tf", path: path.join(dir, "saved") });
    expect(tf.version.files.map((f) => f.path)).toEqual(["saved_model.pb", "variables/data-0"]);
    const other = backend.open();
    const file = await other.download("onnx", 1, path.join(dir, "out-onnx"));
    expect(file.modelPath).toBe(path.join(dir, "out-onnx", "model.onnx"));
    expect(await fs.readFile(file.modelPath, "utf8")).toBe("onnx bytes");
    const out = path.join(dir, "out-tf");
    const tree = await other.download("tf", 1, out);
    expect(tree.modelPath).toBe(path.resolve(out));
    expect(await fs.readFile(path.join(out, "variables/data-0"), "utf8")).toBe("tensor bytes");
    expect((await fs.readdir(out)).sort()).toEqual(["saved_model.pb", "variables"]);
  });

  it("names what exists when a model, version or alias is missing", async () => {
    const { backend, dir, modelFile } = f();
    const reg = backend.open();
    expect(await reg.resolve("weather", "production", { optional: true })).toBeNull();
    await reg.register({ model: "weather", path: await modelFile("model.bin", "x"), aliases: ["staging"] });
    expect((await errorOf<ConfigurationError>(reg.get("rain", 1))).message).toBe(
      "model rain is not in the registry; models in the registry: weather",
    );
    expect((await errorOf<ConfigurationError>(reg.resolve("rain", "latest"))).message).toBe(
      "model rain is not in the registry; models in the registry: weather",
    );
    expect((await errorOf<ConfigurationError>(reg.get("weather", 4))).message).toBe(
      "model weather has no version 4: it has version 1 (aliases staging → v1)",
    );
    expect((await errorOf<ConfigurationError>(reg.download("weather", 4, path.join(dir, "out")))).code).toBe(
      "version-not-found",
    );
    expect((await errorOf<ConfigurationError>(reg.resolve("weather", "production"))).message).toBe(
      "model weather has no alias production: aliases staging → v1; it has version 1",
    );
    expect(await reg.resolve("weather", "production", { optional: true })).toBeNull();
    expect(await reg.resolve("rain", "production", { optional: true })).toBeNull();
  });
}

/** Aliases and lineage. */
function aliasContract(f: () => Fixture): void {
  it("moves aliases with compare-and-swap: of two clients expecting the same version, exactly one wins", async () => {
    const { backend, modelFile } = f();
    const reg = backend.open();
    for (let i = 0; i < 3; i++)
      await reg.register({ model: "m", path: await modelFile(`m${i}.bin`, String(i)) });
    await reg.setAlias("m", "production", 1, { expected: null });
    const outcomes = await Promise.allSettled([
      backend.open().setAlias("m", "production", 2, { expected: 1 }),
      backend.open().setAlias("m", "production", 3, { expected: 1 }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as ConfigurationError).code).toBe("alias-conflict");
    const winner = (
      outcomes.find((o) => o.status === "fulfilled") as PromiseFulfilledResult<{ current: number }>
    ).value;
    expect((await reg.resolve("m", "production")).number).toBe(winner.current);
    const change = await reg.removeAlias("m", "production", { expected: winner.current });
    expect(change).toEqual({ model: "m", alias: "production", previous: winner.current, current: null });
    expect((await reg.history("m")).map((h) => h.action)).toEqual([
      "register",
      "register",
      "register",
      "set-alias",
      "set-alias",
      "remove-alias",
    ]);
  });

  it("records the production version as the parent of a new version", async () => {
    const { backend, modelFile } = f();
    const reg = backend.open();
    await reg.register({ model: "m", path: await modelFile("a.bin", "a"), aliases: ["production"] });
    const second = await reg.register({ model: "m", path: await modelFile("b.bin", "b") });
    expect(second.version.lineage.parentVersion).toBe(1);
  });
}
