import { spawn, type ChildProcess } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { silentLogger, type ConfigurationError } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { buildEntry, errorOf } from "@mlops/testkit";
import { LOCK_STALE_ENV, withLock } from "../../packages/registry/src/lock.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../..");
// The registrant, built once from the current sources (node <file>, not the tsx loader at every start).
let child: string;
beforeAll(async () => {
  child = await buildEntry(path.join(here, "fixtures/register-child.ts"));
});

// Registrants still running when a test ends (it failed or timed out while one was stopped):
// killed, so no stopped process outlives the test.
const live = new Set<ChildProcess>();
afterEach(() => {
  for (const proc of live) proc.kill("SIGKILL");
  live.clear();
});

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(
  args: string[],
  env: NodeJS.ProcessEnv,
): { proc: ChildProcess; exit: Promise<Exit>; line: (text: string) => Promise<void> } {
  const proc = spawn(process.execPath, [child, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  live.add(proc);
  let stdout = "";
  let stderr = "";
  const waiters: { text: string; resolve: () => void }[] = [];
  proc.stdout!.on("data", (d) => {
    stdout += d;
    for (const w of waiters.splice(0)) {
      if (stdout.split("\n").includes(w.text)) w.resolve();
      else waiters.push(w);
    }
  });
  proc.stderr!.on("data", (d) => (stderr += d));
  const exit = new Promise<Exit>((resolve, reject) => {
    proc.on("error", reject);
    proc.on("close", (code) => {
      live.delete(proc);
      resolve({ code, stdout, stderr });
    });
  });
  const line = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (stdout.split("\n").includes(text)) return resolve();
      waiters.push({ text, resolve });
      void exit.then((e) => reject(new Error(`exited (${e.code}) before printing ${text}: ${e.stderr}`)));
    });
  return { proc, exit, line };
}

/** Resolves once the process is in the stopped state (T in /proc/<pid>/stat); throws if it ended. */
async function stopped(pid: number): Promise<void> {
  for (;;) {
    const stat = await fs.readFile(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    if (state === "T") return;
    if (state === "Z" || state === "X") throw new Error(`process ${pid} ended instead of stopping`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe.skipIf(process.platform !== "linux")(
  "local registry: a lock holder that stalls past the stale time",
  () => {
    it("cannot publish after its lock was broken: the other registrant's version stays intact", async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-lock-fence-"));
      const root = path.join(dir, "registry");
      const registry = new LocalRegistry({ root, logger: silentLogger });
      const file = async (name: string, content: string) => {
        const p = path.join(dir, name);
        await fs.writeFile(p, content);
        return p;
      };
      await registry.register({ model: "weather", path: await file("v1.bin", "weights v1") });
      const env = { [LOCK_STALE_ENV]: "400" };

      // A decides on version 2, then stops right before the rename that would publish its index.
      const a = start([root, await file("a.bin", "weights of A"), "pause-before-index-rename"], env);
      await a.line("PAUSED");
      await stopped(a.proc.pid!);
      try {
        // B finds A's lock without a heartbeat, breaks it and registers version 2.
        const b = start([root, await file("b.bin", "weights of B")], env);
        const bExit = await b.exit;
        expect(bExit.code, bExit.stderr).toBe(0);
        expect(JSON.parse(bExit.stdout)).toEqual({ version: 2, created: true });
      } finally {
        a.proc.kill("SIGCONT");
      }
      // A wakes up: its publication fails with lock-lost, and it says so.
      const aExit = await a.exit;
      expect(aExit.code).toBe(1);
      const failure = JSON.parse(aExit.stderr.trim().split("\n").at(-1)!) as {
        code: string;
        message: string;
      };
      expect(failure.code).toBe("lock-lost");
      expect(failure.message).toMatch(/lost the lock .*nothing was written by this process/);

      // The registry holds B's version 2, which downloads and verifies; the audit log names v2 once.
      const versions = await registry.list("weather");
      expect(versions.map((v) => v.number)).toEqual([1, 2]);
      const out = await registry.download("weather", 2, path.join(dir, "out"));
      expect(await fs.readFile(out.modelPath, "utf8")).toBe("weights of B");
      const history = await registry.history("weather");
      expect(history.filter((h) => h.action === "register").map((h) => h.version)).toEqual([1, 2]);
      // Nothing of A's is left: no lock, no staged index.
      const entries = await fs.readdir(path.join(root, "weather"));
      expect(entries.filter((e) => e.includes("lock"))).toEqual([]);
    });

    it("that published its index but not its audit entry: the next writer logs it, in order, once", async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-lock-fence-audit-"));
      const root = path.join(dir, "registry");
      const registry = new LocalRegistry({ root, logger: silentLogger });
      const file = async (name: string, content: string) => {
        const p = path.join(dir, name);
        await fs.writeFile(p, content);
        return p;
      };
      await registry.register({ model: "weather", path: await file("v1.bin", "weights v1") });
      const env = { [LOCK_STALE_ENV]: "400" };

      // A publishes version 2's index, then stops before it writes its audit line.
      const a = start([root, await file("a.bin", "weights of A"), "pause-after-index-rename"], env);
      await a.line("PAUSED");
      await stopped(a.proc.pid!);
      try {
        // Already visible: the audit log shows A's pending entry.
        expect((await registry.history("weather")).map((h) => h.version)).toEqual([1, 2]);
        // B breaks A's lock, logs A's v2 first, then registers and logs v3.
        const b = start([root, await file("b.bin", "weights of B")], env);
        const bExit = await b.exit;
        expect(bExit.code, bExit.stderr).toBe(0);
        expect(JSON.parse(bExit.stdout)).toEqual({ version: 3, created: true });
      } finally {
        a.proc.kill("SIGCONT");
      }
      // A wakes up: its version 2 exists, so it succeeds, and appends nothing out of order.
      const aExit = await a.exit;
      expect(aExit.code, aExit.stderr).toBe(0);
      expect(JSON.parse(aExit.stdout.trim().split("\n").at(-1)!)).toEqual({ version: 2, created: true });

      const history = await registry.history("weather");
      expect(history.map((h) => `${h.action} v${h.version}`)).toEqual([
        "register v1",
        "register v2",
        "register v3",
      ]);
      const raw = await fs.readFile(path.join(root, "weather", "audit.jsonl"), "utf8");
      expect(raw.trim().split("\n")).toHaveLength(3);
      for (const [n, content] of [
        [2, "weights of A"],
        [3, "weights of B"],
      ] as const) {
        const out = await registry.download("weather", n, path.join(dir, `out${n}`));
        expect(await fs.readFile(out.modelPath, "utf8")).toBe(content);
      }
      const entries = await fs.readdir(path.join(root, "weather"));
      expect(entries.filter((e) => e.includes("lock") || e.startsWith("audit.pending"))).toEqual([]);
    });
  },
);

describe("writeFenced", () => {
  it("refuses to publish once the lock directory was taken away, and leaves the target alone", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-lock-fence-unit-"));
    const lockPath = path.join(dir, ".lock");
    const target = path.join(dir, "index.json");
    await fs.writeFile(target, "old");
    const error = await errorOf<ConfigurationError>(
      withLock(lockPath, async (held) => {
        // What breaking a stale lock does: the lock directory is renamed away, another takes it.
        await fs.rename(lockPath, `${lockPath}.stale`);
        await fs.mkdir(lockPath);
        await held.writeFenced(target, "new");
      }),
    );
    expect(error.code).toBe("lock-lost");
    expect(await fs.readFile(target, "utf8")).toBe("old");
  });

  it("runs the re-check right before the rename and writes nothing when it throws", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-lock-fence-unit-"));
    const target = path.join(dir, "index.json");
    await fs.writeFile(target, "old");
    await expect(
      withLock(path.join(dir, ".lock"), async (held) => {
        await held.writeFenced(target, "new", async () => {
          throw new Error("index changed");
        });
      }),
    ).rejects.toThrow("index changed");
    expect(await fs.readFile(target, "utf8")).toBe("old");
    expect(await fs.readdir(dir)).toEqual(["index.json"]);
    await withLock(path.join(dir, ".lock"), (held) => held.writeFenced(target, "new"));
    expect(await fs.readFile(target, "utf8")).toBe("new");
  });
});
