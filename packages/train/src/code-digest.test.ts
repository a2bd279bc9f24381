import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RunRecord } from "@mlops/core";
import { compareWithRecord, computeCacheKey, lockFiles } from "./cache-key.js";
import { codeDigest, createdByRun } from "./code-digest.js";
import { RunCache } from "./run-cache.js";
import { silentLogger } from "@mlops/core";

function dir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "mlops-code-unit-"));
}

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
    cwd,
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
}

const paths = (d: { files: { path: string }[] }) => d.files.map((f) => f.path);

describe("codeDigest: which files are the code", () => {
  it("outside git: the directory minus outputs, data, .gitignore patterns, hidden and tool directories, and what the command created", async () => {
    const d = dir();
    write(d, {
      "train.py": "print(1)\n",
      "lib/feat.py": "X = 1\n",
      ".gitignore": "*.tmp\ncache/\n",
      "scratch.tmp": "x",
      "cache/a": "x",
      ".venv/lib/site.py": "x",
      ".serving/current/model": "x",
      "node_modules/m/index.js": "x",
      "mlruns/0/meta.yaml": "x",
      "out/model.pkl": "x",
      "data/train.csv": "a\n",
      "out.calls": "ran\n",
      ".env": "K=V\n",
    });
    const code = await codeDigest({
      dir: d,
      excluded: [path.join(d, "out"), path.join(d, "data/train.csv")],
      written: ["out.calls"],
    });
    expect(code.source).toBe("directory");
    expect(code.reason).toBe("the working directory is not inside a git repository");
    expect(paths(code)).toEqual([".env", ".gitignore", "lib/feat.py", "train.py"]);
    expect(code.written).toEqual(["out.calls"]);
    expect(code.files[3]!.digest).toMatch(/^100644 sha256:[0-9a-f]{64}$/);
  });

  it("without git installed: a plain walk (hidden and tool directories left out), and the reason says .gitignore was not applied", async () => {
    const d = dir();
    write(d, {
      "train.R": "1\n",
      ".gitignore": "*.tmp\n",
      "x.tmp": "x",
      ".cache/a": "a",
      "wandb/r/log": "l",
    });
    const pathBefore = process.env.PATH;
    process.env.PATH = path.join(d, "no-bin");
    try {
      const code = await codeDigest({ dir: d, excluded: [] });
      expect(code.reason).toBe("git is not installed, so .gitignore files were not applied");
      expect(paths(code)).toEqual([".gitignore", "train.R", "x.tmp"]);
    } finally {
      process.env.PATH = pathBefore;
    }
  });

  it("a working directory git ignores is hashed as a directory: the parent's pattern does not apply inside it", async () => {
    const repo = dir();
    write(repo, {
      ".gitignore": "work/\n",
      "README.md": "r\n",
      "work/train.py": "1\n",
      "work/.gitignore": "*.log\n",
      "work/run.log": "x",
    });
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "init");
    const code = await codeDigest({ dir: path.join(repo, "work"), excluded: [] });
    expect(code).toMatchObject({ source: "directory", reason: "git ignores the working directory" });
    expect(paths(code)).toEqual([".gitignore", "train.py"]);
  });

  it("a repository where git tracks nothing yet is hashed as a directory, and says so", async () => {
    const d = dir();
    write(d, { "train.py": "1\n" });
    git(d, "init", "-q");
    const code = await codeDigest({ dir: d, excluded: [] });
    expect(code).toMatchObject({
      source: "directory",
      reason: "git tracks no file under the working directory",
    });
    expect(paths(code)).toEqual(["train.py"]);
  });

  it("in git: tracked files only, modified ones from disk; untracked files are counted for the log, not hashed", async () => {
    const d = dir();
    write(d, { "train.py": "1\n", ".gitignore": "*.log\n" });
    git(d, "init", "-q");
    git(d, "add", ".");
    git(d, "commit", "-q", "-m", "init");
    const clean = await codeDigest({ dir: d, excluded: [] });
    write(d, { "notes.md": "n", "run.log": "x" });
    const withUntracked = await codeDigest({ dir: d, excluded: [] });
    expect(withUntracked.sha256).toBe(clean.sha256);
    expect(withUntracked.untracked).toEqual({ count: 1, sample: ["notes.md"] });
    write(d, { "train.py": "2\n" });
    const modified = await codeDigest({ dir: d, excluded: [] });
    expect(modified.sha256).not.toBe(clean.sha256);
    expect(modified.dirty).toBe(true);
    write(d, { "train.py": "1\n" });
    expect((await codeDigest({ dir: d, excluded: [] })).sha256).toBe(clean.sha256);
  });

  it("in git: a deleted file leaves the code, a conflicted one counts per merge stage, odd names keep their bytes (one ls-files lists it all)", async () => {
    const d = dir();
    write(d, { "a.py": "a\n", "b.py": "b\n", "tab\tname.py": "t\n", "line\nname.py": "n\n" });
    git(d, "init", "-q", "-b", "main");
    git(d, "add", ".");
    git(d, "commit", "-q", "-m", "init");
    const clean = await codeDigest({ dir: d, excluded: [] });
    expect(paths(clean)).toEqual(["a.py", "b.py", "line\nname.py", "tab\tname.py"]);
    expect(clean.dirty).toBe(false);
    // Deleted from disk, not from the index: gone from the code, and dirty.
    spawnSync("rm", [path.join(d, "b.py")]);
    const deleted = await codeDigest({ dir: d, excluded: [] });
    expect(paths(deleted)).toEqual(["a.py", "line\nname.py", "tab\tname.py"]);
    expect(deleted.dirty).toBe(true);
    // An odd name modified on disk is hashed from disk like any other.
    write(d, { "b.py": "b\n", "tab\tname.py": "t2\n" });
    const odd = await codeDigest({ dir: d, excluded: [] });
    expect(odd.dirty).toBe(true);
    expect(odd.files.find((f) => f.path === "tab\tname.py")!.digest).not.toBe(
      clean.files.find((f) => f.path === "tab\tname.py")!.digest,
    );
    write(d, { "tab\tname.py": "t\n" });
    expect((await codeDigest({ dir: d, excluded: [] })).sha256).toBe(clean.sha256);
    // A merge conflict: a.py's stages 1-3 each count.
    git(d, "checkout", "-q", "-b", "other");
    write(d, { "a.py": "other\n" });
    git(d, "commit", "-q", "-am", "other");
    git(d, "checkout", "-q", "main");
    write(d, { "a.py": "main\n" });
    git(d, "commit", "-q", "-am", "main");
    spawnSync("git", ["merge", "-q", "other"], { cwd: d });
    const conflicted = await codeDigest({ dir: d, excluded: [] });
    expect(paths(conflicted).filter((p) => p.startsWith("a.py"))).toEqual([
      "a.py (merge stage 1)",
      "a.py (merge stage 2)",
      "a.py (merge stage 3)",
    ]);
  });

  it("declared code: globs and directories skip ignored files, a file named outright counts, a miss or an escape is an error", async () => {
    const d = dir();
    write(d, {
      "src/a.py": "a",
      "src/b.py": "b",
      "src/gen.py": "g",
      ".gitignore": "src/gen.py\nlocal.yml\n",
      "local.yml": "k: v\n",
      "README.md": "r",
    });
    const code = await codeDigest({ dir: d, excluded: [], declared: ["src/**/*.py", "local.yml"] });
    expect(code.source).toBe("declared");
    expect(paths(code)).toEqual(["local.yml", "src/a.py", "src/b.py"]);
    expect(paths(await codeDigest({ dir: d, excluded: [], declared: ["src"] }))).toEqual([
      "src/a.py",
      "src/b.py",
    ]);
    await expect(codeDigest({ dir: d, excluded: [], declared: ["lib/*.R"] })).rejects.toThrow(
      /^input 'code': lib\/\*\.R matches no file in /,
    );
    expect(paths(await codeDigest({ dir: d, excluded: [], declared: ["*.R", "src/a.py"] }))).toEqual([
      "src/a.py",
    ]);
    await expect(codeDigest({ dir: d, excluded: [], declared: ["*.py", "train.R"] })).rejects.toThrow(
      /^input 'code': train\.R does not exist in /,
    );
    await expect(codeDigest({ dir: d, excluded: [], declared: ["../elsewhere.py"] })).rejects.toThrow(
      /is outside the working directory/,
    );
  });

  it("createdByRun: new files, and new directories whole", async () => {
    const d = dir();
    write(d, { "train.py": "1\n", "logs/keep.txt": "k" });
    const scope = { dir: d, excluded: [] };
    const before = await codeDigest(scope);
    write(d, {
      "out.calls": "ran",
      "checkpoints/e1/w.bin": "w",
      "logs/run-1.txt": "l",
      "train.py": "changed",
    });
    expect(await createdByRun(scope, before)).toEqual(["checkpoints/", "logs/run-1.txt", "out.calls"]);
  });
});

describe("cache key components", () => {
  it("lock files between the working directory and the workspace root", async () => {
    const ws = dir();
    write(ws, { "uv.lock": "u", "requirements-dev.txt": "r", "ml/renv.lock": "{}", "ml/notes.txt": "n" });
    const locks = await lockFiles(path.join(ws, "ml"), ws);
    expect(locks.map((l) => l.path)).toEqual(["ml/renv.lock", "requirements-dev.txt", "uv.lock"]);
  });

  it("names what differs from an entry: command, params, data, code files, lock files", async () => {
    const ws = dir();
    write(ws, { "train.py": "1\n", "poetry.lock": "a" });
    const cache = new RunCache(path.join(ws, ".mlops"), silentLogger);
    const parts = {
      command: "python train.py",
      root: ws,
      workingDirectory: ws,
      params: { lr: 0.1, model: { depth: 3 } },
      data: [{ path: "d.csv", sha256: "a".repeat(64) }],
      dataPaths: [],
    };
    const before = await computeCacheKey(parts, cache);
    const record = {
      command: parts.command,
      workingDirectory: ".",
      params: parts.params,
      data: parts.data,
      fingerprint: before.fingerprint,
      fingerprintInputs: before.inputs,
    } as unknown as RunRecord;
    expect(compareWithRecord(before, record)).toEqual([]);
    write(ws, { "train.py": "2\n", "poetry.lock": "b", "new.py": "n" });
    const after = await computeCacheKey(
      {
        ...parts,
        command: "python train.py --fast",
        params: { lr: 0.2, model: { depth: 3 }, seed: 7 },
        data: [{ path: "d.csv", sha256: "b".repeat(64) }],
      },
      cache,
    );
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(compareWithRecord(after, record).map((d) => d.summary)).toEqual([
      'command: "python train.py" → "python train.py --fast"',
      "params: lr 0.1 → 0.2, seed added (7)",
      "data: d.csv changed",
      "code: new.py added, poetry.lock changed, train.py changed",
      "lock files: poetry.lock changed",
    ]);
  });
});
