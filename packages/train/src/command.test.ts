import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { alive } from "@mlops/testkit";
import { runShellCommand, type ShellRunOptions } from "./command.js";

const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-cmd-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** SIGKILL is delivered asynchronously: a killed process may still be scheduled for a moment. */
async function gone(pid: number, boundMs = 30_000): Promise<boolean> {
  const until = Date.now() + boundMs;
  while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return !alive(pid);
}

function run(command: string, extra: Partial<ShellRunOptions> = {}) {
  const out: Buffer[] = [];
  return runShellCommand({
    command,
    cwd: dir,
    env: process.env,
    timeoutMs: Infinity,
    killGraceMs: 300,
    tempDir: dir,
    onStdout: (c) => out.push(c),
    onStderr: (c) => out.push(c),
    ...extra,
  }).then((r) => ({ ...r, output: Buffer.concat(out).toString("utf8") }));
}

describe.skipIf(process.platform !== "linux")("running the command like a run: step with shell: bash", () => {
  it("uses bash -eo pipefail: a failing stage of a pipeline fails the command", async () => {
    const r = await run("false | cat\necho not reached");
    expect(r.exitCode).toBe(1);
    expect(r.output).not.toContain("not reached");
  });

  it("reports a death by signal as 128 + its number", async () => {
    const r = await run("kill -KILL $$");
    expect(r.exitCode).toBe(137);
    expect(r.signal).toBe("SIGKILL");
  });

  it("on timeout kills the tree, escalating to SIGKILL for processes that ignore SIGTERM", async () => {
    const started = Date.now();
    const r = await run(`trap '' TERM\n(trap '' TERM; sleep 300) &\necho "gc=$!"\nsleep 300`, {
      timeoutMs: 400,
    });
    expect(r.timedOut).toBe(true);
    const gc = Number(/gc=(\d+)/.exec(r.output)![1]);
    expect(await gone(gc)).toBe(true);
    // A hang bound only: the shell and its grandchild would sleep 300 s.
    expect(Date.now() - started).toBeLessThan(150_000);
  });

  it("takes a timeout longer than setTimeout can hold without firing early", async () => {
    const r = await run("sleep 0.2", { timeoutMs: 60 * 24 * 60 * 60_000 });
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(0);
  });

  it("forwards SIGTERM sent to this process (a cancelled workflow) to the whole tree", async () => {
    const pending = run(`sleep 300 &\necho "bg=$!"\nsleep 300`);
    setTimeout(() => process.kill(process.pid, "SIGTERM"), 500);
    const r = await pending;
    expect(r.interrupted).toBe("SIGTERM");
    expect(r.exitCode).toBe(143);
    expect(await gone(Number(/bg=(\d+)/.exec(r.output)![1]))).toBe(true);
  });

  it("after a normal exit, stops what the command left running in its process group", async () => {
    const r = await run(`sleep 300 &\necho "bg=$!"\nexit 0`);
    expect(r.exitCode).toBe(0);
    expect(await gone(Number(/bg=(\d+)/.exec(r.output)![1]))).toBe(true);
  });

  it("measures the tree's CPU time exactly and its peak memory by sampling", async () => {
    const r = await run(
      `${PYTHON} -c "
import time
b = bytearray(120 * 1024 * 1024)
for i in range(0, len(b), 4096): b[i] = 1
t = time.process_time()
while time.process_time() - t < 0.3: pass
"`,
    );
    expect(r.exitCode).toBe(0);
    expect(r.resources!.peakRssBytes!).toBeGreaterThan(120 * 1024 * 1024);
    expect(r.resources!.peakRssBytes!).toBeLessThan(400 * 1024 * 1024);
    expect(r.resources!.cpuUserMs! + r.resources!.cpuSystemMs!).toBeGreaterThanOrEqual(300);
  });

  it("says when the working directory cannot be entered", async () => {
    await expect(run("true", { cwd: path.join(dir, "missing") })).rejects.toThrow(
      /working-directory .*missing: not a directory/,
    );
  });
});
