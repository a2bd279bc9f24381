import { spawn } from "node:child_process";
import { existsSync, promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { deploymentStates, useCliDeployFixture } from "./cli-fixtures.js";

// `mlops deploy` as the built bundle (packages/cli/dist/index.js) in processes of its own: a
// SIGTERM that must stop the deploy command's process tree, and two deploys racing for one
// alias. A `*.bundle.test.ts` file: it runs in the bundled run (`npm run test:bundled`, after
// `npm test`), since it executes the bundle; the CLI's other deploy cases run in-process in
// cli.test.ts (npm test). Setup shared by both: cli-fixtures.ts.

const root = path.resolve(import.meta.dirname, "../..");
const cli = path.join(root, "packages/cli/dist/index.js");

const t = useCliDeployFixture();

/** `mlops deploy` of weather `version` to a command target, as the bundle, in the fixture's work dir. */
function deploy(version: string, command: string) {
  const args = [
    "deploy",
    "--model",
    "weather",
    "--version",
    version,
    "--target",
    "command",
    "--command",
    command,
  ];
  return spawn(process.execPath, [cli, ...args], {
    cwd: t.work,
    // The test run's TMPDIR (test/global-setup.ts): without RUNNER_TEMP the deploy downloads there.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

describe("mlops deploy cancelled", () => {
  it("on SIGTERM stops the deploy command's process tree, marks the deployment error and exits 143", async () => {
    const pidFile = path.join(t.work, "deploy.pid");
    const child = deploy("1", `sleep 30 & echo $! > "${pidFile}"; wait`);
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    const deadline = Date.now() + 20_000;
    while (!existsSync(pidFile) || !readFileSync(pidFile, "utf8").trim()) {
      if (Date.now() > deadline) throw new Error("the deploy command never started");
      await new Promise((r) => setTimeout(r, 50));
    }
    const sleeper = Number(readFileSync(pidFile, "utf8").trim());
    child.kill("SIGTERM");
    expect(await exited).toBe(143);
    expect(stderr).toContain(
      "deploy cancelled (SIGTERM): stopped 1 running command(s); marking deployment(s) local-",
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(running(sleeper)).toBe(false);
    expect(deploymentStates(t.work)).toEqual(["queued", "in_progress", "error"]);
  });
});

/** Running, not a zombie waiting for a non-reaping init. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
}

describe("two mlops deploy processes racing for one environment", () => {
  it("lets exactly one move the alias; the other fails loudly and leaves it alone", async () => {
    const registry = new LocalRegistry({ root: path.join(t.work, ".mlops/registry"), logger: silentLogger });
    const file = path.join(t.work, "build", "three", "model.json");
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify({ weights: "three" }));
    await registry.register({ model: "weather", path: file });
    await registry.setAlias("weather", "production", 1);
    // Both read production → 1 at once, then take three seconds in their targets, then compare-and-swap.
    const run = (version: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = deploy(version, "sleep 3");
        let stderr = "";
        child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
        child.on("exit", (code) => resolve({ code, stderr }));
      });
    const [a, b] = await Promise.all([run("2"), run("3")]);
    expect([a.code, b.code].sort()).toEqual([0, 1]);
    const loser = a.code === 1 ? a : b;
    const winner = a.code === 0 ? "2" : "3";
    expect(loser.stderr).toContain(
      `alias production was moved by another deploy while this one ran (expected version 1, found version ${winner})`,
    );
    expect(String((await registry.resolve("weather", "production")).number)).toBe(winner);
  });
});
