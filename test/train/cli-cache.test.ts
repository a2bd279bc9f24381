import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RunRecord } from "@mlops/core";
import { runMlops, tempDir, type MlopsResult } from "@mlops/testkit";

/*
 * `mlops train` (in-process; test/cli runs the bundle) and the local run cache: unchanged inputs are a hit that runs
 * nothing; one changed byte of data, code or params is a miss.
 */

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

/** `mlops` in-process (the bundled CLI runs in test/cli): unchanged inputs must run nothing. */
function mlops(cwd: string, args: string[]): Promise<MlopsResult> {
  return runMlops(args, { cwd, env, mode: "source" });
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync("git", args, { cwd, env, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
}

/** A small ML project; the command appends to a counter outside it, so we can see whether it ran. */
function project(): {
  dir: string;
  counter: string;
  train: (extra?: string[]) => Promise<MlopsResult>;
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
  it("in a git repository: a second run is a hit that executes nothing; one byte of data, code or params is a miss", async () => {
    const p = project();
    git(p.dir, "init", "-q");
    git(p.dir, "add", ".");
    git(p.dir, "commit", "-q", "-m", "init");

    const first = await p.train();
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.outputs["cache-hit"]).toBe("false");
    expect(p.runs()).toBe(1);
    const model = readFileSync(path.join(p.dir, "out/model.json"), "utf8");

    rmSync(path.join(p.dir, "out"), { recursive: true });
    // Ignored files do not count; git-status-style noise (a touched file) does not either.
    writeFileSync(path.join(p.dir, "debug.log"), "noise");
    writeFileSync(path.join(p.dir, "train.py"), readFileSync(path.join(p.dir, "train.py")));
    const second = await p.train();
    expect(second.status, second.stdout + second.stderr).toBe(0);
    expect(second.outputs["cache-hit"], "unchanged but for an ignored file and a touched one").toBe("true");
    expect(second.outputs.fingerprint).toBe(first.outputs.fingerprint);
    expect(p.runs()).toBe(1);
    expect(readFileSync(path.join(p.dir, "out/model.json"), "utf8")).toBe(model);
    expect(JSON.parse(second.outputs.metrics!)).toEqual({ mae: 0 });

    const fingerprints = new Set([first.outputs.fingerprint]);
    const expectMiss = async (what: string) => {
      const before = p.runs();
      const r = await p.train();
      expect(r.status, `${what}: ${r.stdout}${r.stderr}`).toBe(0);
      expect(r.outputs["cache-hit"], what).toBe("false");
      expect(p.runs(), what).toBe(before + 1);
      expect(fingerprints.has(r.outputs.fingerprint!), what).toBe(false);
      fingerprints.add(r.outputs.fingerprint!);
    };

    writeFileSync(path.join(p.dir, "data/train.csv"), "x,y\n1,2\n2,4\n3,7\n"); // one byte
    await expectMiss("data changed");
    appendFileSync(path.join(p.dir, "train.py"), "#\n"); // uncommitted code change
    await expectMiss("code changed");
    writeFileSync(path.join(p.dir, "params.yaml"), "lr: 0.2\nepochs: 3\n"); // one byte
    await expectMiss("params changed");
    // Untracked files are not code (a trainer's side files must not miss): the log names them.
    writeFileSync(path.join(p.dir, "helper.py"), "X = 1\n");
    const untracked = await p.train();
    expect(untracked.outputs["cache-hit"], "an untracked file").toBe("true");
    expect(untracked.stdout).toContain("code: 1 untracked file not counted (helper.py)");
    git(p.dir, "add", "helper.py"); // staged: now it is code
    await expectMiss("a new file added to git");
    // The entry the last miss stored is found again, also once that content is committed.
    git(p.dir, "add", ".");
    git(p.dir, "commit", "-q", "-m", "wip");
    const committed = await p.train();
    expect(committed.outputs["cache-hit"], "committing unchanged content since the last miss").toBe("true");
    expect(committed.outputs.fingerprint).toBe([...fingerprints].at(-1));
  });

  it("a failing command ends mlops with its exit code; a bad input is a one-line error", async () => {
    const dir = tempDir("mlops-cli-fail-");
    const failed = await mlops(dir, ["train", "--command", "exit 7"]);
    expect(failed.status).toBe(7);
    expect(failed.stderr).toMatch(/the command failed with exit code 7/);
    const bad = await mlops(dir, ["train", "--command", "true", "--timeout-minutes", "soon"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe(`mlops: input 'timeout-minutes': expected a number, found "soon"`);
  });
});

/*
 * A Node trainer that, like real ones, leaves side files beside its code: out.calls (one line a
 * run, so it also counts the runs), mlruns/<id>/, wandb/run-<id>/, checkpoints/ and train.log.
 */
const TRAINER = `import fs from "node:fs";
import { randomBytes } from "node:crypto";
const rows = fs.readFileSync("data/train.csv", "utf8").trim().split("\\n").slice(1);
fs.mkdirSync("out", { recursive: true });
fs.writeFileSync("out/model.json", JSON.stringify({ rows: rows.length }));
const id = randomBytes(4).toString("hex");
fs.appendFileSync("out.calls", "ran " + id + "\\n");
for (const d of ["mlruns/0/" + id, "wandb/run-" + id, "checkpoints"]) fs.mkdirSync(d, { recursive: true });
fs.writeFileSync("mlruns/0/" + id + "/meta.yaml", "run_id: " + id + "\\n");
fs.writeFileSync("wandb/run-" + id + "/output.log", id);
fs.writeFileSync("checkpoints/epoch-1.ckpt", randomBytes(16));
fs.appendFileSync("train.log", "loss 0.1 " + id + "\\n");
console.log("::mlops metric rows=" + rows.length);
`;

function nodeProject(dir: string): {
  dir: string;
  train: (extra?: string[]) => Promise<MlopsResult>;
  runs: () => number;
  edit: (file: string, text: string) => void;
} {
  mkdirSync(path.join(dir, "data"), { recursive: true });
  writeFileSync(path.join(dir, "data", "train.csv"), "x,y\n1,2\n2,4\n");
  writeFileSync(path.join(dir, "train.mjs"), TRAINER);
  writeFileSync(path.join(dir, "README.md"), "# a model\n");
  return {
    dir,
    train: (extra = []) =>
      mlops(dir, [
        "train",
        "--data",
        "data/train.csv",
        "--model-path",
        "out/model.json",
        "--outputs",
        ...extra,
        "--",
        process.execPath,
        "train.mjs",
      ]),
    runs: () => {
      const calls = path.join(dir, "out.calls");
      return existsSync(calls) ? readFileSync(calls, "utf8").split("\n").filter(Boolean).length : 0;
    },
    edit: (file, text) => writeFileSync(path.join(dir, file), text),
  };
}

function readRecord(dir: string, outputs: Record<string, string>): RunRecord {
  return JSON.parse(readFileSync(path.join(dir, outputs["run-record"]!), "utf8")) as RunRecord;
}

describe("a run cache that skips only what truly did not change", () => {
  it("in a directory git ignores (the demo's .mlops/demo): the directory is the code, the log says so; editing train.mjs misses, the trainer's side files do not", async () => {
    const repo = tempDir("mlops-ignored-");
    writeFileSync(path.join(repo, ".gitignore"), ".mlops/\n");
    writeFileSync(path.join(repo, "README.md"), "repo\n");
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "init");
    const p = nodeProject(path.join(repo, ".mlops", "demo"));

    const first = await p.train();
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.outputs["cache-hit"]).toBe("false");
    expect(first.stdout).toContain(
      "code: git ignores the working directory, so the code is every file of the working directory (2 files)",
    );
    expect(first.stdout).not.toMatch(/0 code files/);
    expect(readRecord(p.dir, first.outputs).fingerprintInputs!.code).toMatchObject({
      source: "directory",
      reason: "git ignores the working directory",
      files: [
        { path: "README.md", digest: expect.stringMatching(/^100644 sha256:[0-9a-f]{64}$/) },
        { path: "train.mjs", digest: expect.stringMatching(/^100644 sha256:[0-9a-f]{64}$/) },
      ],
    });

    const second = await p.train();
    expect(second.outputs["cache-hit"], second.stdout).toBe("true");
    expect(p.runs()).toBe(1);
    expect(second.stdout).toContain(
      "what the command created in earlier runs (checkpoints/, out.calls, train.log)",
    );

    p.edit("train.mjs", TRAINER + "// a better model\n");
    const edited = await p.train();
    expect(edited.outputs["cache-hit"], "train.mjs edited").toBe("false");
    expect(edited.stdout).toMatch(
      /run cache: miss; running the command\. Nearest entry \(run \S+, of 1 entry\) differs in code: train\.mjs changed/,
    );
    expect(p.runs()).toBe(2);

    p.edit("helper.mjs", "export const x = 1;\n");
    const added = await p.train();
    expect(added.outputs["cache-hit"], "a new source file").toBe("false");
    expect(added.stdout).toContain("differs in code: helper.mjs added");
    expect(p.runs()).toBe(3);
  });

  it("outside git: a trainer that writes side files hits on its second run; --explain-cache says why a run would miss and runs nothing", async () => {
    const p = nodeProject(tempDir("mlops-nogit-"));
    const first = await p.train();
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain("code: the working directory is not inside a git repository");
    expect(first.stdout).toContain("run cache: miss (no entry in .mlops/cache to compare with)");
    const second = await p.train();
    expect(second.outputs["cache-hit"], second.stdout).toBe("true");
    expect(second.stdout).toMatch(
      /run cache: hit: command, params, 1 data path, 2 code files, 0 lock files and outputs are those of run \S+/,
    );
    expect(p.runs()).toBe(1);
    expect(JSON.parse(readFileSync(path.join(p.dir, ".mlops/cache/written.json"), "utf8"))).toEqual({
      ".": ["checkpoints/", "out.calls", "train.log"], // mlruns/ and wandb/ are never code
    });

    const same = await p.train(["--explain-cache"]);
    expect(same.status, same.stderr).toBe(0);
    expect(same.outputs).toMatchObject({ "cache-hit": "true", fingerprint: first.outputs.fingerprint });
    expect(same.stdout).toContain("run cache: would hit");

    p.edit("train.mjs", TRAINER.replace("rows.length }", "rows.length, v: 2 }"));
    p.edit("data/train.csv", "x,y\n1,2\n2,4\n3,6\n");
    const explained = await p.train(["--explain-cache"]);
    expect(explained.status, explained.stderr).toBe(0);
    expect(explained.outputs["cache-hit"]).toBe("false");
    expect(explained.stdout).toMatch(/^ {2}command: .*train\.mjs$/m);
    expect(explained.stdout).toMatch(/^ {4}train\.mjs 100644 sha256:[0-9a-f]{64}$/m);
    expect(explained.stdout).toMatch(/^ {4}left out \(the command created it\): out\.calls$/m);
    expect(explained.stdout).toMatch(
      /run cache: would miss: the nearest entry \(run \S+, fingerprint [0-9a-f]{12}\) differs in:\n {2}data:\n {4}data\/train\.csv changed\n {2}code:\n {4}train\.mjs changed/,
    );
    expect(p.runs(), "--explain-cache runs nothing").toBe(1);
    // Outside git the directory's files are the code: the edited train.mjs misses.
    const changed = await p.train();
    expect(changed.outputs["cache-hit"]).toBe("false");
    expect(changed.stdout).toMatch(/differs in (data: data\/train\.csv changed; )?code: train\.mjs changed/);
    expect(p.runs()).toBe(2);
    // --no-cache runs even though an entry for exactly these inputs exists.
    const forced = await p.train(["--no-cache"]);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.outputs["cache-hit"]).toBe("false");
    expect(forced.outputs.fingerprint).toBe(changed.outputs.fingerprint);
    expect(p.runs()).toBe(3);
  });

  it("in a git repository the trainer's untracked side files never miss the cache", async () => {
    const p = nodeProject(tempDir("mlops-git-side-"));
    git(p.dir, "init", "-q");
    git(p.dir, "add", ".");
    git(p.dir, "commit", "-q", "-m", "init");
    expect((await p.train()).outputs["cache-hit"]).toBe("false");
    const second = await p.train();
    expect(second.outputs["cache-hit"], second.stdout).toBe("true");
    expect(second.stdout).toMatch(
      /code: 5 untracked files not counted \(checkpoints\/epoch-1\.ckpt, mlruns\/0\/\w+\/meta\.yaml, out\.calls, train\.log, wandb\/run-\w+\/output\.log\)/,
    );
    expect(p.runs()).toBe(1);
    const record = readRecord(p.dir, second.outputs);
    expect(record.fingerprintInputs!.code.source).toBe("git");
    expect(record.fingerprintInputs!.code.files.map((f) => f.path)).toEqual(["README.md", "train.mjs"]);
  });

  it("declared code (--code, train.code) is exactly what counts; a pattern that matches nothing is an error", async () => {
    const p = nodeProject(tempDir("mlops-declared-"));
    mkdirSync(path.join(p.dir, "lib"));
    p.edit("lib/features.mjs", "export const f = 1;\n");
    const code = ["--code", "train.mjs", "lib/**/*.mjs"];
    const first = await p.train(code);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(readRecord(p.dir, first.outputs).fingerprintInputs!.code.files.map((f) => f.path)).toEqual([
      "lib/features.mjs",
      "train.mjs",
    ]);
    p.edit("README.md", "# a model, documented\n");
    expect((await p.train(code)).outputs["cache-hit"], "README.md is not declared").toBe("true");
    p.edit("lib/features.mjs", "export const f = 2;\n");
    const changed = await p.train(code);
    expect(changed.outputs["cache-hit"]).toBe("false");
    expect(changed.stdout).toContain("differs in code: lib/features.mjs changed");
    // The same through mlops.yml.
    writeFileSync(path.join(p.dir, "mlops.yml"), "train:\n  code: [train.mjs, lib/**/*.mjs]\n");
    expect((await p.train()).outputs["cache-hit"], "train.code in mlops.yml").toBe("true");

    const none = await p.train(["--code", "src/**/*.py"]);
    expect(none.status).toBe(1);
    expect(none.stderr.trim()).toBe(
      `mlops: input 'code': src/**/*.py matches no file in ${p.dir} other than the step's outputs and data (code paths and globs are relative to the working directory)`,
    );
  });

  it("the project's lock files are components, also above the working directory; flags take the action's values (--cache true|false); a command given twice is an error that says which to keep", async () => {
    const ws = tempDir("mlops-locks-");
    writeFileSync(path.join(ws, "requirements.txt"), "scikit-learn==1.5.0\n");
    writeFileSync(path.join(ws, "package-lock.json"), "{}\n");
    const p = nodeProject(path.join(ws, "ml"));
    const common = [
      "train",
      "--working-directory",
      "ml",
      "--data",
      "data/train.csv",
      "--model-path",
      "out/model.json",
      "--outputs",
    ];
    const train = (extra: string[] = []) =>
      mlops(ws, [...common, ...extra, "--", process.execPath, "train.mjs"]);
    const first = await train(["--cache", "true"]);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.outputs["cache-hit"]).toBe("false");
    expect(first.stdout).toContain("2 lock files)");
    expect(readRecord(ws, first.outputs).fingerprintInputs!.locks.map((l) => l.path)).toEqual([
      "package-lock.json",
      "requirements.txt",
    ]);
    // --cache true takes its value (not the first word of the command): the cache is on.
    expect((await train(["--cache", "true"])).outputs["cache-hit"]).toBe("true");
    writeFileSync(path.join(ws, "requirements.txt"), "scikit-learn==1.5.1\n");
    const bumped = await train();
    expect(bumped.outputs["cache-hit"]).toBe("false");
    expect(bumped.stdout).toContain("differs in lock files: requirements.txt changed");
    expect(p.runs()).toBe(2);
    // --cache false runs although the entry of exactly these inputs exists.
    expect((await train(["--cache", "false"])).outputs["cache-hit"]).toBe("false");
    expect(p.runs()).toBe(3);

    const twice = await mlops(p.dir, ["train", "--command", "node train.mjs", "--", "true"]);
    expect(twice.status).toBe(1);
    expect(twice.stderr.trim()).toBe(
      `mlops: the command is given twice: --command "node train.mjs" and after it "true"; keep one (\`mlops train --command '...'\` or \`mlops train -- ...\`). A flag's value goes with it: --cache true, --cache false`,
    );
    const withCommand = await mlops(ws, [
      ...common,
      "--cache",
      "true",
      "--command",
      `${process.execPath} train.mjs`,
    ]);
    expect(withCommand.status, withCommand.stderr).toBe(0);
    // --cache true takes its value: the command is --command's, the same as after `--` above.
    expect(withCommand.outputs["cache-hit"]).toBe("true");
    expect(p.runs()).toBe(3);
    const maybe = await mlops(p.dir, ["train", "--cache", "maybe", "--command", "true"]);
    expect(maybe.status).toBe(1);
    expect(maybe.stderr).toMatch(/input 'cache'/);
  });
});
