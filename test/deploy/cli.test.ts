import { spawn } from "node:child_process";
import { existsSync, promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { runMlops, type MlopsResult } from "@mlops/testkit";

// `mlops deploy` on a laptop: the CLI (in-process, then the built bundle for a signal and a race), the local registry, the directory target.
const root = path.resolve(import.meta.dirname, "../..");
const cli = path.join(root, "packages/cli/dist/index.js");

let work: string;

beforeEach(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-cli-deploy-"));
  const registry = new LocalRegistry({ root: path.join(work, ".mlops/registry"), logger: silentLogger });
  for (const v of ["one", "two"]) {
    const file = path.join(work, "build", v, "model.json");
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify({ weights: v }));
    await registry.register({ model: "weather", path: file });
  }
});

/** `mlops` in-process; the bundle runs below, where a signal or a race needs its own process. */
function mlops(...args: string[]): Promise<MlopsResult> {
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" };
  return runMlops(args, { cwd: work, env, mode: "source" });
}

const served = (env = "production") =>
  readFileSync(path.join(work, ".mlops/serving/weather", env, "current/model.json"), "utf8");

describe("mlops deploy", () => {
  it("deploys into .mlops/serving/<model>/<environment> and moves the alias", async () => {
    const r = await mlops(
      "deploy",
      "--model",
      "weather",
      "--version",
      "1",
      "--health-check-command",
      'test -s "$MODEL_PATH"',
      "--health-check-interval-seconds",
      "0",
      "--outputs",
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ version: "1", "previous-version": "", "rolled-back": "false" });
    expect(r.outputs["deployment-id"]).toMatch(/^local-/);
    expect(served()).toBe('{"weights":"one"}');
    expect(r.stdout).toContain("alias production → version 1 (first deploy)");
    const log = readFileSync(path.join(work, ".mlops/registry/.deployments/weather.jsonl"), "utf8");
    const states = log
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { event: string; state?: string })
      .filter((e) => e.event === "status")
      .map((e) => e.state);
    expect(states).toEqual(["queued", "in_progress", "success"]);
  });

  it("rolls back an unhealthy version, exits 1 and says what happened", async () => {
    expect((await mlops("deploy", "--model", "weather", "--version", "1")).status).toBe(0);
    const check = "grep -q one .mlops/serving/weather/production/current/model.json";
    const r = await mlops(
      "deploy",
      "--model",
      "weather",
      "--version",
      "2",
      "--health-check-command",
      check,
      "--health-check-interval-seconds",
      "0",
      "--outputs",
    );
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ version: "2", "previous-version": "1", "rolled-back": "true" });
    expect(r.stderr).toMatch(
      /^mlops: deploy of weather version 2 to production failed: health check command/,
    );
    expect(r.stderr).toContain(
      "Rolled back: version 1 was redeployed through the directory target and is healthy (3/3 checks)",
    );
    expect(r.stderr).toContain("alias production was not moved (still version 1)");
    expect(served()).toBe('{"weights":"one"}');
  });

  it("takes defaults from mlops.yml's deploy section; flags win", async () => {
    await fs.writeFile(
      path.join(work, "mlops.yml"),
      "model: weather\ndeploy:\n  environment: staging\n  directory: serve/staging\n  health-check-count: 1\n",
    );
    const r = await mlops("deploy", "--alias", "latest", "--outputs");
    expect(r.status).toBe(0);
    expect(r.outputs.version).toBe("2");
    expect(readFileSync(path.join(work, "serve/staging/current/model.json"), "utf8")).toBe(
      '{"weights":"two"}',
    );
    const r2 = await mlops("deploy", "--version", "1", "--directory", "serve/other");
    expect(r2.status).toBe(0);
    expect(readFileSync(path.join(work, "serve/other/current/model.json"), "utf8")).toBe('{"weights":"one"}');
  });

  it("names the versions that exist when asked for one that does not", async () => {
    const r = await mlops("deploy", "--model", "weather", "--version", "9");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^mlops: .*weather.*9.*versions 1\.\.2/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects bad input with the input's name", async () => {
    expect((await mlops("deploy", "--model", "weather")).stderr).toContain(
      "input 'version' or 'alias' is required",
    );
    expect((await mlops("deploy", "--model", "../etc", "--version", "1")).stderr).toContain(
      'model name "../etc" is not valid',
    );
    expect(
      (await mlops("deploy", "--model", "weather", "--version", "1", "--target", "ftp")).stderr,
    ).toContain("input 'target': expected one of 'command', 'http', 'directory', found \"ftp\"");
    expect(
      (await mlops("deploy", "--model", "weather", "--version", "1", "--health-check-count", "0")).stderr,
    ).toContain("input 'health-check-count': expected an integer ≥ 1, found 0");
  });
});

describe("mlops deploy cancelled", () => {
  it("on SIGTERM stops the deploy command's process tree, marks the deployment error and exits 143", async () => {
    const pidFile = path.join(work, "deploy.pid");
    const child = spawn(
      process.execPath,
      [
        cli,
        "deploy",
        "--model",
        "weather",
        "--version",
        "1",
        "--target",
        "command",
        "--command",
        `sleep 30 & echo $! > "${pidFile}"; wait`,
      ],
      {
        cwd: work,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
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
    const log = readFileSync(path.join(work, ".mlops/registry/.deployments/weather.jsonl"), "utf8");
    const states = log
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { event: string; state?: string })
      .filter((e) => e.event === "status")
      .map((e) => e.state);
    expect(states).toEqual(["queued", "in_progress", "error"]);
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
    const registry = new LocalRegistry({ root: path.join(work, ".mlops/registry"), logger: silentLogger });
    const file = path.join(work, "build", "three", "model.json");
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, JSON.stringify({ weights: "three" }));
    await registry.register({ model: "weather", path: file });
    await registry.setAlias("weather", "production", 1);
    // Both read production → 1 at once, then take three seconds in their targets, then compare-and-swap.
    const run = (version: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            cli,
            "deploy",
            "--model",
            "weather",
            "--version",
            version,
            "--target",
            "command",
            "--command",
            "sleep 3",
          ],
          {
            cwd: work,
            env: { PATH: process.env.PATH, HOME: process.env.HOME },
            stdio: ["ignore", "ignore", "pipe"],
          },
        );
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
