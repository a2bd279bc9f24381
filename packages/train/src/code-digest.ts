import { execFile, spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { digestFile, sha256Hex } from "@mlops/core";

/*
 * The code part of the run-cache key: one sha256 over every source file of the working
 * directory, as it is on disk now (uncommitted changes included).
 *
 * Inside a git work tree the file list is git's: tracked files (`git ls-files -s`: their blob ids
 * need no reading) plus untracked files that are not ignored (`git ls-files -o
 * --exclude-standard`); tracked files git reports as modified are hashed from disk, deleted ones
 * are dropped. Ignored files (virtualenvs, caches, outputs listed in .gitignore) do not count.
 * Outside git every file below the directory counts, except the directories in
 * NON_GIT_EXCLUDES.
 *
 * Always excluded: the step's own outputs (model-path, metrics-file), the .mlops state directory
 * and the `data` paths (they are fingerprinted by content on their own).
 */

export const NON_GIT_EXCLUDES = [
  ".git",
  ".mlops",
  "node_modules",
  "__pycache__",
  ".venv",
  "venv",
  ".ipynb_checkpoints",
  ".pytest_cache",
  ".mypy_cache",
  ".ruff_cache",
  ".tox",
];

export interface CodeDigest {
  sha256: string;
  files: number;
  /** "git" when the list came from git, "directory" otherwise. */
  source: "git" | "directory";
  /** Inside git: whether anything (in scope) differs from HEAD. */
  dirty: boolean | null;
}

export function git(
  cwd: string,
  args: string[],
  options: { maxBuffer?: number } = {},
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "git",
      args,
      {
        cwd,
        encoding: "utf8",
        maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024,
        // Read-only: never take index.lock for an opportunistic refresh.
        env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" },
        windowsHide: true,
      },
      (error, stdout, stderr) => resolve({ ok: !error, stdout: String(stdout), stderr: String(stderr) }),
    );
  });
}

/** True when `dir` is inside a git work tree that git is willing to read. */
export async function inGitWorkTree(dir: string): Promise<boolean> {
  const r = await git(dir, ["rev-parse", "--is-inside-work-tree"]);
  return r.ok && r.stdout.trim() === "true";
}

/** A filter over posix paths relative to the directory: true means "leave out". */
function excluder(dir: string, excluded: readonly string[]): (relative: string) => boolean {
  const rel = excluded
    .map((p) => path.relative(dir, path.resolve(dir, p)).split(path.sep).join("/"))
    .filter((p) => p !== "" && !p.startsWith("../") && p !== "..")
    .map((p) => p.replace(/\/+$/, ""));
  return (relative) => rel.some((e) => relative === e || relative.startsWith(e + "/"));
}

function nulList(text: string): string[] {
  return text.split("\0").filter((s) => s !== "");
}

/** The mode git would record for a file on disk, or null for what git does not store. */
async function gitMode(file: string): Promise<string | null> {
  let stat;
  try {
    stat = await fs.lstat(file);
  } catch {
    return null;
  }
  if (stat.isSymbolicLink()) return "120000";
  if (!stat.isFile()) return null;
  return stat.mode & 0o111 ? "100755" : "100644";
}

/** Outside git: mode and sha256 of the content (a link's target for a symbolic link). */
async function contentId(file: string): Promise<string | null> {
  const mode = await gitMode(file);
  if (mode === null) return null;
  if (mode === "120000") return `${mode} link:${await fs.readlink(file)}`;
  return `${mode} sha256:${(await digestFile(file)).sha256}`;
}

/**
 * Ids of work-tree files as `git add` would store them (`git hash-object --stdin-paths`, which
 * applies the same clean filters), so a modified file that is changed back, staged, or merely
 * touched gets the same id as its blob in the index.
 */
async function workTreeIds(dir: string, files: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const regular: string[] = [];
  for (const file of files) {
    const mode = await gitMode(path.join(dir, file));
    if (mode === null) continue;
    if (mode === "120000" || file.includes("\n")) {
      const id = await contentId(path.join(dir, file));
      if (id !== null) out.set(file, id);
    } else {
      out.set(file, mode);
      regular.push(file);
    }
  }
  if (regular.length === 0) return out;
  const r = await gitInput(dir, ["hash-object", "--stdin-paths"], regular.join("\n") + "\n");
  const blobs = r.ok ? r.stdout.split("\n").filter(Boolean) : [];
  for (let i = 0; i < regular.length; i++) {
    const file = regular[i]!;
    const blob = blobs.length === regular.length ? blobs[i] : undefined;
    const id = blob ? `${out.get(file)} ${blob}` : await contentId(path.join(dir, file));
    if (id === null) out.delete(file);
    else out.set(file, id);
  }
  return out;
}

function gitInput(cwd: string, args: string[], input: string): Promise<{ ok: boolean; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn("git", args, {
      cwd,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" },
      stdio: ["pipe", "pipe", "ignore"],
      windowsHide: true,
    });
    let stdout = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d: string) => (stdout += d));
    child.on("error", () => resolve({ ok: false, stdout: "" }));
    child.on("close", (code) => resolve({ ok: code === 0, stdout }));
    child.stdin.on("error", () => {});
    child.stdin.end(input);
  });
}

export async function codeDigest(dir: string, excluded: readonly string[]): Promise<CodeDigest> {
  const skip = excluder(dir, [".mlops", ...excluded]);
  const entries = new Map<string, string>();
  if (await inGitWorkTree(dir)) {
    const [staged, changed, deleted, others] = await Promise.all([
      git(dir, ["ls-files", "-s", "-z", "--", "."]),
      git(dir, ["ls-files", "-m", "-z", "--", "."]),
      git(dir, ["ls-files", "-d", "-z", "--", "."]),
      git(dir, ["ls-files", "-o", "--exclude-standard", "--exclude=/.mlops/", "-z", "--", "."]),
    ]);
    if (staged.ok && changed.ok && deleted.ok && others.ok) {
      let dirty = false;
      for (const line of nulList(staged.stdout)) {
        const tab = line.indexOf("\t");
        const [mode, blob, stage] = line.slice(0, tab).split(" ");
        const file = line.slice(tab + 1);
        if (skip(file)) continue;
        entries.set(stage === "0" ? file : `${file}\0stage${stage}`, `${mode} ${blob}`);
      }
      const gone = new Set(nulList(deleted.stdout));
      for (const file of gone) {
        if (skip(file)) continue;
        entries.delete(file);
        dirty = true;
      }
      const toHash = [
        ...nulList(changed.stdout).filter((f) => !gone.has(f)),
        ...nulList(others.stdout),
      ].filter(
        (f) => !skip(f) && !f.endsWith("/"), // "dir/": an untracked nested repository
      );
      const ids = await workTreeIds(dir, toHash);
      for (const [file, id] of ids) {
        entries.set(file, id);
        dirty = true;
      }
      return { sha256: combine(entries), files: entries.size, source: "git", dirty };
    }
  }
  await walk(dir, "", skip, entries);
  return { sha256: combine(entries), files: entries.size, source: "directory", dirty: null };
}

async function walk(
  dir: string,
  prefix: string,
  skip: (relative: string) => boolean,
  out: Map<string, string>,
): Promise<void> {
  const items = await fs.readdir(dir, { withFileTypes: true });
  for (const item of items) {
    const relative = prefix ? `${prefix}/${item.name}` : item.name;
    if (skip(relative)) continue;
    if (item.isDirectory()) {
      if (NON_GIT_EXCLUDES.includes(item.name)) continue;
      await walk(path.join(dir, item.name), relative, skip, out);
    } else if (item.isFile() || item.isSymbolicLink()) {
      const id = await contentId(path.join(dir, item.name));
      if (id !== null) out.set(relative, id);
    }
  }
}

function combine(entries: Map<string, string>): string {
  const keys = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256Hex(keys.map((k) => `${k}\0${entries.get(k)}\n`).join(""));
}
