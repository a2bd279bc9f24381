import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { MemoryLogger, silentLogger, type ConfigurationError } from "@mlops/core";
import { LocalRegistry } from "./local-registry.js";
import { withLock } from "./lock.js";

let dir: string;
let root: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-local-registry-"));
  root = path.join(dir, "registry");
});

async function modelFile(name: string, content: string): Promise<string> {
  const file = path.join(dir, name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content);
  return file;
}

function registry(logger = silentLogger) {
  return new LocalRegistry({ root, logger });
}

async function errorOf(promise: Promise<unknown>): Promise<ConfigurationError> {
  try {
    await promise;
  } catch (error) {
    return error as ConfigurationError;
  }
  throw new Error("expected a rejection");
}

describe("LocalRegistry", () => {
  it("numbers versions 1, 2, 3 and stores the ModelVersion document", async () => {
    const reg = registry();
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
    expect([a.version.number, b.version.number]).toEqual([1, 2]);
    expect(b.created).toBe(true);
    expect(b.version.uri).toBe("models:/weather/2");
    expect(b.version.aliases).toEqual(["staging"]);
    expect(b.version.files).toEqual([
      { path: "model.onnx", bytes: 2, sha256: createHash("sha256").update("v2").digest("hex") },
    ]);
    const stored = JSON.parse(
      await fs.readFile(path.join(root, "weather/versions/2/model-version.json"), "utf8"),
    );
    expect(stored.kind).toBe("mlops.model-version");
    expect(await fs.readFile(path.join(root, "weather/versions/2/files/model.onnx"), "utf8")).toBe("v2");
    expect((await reg.get("weather", 1)).metrics).toEqual({ f1: 0.8 });
    expect((await reg.resolve("weather", "latest")).number).toBe(2);
    expect((await reg.resolve("weather", "v1")).number).toBe(1);
    expect((await reg.resolve("weather", "staging")).number).toBe(2);
    expect((await reg.list("weather")).map((v) => v.number)).toEqual([1, 2]);
    expect(await reg.listModels()).toEqual([
      { name: "weather", latest: 2, versions: 2, aliases: { staging: 2 } },
    ]);
  });

  it("returns the existing version for a re-run with the same key and content, and refuses other content", async () => {
    const reg = registry();
    const file = await modelFile("model.bin", "weights");
    const first = await reg.register({
      model: "m",
      path: file,
      metrics: { acc: 0.5 },
      idempotencyKey: "o/r/runs/1/jobs/train/models/m",
    });
    const again = await reg.register({
      model: "m",
      path: file,
      metrics: { acc: 0.5 },
      idempotencyKey: "o/r/runs/1/jobs/train/models/m",
    });
    expect(again.created).toBe(false);
    expect(again.version.number).toBe(first.version.number);
    expect((await reg.list("m")).length).toBe(1);
    const conflict = await errorOf(
      reg.register({
        model: "m",
        path: file,
        metrics: { acc: 0.6 },
        idempotencyKey: "o/r/runs/1/jobs/train/models/m",
      }),
    );
    expect(conflict.code).toBe("idempotency-conflict");
    expect((await reg.list("m")).length).toBe(1);
    expect((await reg.history("m")).filter((h) => h.action === "register")).toHaveLength(1);
  });

  it("fails a download when a stored byte was flipped, and leaves the target directory untouched", async () => {
    const reg = registry();
    await reg.register({ model: "m", path: await modelFile("model.bin", "abcdefgh") });
    const stored = path.join(root, "m/versions/1/files/model.bin");
    const bytes = await fs.readFile(stored);
    bytes[3] = bytes[3]! ^ 0x01;
    await fs.writeFile(stored, bytes);
    const out = path.join(dir, "out");
    const error = await errorOf(reg.download("m", 1, out));
    expect(error.code).toBe("integrity");
    expect(error.message).toMatch(/integrity check failed for model\.bin/);
    expect(await fs.readdir(out)).toEqual([]);
  });

  it("downloads a directory model with its layout and verified files", async () => {
    const reg = registry();
    await modelFile("saved/variables/data-0", "tensor bytes");
    await modelFile("saved/saved_model.pb", "graph");
    const result = await reg.register({ model: "tf", path: path.join(dir, "saved") });
    expect(result.version.files.map((f) => f.path)).toEqual(["saved_model.pb", "variables/data-0"]);
    const out = path.join(dir, "out");
    const d = await reg.download("tf", 1, out);
    expect(d.modelPath).toBe(path.resolve(out));
    expect(await fs.readFile(path.join(out, "variables/data-0"), "utf8")).toBe("tensor bytes");
    expect((await fs.readdir(out)).sort()).toEqual(["saved_model.pb", "variables"]);
  });

  it("refuses to extract a path that escapes the target, even from a tampered index", async () => {
    const reg = registry();
    await reg.register({ model: "m", path: await modelFile("model.bin", "x") });
    const indexFile = path.join(root, "m/index.json");
    const index = JSON.parse(await fs.readFile(indexFile, "utf8"));
    index.versions[0].document.files[0].path = "../../escaped.bin";
    await fs.writeFile(indexFile, JSON.stringify(index));
    const error = await errorOf(reg.download("m", 1, path.join(dir, "out")));
    expect(error.code).toBe("unsafe-path");
    await expect(fs.access(path.join(dir, "escaped.bin"))).rejects.toThrow();
  });

  it.each([["../x"], ["a/b"], ["$(rm -rf ~)"], ["x".repeat(101)], ["mоdel"], [""], ["-flag"], ["a..b"]])(
    "rejects the hostile model name %j before touching the disk",
    async (name) => {
      const reg = registry();
      const error = await errorOf(reg.register({ model: name, path: await modelFile("model.bin", "x") }));
      expect(error.code).toBe("model-name-invalid");
      await expect(fs.access(root)).rejects.toThrow();
    },
  );

  it.each([["Production"], ["../prod"], ["latest"], ["v3"], ["<b>x</b>"]])(
    "rejects the alias %j",
    async (alias) => {
      const reg = registry();
      const error = await errorOf(
        reg.register({ model: "m", path: await modelFile("model.bin", "x"), aliases: [alias] }),
      );
      expect(error.code).toBe("alias-invalid");
    },
  );

  it("names what exists when a model, version or alias is missing", async () => {
    const reg = registry();
    await reg.register({ model: "weather", path: await modelFile("model.bin", "x"), aliases: ["staging"] });
    expect((await errorOf(reg.get("rain", 1))).message).toBe(
      "model rain is not in the registry; models in the registry: weather",
    );
    expect((await errorOf(reg.get("weather", 4))).message).toBe(
      "model weather has no version 4: it has version 1 (aliases staging → v1)",
    );
    expect((await errorOf(reg.resolve("weather", "production"))).message).toBe(
      "model weather has no alias production: aliases staging → v1; it has version 1",
    );
    expect(await reg.resolve("weather", "production", { optional: true })).toBeNull();
    expect(await reg.resolve("rain", "production", { optional: true })).toBeNull();
  });

  it("moves aliases with compare-and-swap: of two moves expecting the same version, exactly one wins", async () => {
    const reg = registry();
    for (let i = 0; i < 3; i++)
      await reg.register({ model: "m", path: await modelFile(`m${i}.bin`, String(i)) });
    await reg.setAlias("m", "production", 1, { expected: null });
    const outcomes = await Promise.allSettled([
      reg.setAlias("m", "production", 2, { expected: 1 }),
      reg.setAlias("m", "production", 3, { expected: 1 }),
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
    const history = await reg.history("m");
    expect(history.map((h) => h.action)).toEqual([
      "register",
      "register",
      "register",
      "set-alias",
      "set-alias",
      "remove-alias",
    ]);
  });

  it("records the production version as the parent of a new version", async () => {
    const reg = registry();
    await reg.register({ model: "m", path: await modelFile("a.bin", "a"), aliases: ["production"] });
    const second = await reg.register({ model: "m", path: await modelFile("b.bin", "b") });
    expect(second.version.lineage.parentVersion).toBe(1);
  });

  it("recovers from a registration that crashed after storing files but before the index: numbers stay gapless", async () => {
    const reg = registry();
    await reg.register({ model: "m", path: await modelFile("a.bin", "a") });
    // What a crash between "rename staging → versions/2" and "write index" leaves behind.
    await fs.mkdir(path.join(root, "m/versions/2/files"), { recursive: true });
    await fs.writeFile(path.join(root, "m/versions/2/files/half.bin"), "partial");
    const logger = new MemoryLogger();
    const next = await registry(logger).register({ model: "m", path: await modelFile("b.bin", "b") });
    expect(next.version.number).toBe(2);
    expect(await fs.readdir(path.join(root, "m/versions/2/files"))).toEqual(["b.bin"]);
    expect(
      logger.entries.some((e) => e.level === "warning" && /interrupted registration/.test(e.message)),
    ).toBe(true);
  });

  it("breaks a lock whose owner process is dead, and one whose heartbeat is too old", async () => {
    const lockPath = path.join(dir, "m", ".lock");
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    await fs.mkdir(lockPath, { recursive: true });
    await fs.writeFile(
      path.join(lockPath, "owner.json"),
      JSON.stringify({
        pid: Number(dead.stdout.toString()),
        host: os.hostname(),
        token: "dead",
        acquired: "",
        purpose: "x",
      }),
    );
    const logger = new MemoryLogger();
    expect(await withLock(lockPath, async () => "got it", { logger, timeoutMs: 5_000 })).toBe("got it");
    expect(logger.entries.some((e) => /no longer running/.test(e.message))).toBe(true);

    await fs.mkdir(lockPath);
    await fs.writeFile(
      path.join(lockPath, "owner.json"),
      JSON.stringify({ pid: 1, host: "another-machine", token: "old", acquired: "", purpose: "x" }),
    );
    const old = new Date(Date.now() - 60_000);
    await fs.utimes(path.join(lockPath, "owner.json"), old, old);
    await fs.utimes(lockPath, old, old);
    expect(await withLock(lockPath, async () => "again", { logger, staleMs: 10_000, timeoutMs: 5_000 })).toBe(
      "again",
    );
    await expect(fs.access(lockPath)).rejects.toThrow();
  });

  it("waits for a live lock and times out with a message naming the holder", async () => {
    const lockPath = path.join(dir, ".lock");
    await withLock(lockPath, async () => {
      const error = await errorOf(withLock(lockPath, async () => 1, { timeoutMs: 300, staleMs: 10_000 }));
      expect(error.code).toBe("lock-timeout");
      expect(error.message).toContain(`held by pid ${process.pid}`);
    });
  });

  it("serialises concurrent registrations in one process", async () => {
    const reg = registry();
    const files = await Promise.all(Array.from({ length: 8 }, (_, i) => modelFile(`c${i}.bin`, `c${i}`)));
    const results = await Promise.all(files.map((f) => reg.register({ model: "c", path: f })));
    expect(results.map((r) => r.version.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("notices when its lock was broken while it stalled, and writes nothing", async () => {
    const lockPath = path.join(dir, "stall.lock");
    const error = await errorOf(
      withLock(lockPath, async (held) => {
        // Another process judged this holder dead and took the lock over.
        await fs.rename(lockPath, `${lockPath}.stolen`);
        await fs.mkdir(lockPath);
        await fs.writeFile(
          path.join(lockPath, "owner.json"),
          JSON.stringify({ pid: 1, host: "other", token: "theirs" }),
        );
        await held.assertHeld();
      }),
    );
    expect(error.message).toMatch(/lost the lock/);
    // The other holder's lock is left alone.
    expect(JSON.parse(await fs.readFile(path.join(lockPath, "owner.json"), "utf8")).token).toBe("theirs");
  });

  it("tolerates a torn last line in the audit log and keeps appending on a fresh line", async () => {
    const reg = registry();
    await reg.register({ model: "m", path: await modelFile("a.bin", "a") });
    await fs.appendFile(path.join(root, "m/audit.jsonl"), '{"at":"2026-');
    await reg.register({ model: "m", path: await modelFile("b.bin", "b") });
    expect((await reg.history("m")).map((h) => h.version)).toEqual([1, 2]);
  });
});
