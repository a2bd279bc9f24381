import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir } from "@mlops/testkit";

/*
 * `mlops train` (the bundled CLI) and the local run cache: unchanged inputs are a hit that runs
 * nothing; one changed byte of data, code or params is a miss.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "packages/cli/dist/index.js");
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

const env: Record<string, string> = {};
for (const [k, v] of Object.entries(process.env)) {
  if (v !== undefined && !/^(GITHUB_|RUNNER_|ACTIONS_|INPUT_)/.test(k)) env[k] = v;
}
Object.assign(env, {
  GIT_AUTHOR_NAME: "t",
  GIT_AUTHOR_EMAIL: "t@example.com",
  GIT_COMMITTER_NAME: "t",
  GIT_COMMITTER_EMAIL: "t@example.com",
});

function mlops(
  cwd: string,
  args: string[],
): { status: number; stdout: string; stderr: string; outputs: Record<string, string> } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: "utf8", timeout: 60_000 });
  const outputs: Record<string, string> = {};
  for (const line of r.stdout.split("\n")) {
    const m = /^([a-z-]+)=(.*)$/.exec(line);
    if (m) outputs[m[1]!] = m[2]!;
  }
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, outputs };
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync("git", args, { cwd, env, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
}

/** A small ML project; the command appends to a counter outside it, so we can see whether it ran. */
function project(): {
  dir: string;
  counter: string;
  train: (extra?: string[]) => ReturnType<typeof mlops>;
  runs: () => number;
} {
  const dir = tempDir("mlops-cli-train-");
  const counter = path.join(tempDir("mlops-cli-counter-"), "runs.txt");
  mkdirSync(path.join(dir, "data"));
  writeFileSync(path.join(dir, "data", "train.csv"), "x,y\n1,2\n2,4\n3,6\n");
  writeFileSync(path.join(dir, "params.yaml"), "lr: 0.1\nepochs: 3\n");
  writeFileSync(
    path.join(dir, "train.py"),
    `import json, os
p = json.load(open(os.environ["MLOPS_PARAMS"]))
rows = [l.split(",") for l in open("data/train.csv").read().splitlines()[1:]]
slope = sum(float(y) / float(x) for x, y in rows) / len(rows)
os.makedirs("out", exist_ok=True)
json.dump({"slope": slope, "lr": p["lr"]}, open("out/model.json", "w"))
print("::mlops metric mae=%s" % abs(slope - 2))
`,
  );
  writeFileSync(path.join(dir, ".gitignore"), "out/\n.mlops/\n*.log\n");
  const train = (extra: string[] = []) =>
    mlops(dir, [
      "train",
      ...extra,
      "--params",
      "params.yaml",
      "--data",
      "data/train.csv",
      "--model-path",
      "out/model.json",
      "--outputs",
      "--",
      "sh",
      "-c",
      `${PYTHON} train.py && echo ran >> ${counter}`,
    ]);
  const runs = () =>
    existsSync(counter) ? readFileSync(counter, "utf8").split("\n").filter(Boolean).length : 0;
  return { dir, counter, train, runs };
}

describe("mlops train and the local run cache", () => {
  it("in a git repository: a second run is a hit that executes nothing; one byte of data, code or params is a miss", () => {
    const p = project();
    git(p.dir, "init", "-q");
    git(p.dir, "add", ".");
    git(p.dir, "commit", "-q", "-m", "init");

    const first = p.train();
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.outputs["cache-hit"]).toBe("false");
    expect(p.runs()).toBe(1);
    const model = readFileSync(path.join(p.dir, "out/model.json"), "utf8");

    rmSync(path.join(p.dir, "out"), { recursive: true });
    const second = p.train();
    expect(second.status, second.stdout + second.stderr).toBe(0);
    expect(second.outputs["cache-hit"]).toBe("true");
    expect(second.outputs.fingerprint).toBe(first.outputs.fingerprint);
    expect(p.runs()).toBe(1);
    expect(readFileSync(path.join(p.dir, "out/model.json"), "utf8")).toBe(model);
    expect(JSON.parse(second.outputs.metrics!)).toEqual({ mae: 0 });

    // Ignored files do not count; git-status-style noise (a touched file) does not either.
    writeFileSync(path.join(p.dir, "debug.log"), "noise");
    writeFileSync(path.join(p.dir, "train.py"), readFileSync(path.join(p.dir, "train.py")));
    expect(p.train().outputs["cache-hit"]).toBe("true");

    const fingerprints = new Set([first.outputs.fingerprint]);
    const expectMiss = (what: string) => {
      const before = p.runs();
      const r = p.train();
      expect(r.status, `${what}: ${r.stdout}${r.stderr}`).toBe(0);
      expect(r.outputs["cache-hit"], what).toBe("false");
      expect(p.runs(), what).toBe(before + 1);
      expect(fingerprints.has(r.outputs.fingerprint!), what).toBe(false);
      fingerprints.add(r.outputs.fingerprint!);
    };

    writeFileSync(path.join(p.dir, "data/train.csv"), "x,y\n1,2\n2,4\n3,7\n"); // one byte
    expectMiss("data changed");
    appendFileSync(path.join(p.dir, "train.py"), "#\n"); // uncommitted code change
    expectMiss("code changed");
    writeFileSync(path.join(p.dir, "params.yaml"), "lr: 0.2\nepochs: 3\n"); // one byte
    expectMiss("params changed");
    writeFileSync(path.join(p.dir, "helper.py"), "X = 1\n"); // untracked, not ignored
    expectMiss("new untracked source file");
    expect(p.train().outputs["cache-hit"], "unchanged since the last miss").toBe("true");
    git(p.dir, "add", ".");
    git(p.dir, "commit", "-q", "-m", "wip");
    expect(p.train().outputs["cache-hit"], "committing unchanged content").toBe("true");
  });

  it("outside git the directory's files are the code", () => {
    const p = project();
    const first = p.train();
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(p.train().outputs["cache-hit"]).toBe("true");
    writeFileSync(
      path.join(p.dir, "train.py"),
      readFileSync(path.join(p.dir, "train.py"), "utf8").replace("2))", "2.0))"),
    );
    const changed = p.train();
    expect(changed.outputs["cache-hit"]).toBe("false");
    expect(p.runs()).toBe(2);
    // --no-cache runs regardless.
    // --no-cache runs even though an entry for exactly these inputs exists.
    const forced = p.train(["--no-cache"]);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.outputs["cache-hit"]).toBe("false");
    expect(forced.outputs.fingerprint).toBe(changed.outputs.fingerprint);
    expect(p.runs()).toBe(3);
  });

  it("a failing command ends mlops with its exit code; a bad input is a one-line error", () => {
    const dir = tempDir("mlops-cli-fail-");
    const failed = mlops(dir, ["train", "--command", "exit 7"]);
    expect(failed.status).toBe(7);
    expect(failed.stderr).toMatch(/the command failed with exit code 7/);
    const bad = mlops(dir, ["train", "--command", "true", "--timeout-minutes", "soon"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe(`mlops: input 'timeout-minutes': expected a number, found "soon"`);
  });
});
