import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { MemoryLogger, silentLogger, type ConfigurationError } from "@mlops/core";
import { errorOf, modelFile as writeModelFile } from "@mlops/testkit";
import { LocalRegistry } from "./local-registry.js";
import { withLock } from "./lock.js";

let dir: string;
let root: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-local-registry-"));
  root = path.join(dir, "registry");
});

/** A model file under the test's directory. */
const modelFile = (name: string, content: string | Buffer) => writeModelFile(dir, name, content);

function registry(logger = silentLogger) {
  return new LocalRegistry({ root, logger });
}

describe("LocalRegistry", () => {
  // What every backend does (numbering, idempotency, aliases, verified downloads, messages) is
  // the registry contract (registry-contract.ts), run on this backend by
  // test/registry/contract-local.test.ts. Here: the directory layout, the lock, crash recovery.
  it("stores each version's document and files under versions/<n>", async () => {
    const reg = registry();
    await reg.register({ model: "weather", path: await modelFile("a/model.onnx", "v1") });
    const b = await reg.register({ model: "weather", path: await modelFile("b/model.onnx", "v2") });
    expect(b.version.files).toEqual([
      { path: "model.onnx", bytes: 2, sha256: createHash("sha256").update("v2").digest("hex") },
    ]);
    const stored = JSON.parse(
      await fs.readFile(path.join(root, "weather/versions/2/model-version.json"), "utf8"),
    );
    expect(stored.kind).toBe("mlops.model-version");
    expect(await fs.readFile(path.join(root, "weather/versions/2/files/model.onnx"), "utf8")).toBe("v2");
    expect((await fs.readdir(path.join(root, "weather"))).sort()).toEqual([
      ".staging",
      "audit.jsonl",
      "index.json",
      "versions",
    ]);
  });

  it("refuses to extract a path that escapes the target, even from a tampered index", async () => {
    const reg = registry();
    await reg.register({ model: "m", path: await modelFile("model.bin", "x") });
    const indexFile = path.join(root, "m/index.json");
    const index = JSON.parse(await fs.readFile(indexFile, "utf8"));
    index.versions[0].document.files[0].path = "../../escaped.bin";
    await fs.writeFile(indexFile, JSON.stringify(index));
    const error = await errorOf<ConfigurationError>(reg.download("m", 1, path.join(dir, "out")));
    expect(error.code).toBe("unsafe-path");
    await expect(fs.access(path.join(dir, "escaped.bin"))).rejects.toThrow();
  });

  it.each([["../x"], ["a/b"], ["$(rm -rf ~)"], ["x".repeat(101)], ["mоdel"], [""], ["-flag"], ["a..b"]])(
    "rejects the hostile model name %j before touching the disk",
    async (name) => {
      const reg = registry();
      const error = await errorOf<ConfigurationError>(
        reg.register({ model: name, path: await modelFile("model.bin", "x") }),
      );
      expect(error.code).toBe("model-name-invalid");
      await expect(fs.access(root)).rejects.toThrow();
    },
  );

  it.each([["Production"], ["../prod"], ["latest"], ["v3"], ["<b>x</b>"]])(
    "rejects the alias %j",
    async (alias) => {
      const reg = registry();
      const error = await errorOf<ConfigurationError>(
        reg.register({ model: "m", path: await modelFile("model.bin", "x"), aliases: [alias] }),
      );
      expect(error.code).toBe("alias-invalid");
    },
  );

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
      const error = await errorOf<ConfigurationError>(
        withLock(lockPath, async () => 1, { timeoutMs: 300, staleMs: 10_000 }),
      );
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
    const error = await errorOf<ConfigurationError>(
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
