import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunRecord } from "@mlops/core";
import { runAction, startActionsServices, tempDir, type ActionsServices } from "@mlops/testkit";

/*
 * The train action (in-process) and the run cache it can be trusted with (issue 18): its log always
 * says what counted as code and why it hit or missed; a working directory git ignores is hashed
 * file by file (an edit misses); a trainer's side files never miss.
 */

let services: ActionsServices;
beforeAll(async () => {
  services = await startActionsServices();
});
afterAll(async () => {
  await services.close();
});

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: "t",
  GIT_AUTHOR_EMAIL: "t@example.com",
  GIT_COMMITTER_NAME: "t",
  GIT_COMMITTER_EMAIL: "t@example.com",
};
function git(cwd: string, ...args: string[]): void {
  const r = spawnSync("git", args, { cwd, env: gitEnv, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
}

/** Writes the model, and side files as trainers do: out.calls (one line a run), a log, a checkpoint. */
const TRAINER = `import fs from "node:fs";
fs.mkdirSync("out", { recursive: true });
fs.writeFileSync("out/model.json", JSON.stringify({ w: 1 }));
fs.appendFileSync("out.calls", "ran\\n");
fs.mkdirSync("checkpoints", { recursive: true });
fs.writeFileSync("checkpoints/last.ckpt", String(Date.now()));
fs.appendFileSync("train.log", "epoch 1\\n");
console.log("::mlops metric loss=0.5");
`;

function runs(dir: string): number {
  return readFileSync(path.join(dir, "out.calls"), "utf8").split("\n").filter(Boolean).length;
}

async function train(ws: string, workingDirectory: string) {
  // In-process: the bundle's own cache path is test/train/train-action.bundle.test.ts's scikit-learn case.
  return await runAction("train", {
    mode: "source",
    cwd: ws,
    env: services.env,
    inputs: {
      command: "node train.mjs",
      "working-directory": workingDirectory,
      "model-path": "out/model.json",
      cache: "true",
      "artifact-name": "",
    },
  });
}

describe("train action: a run cache to trust", () => {
  it("in a working directory git ignores: hashes its files and says so; the side files hit; an edit of train.mjs misses and the log says why", async () => {
    const ws = tempDir("mlops-cache-action-");
    writeFileSync(path.join(ws, ".gitignore"), "scratch/\n");
    writeFileSync(path.join(ws, "README.md"), "# repo\n");
    git(ws, "init", "-q");
    git(ws, "add", ".");
    git(ws, "commit", "-q", "-m", "init");
    const dir = path.join(ws, "scratch");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "train.mjs"), TRAINER);

    const first = await train(ws, "scratch");
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs["cache-hit"]).toBe("false");
    expect(first.stdout).toContain("1 code file of the directory");
    expect(first.stdout).toContain("code: git ignores the working directory, so the code is every file");
    expect(first.stdout).toContain("run cache: miss (no entry in .mlops/cache to compare with)");

    const second = await train(ws, "scratch");
    expect(second.outputs["cache-hit"], second.stdout).toBe("true");
    expect(second.stdout).toContain(
      "what the command created in earlier runs (checkpoints/, out.calls, train.log)",
    );
    expect(runs(dir)).toBe(1);

    appendFileSync(path.join(dir, "train.mjs"), "// tuned\n");
    const edited = await train(ws, "scratch");
    expect(edited.outputs["cache-hit"]).toBe("false");
    expect(edited.stdout).toMatch(
      /run cache: miss; running the command\. Nearest entry \(run \S+, of 1 entry\) differs in code: train\.mjs changed/,
    );
    expect(runs(dir)).toBe(2);
    const record = JSON.parse(
      readFileSync(path.join(ws, edited.outputs["run-record"]!), "utf8"),
    ) as RunRecord;
    expect(record.fingerprintInputs).toMatchObject({
      code: {
        source: "directory",
        reason: "git ignores the working directory",
        files: [{ path: "train.mjs", digest: expect.stringMatching(/^100644 sha256:/) }],
        written: ["checkpoints/", "out.calls", "train.log"],
      },
      locks: [],
      outputs: { model: "scratch/out/model.json", metrics: null },
    });
  });

  it("in a git repository: tracked files are the code; untracked side files never miss; a lock file change does", async () => {
    const ws = tempDir("mlops-cache-action-git-");
    writeFileSync(path.join(ws, "train.mjs"), TRAINER);
    writeFileSync(path.join(ws, "requirements.txt"), "numpy==2.0.0\n");
    writeFileSync(path.join(ws, ".gitignore"), ".mlops/\nout/\n");
    git(ws, "init", "-q");
    git(ws, "add", ".");
    git(ws, "commit", "-q", "-m", "init");

    const first = await train(ws, ".");
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain("3 code files tracked by git, 1 lock file)");
    const second = await train(ws, ".");
    expect(second.outputs["cache-hit"], second.stdout).toBe("true");
    expect(second.stdout).toContain(
      "code: 3 untracked files not counted (checkpoints/last.ckpt, out.calls, train.log)",
    );
    writeFileSync(path.join(ws, "requirements.txt"), "numpy==2.0.1\n");
    const bumped = await train(ws, ".");
    expect(bumped.outputs["cache-hit"]).toBe("false");
    expect(bumped.stdout).toContain(
      "differs in code: requirements.txt changed; lock files: requirements.txt changed",
    );
    expect(runs(ws)).toBe(2);
  });
});
