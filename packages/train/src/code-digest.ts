import { execFile, spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigurationError, digestFile, sha256Hex } from "@mlops/core";

/*
 * The code part of the run-cache key: one sha256 over the files that are the training code, as
 * they are on disk now (uncommitted changes included). Which files those are (packages/train
 * README, "What the run cache hashes"):
 *
 * 1. declared: `code` (the input, or `train.code:` in mlops.yml) lists paths and globs relative
 *    to the working directory; exactly the files they name count. A directory or glob counts its
 *    files that git (or the .gitignore files) does not ignore; a file named outright counts even
 *    when ignored.
 * 2. git: otherwise, inside a git work tree, the files git tracks under the working directory
 *    (the index, with modified files hashed from disk and deleted ones dropped). Untracked files
 *    are not code: a trainer's side files (out.calls, mlruns/, wandb/, logs) never miss the
 *    cache; an untracked source file is named in the log so it can be added.
 * 3. directory: where git cannot say (no git, no repository, the working directory is ignored,
 *    or git tracks nothing under it) every file below the directory, minus .gitignore patterns
 *    (git's own matcher over a throw-away repository), hidden directories (.git, .mlops, .venv,
 *    .serving, …), the tool directories in TOOL_DIRECTORIES, and the files and directories the
 *    command itself created in earlier runs (remembered in .mlops/cache/written.json). The log
 *    says so, with the reason.
 *
 * Always excluded: the step's own outputs (model-path, metrics-file), the .mlops state directory
 * and the `data` paths (they are fingerprinted by content on their own).
 */

/** Directories trainers and tools write below the working directory; never code in mode 3. */
export const TOOL_DIRECTORIES = [
  "node_modules",
  "__pycache__",
  "venv",
  "mlruns",
  "mlartifacts",
  "wandb",
  "lightning_logs",
];

export type CodeSource = "declared" | "git" | "directory";

export interface CodeFile {
  /** Posix path relative to the working directory. */
  path: string;
  /** `<git mode> git:<blob id>`, `<git mode> sha256:<hex>` or `120000 link:<target>`. */
  digest: string;
}

export interface CodeDigest {
  sha256: string;
  /** Every file counted, sorted by path. */
  files: CodeFile[];
  source: CodeSource;
  /** Why the directory was hashed (mode 3), for the log; null otherwise. */
  reason: string | null;
  /** Mode 3: what was left out because the command created it in an earlier run. */
  written: string[];
  /** Mode 2: untracked, not ignored files that are not counted (a few, for the log). */
  untracked: { count: number; sample: string[] };
  /** Mode 2: whether anything in scope differs from the index. */
  dirty: boolean | null;
}

export interface CodeScope {
  /** The working directory (absolute). */
  dir: string;
  /** Absolute paths never counted: the outputs and the data paths. */
  excluded: readonly string[];
  /** `code` entries (paths or globs relative to `dir`); empty for "not declared". */
  declared?: readonly string[];
  /** Paths (relative to `dir`) the command created in earlier runs, left out in mode 3. */
  written?: readonly string[];
}

const GIT_ENV = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };
  for (const k of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_PREFIX"])
    delete env[k];
  return env;
};

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** The git binary could not be started. */
  missing?: boolean;
  /** git's exit status when it ran and failed. */
  status?: number;
}

export function git(cwd: string, args: string[], options: { maxBuffer?: number } = {}): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      "git",
      args,
      {
        cwd,
        encoding: "utf8",
        maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024,
        // Read-only: never take index.lock for an opportunistic refresh.
        env: GIT_ENV(),
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        // execFile's error.code: the exit status when git ran and failed, else an errno string.
        const code: unknown = (error as { code?: unknown } | null)?.code;
        resolve({
          ok: !error,
          stdout: String(stdout),
          stderr: String(stderr),
          ...(code === "ENOENT" ? { missing: true } : {}),
          ...(typeof code === "number" ? { status: code } : {}),
        });
      },
    );
  });
}

/** True when `dir` is inside a git work tree that git is willing to read. */
export async function inGitWorkTree(dir: string): Promise<boolean> {
  const r = await git(dir, ["rev-parse", "--is-inside-work-tree"]);
  return r.ok && r.stdout.trim() === "true";
}

/** Whether git can say which files are the code of `dir`, and if not, why not. */
async function gitCanSay(dir: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  // One git process in the common case: check-ignore exits 0 (ignored) or 1 (not ignored) only
  // inside a work tree. Anything else (no git, not a repository, a .git or bare directory) takes
  // the two calls below, which say why. Each spawn costs the step a fork of itself.
  const quick = await git(dir, ["check-ignore", "-q", "--", "."]);
  if (quick.ok) return { ok: false, reason: "git ignores the working directory" };
  if (quick.status === 1) return { ok: true };
  const inside = await git(dir, ["rev-parse", "--is-inside-work-tree"]);
  if (inside.missing) return { ok: false, reason: NO_GIT };
  if (!inside.ok || inside.stdout.trim() !== "true")
    return { ok: false, reason: "the working directory is not inside a git repository" };
  const ignored = await git(dir, ["check-ignore", "-q", "--", "."]);
  if (ignored.ok) return { ok: false, reason: "git ignores the working directory" };
  return { ok: true };
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

/** Mode and sha256 of the content (a link's target for a symbolic link). */
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
    const id = blob ? `${out.get(file)} git:${blob}` : await contentId(path.join(dir, file));
    if (id === null) out.delete(file);
    else out.set(file, id);
  }
  return out;
}

function gitInput(cwd: string, args: string[], input: string): Promise<{ ok: boolean; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn("git", args, {
      cwd,
      env: GIT_ENV(),
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

const HAS_GLOB = /[*?[{]/;
const NO_GIT = "git is not installed";

export async function codeDigest(scope: CodeScope): Promise<CodeDigest> {
  const { dir } = scope;
  const skip = excluder(dir, [".mlops", ...scope.excluded]);
  const declared = (scope.declared ?? []).filter((d) => d.trim() !== "");
  const view = await gitCanSay(dir);
  const none = { count: 0, sample: [] as string[] };
  if (declared.length > 0) {
    const entries = await declaredFiles(dir, declared, skip, view.ok);
    return result(entries, { source: "declared", reason: null, written: [], untracked: none, dirty: null });
  }
  if (view.ok) {
    const tracked = await trackedFiles(dir, skip);
    if (tracked !== null && tracked.entries.size > 0) {
      return result(tracked.entries, {
        source: "git",
        reason: null,
        written: [],
        untracked: tracked.untracked,
        dirty: tracked.dirty,
      });
    }
  }
  const reason = view.ok ? "git tracks no file under the working directory" : view.reason;
  const written = [...(scope.written ?? [])];
  const listed = await directoryFiles(dir, skip, written, !view.ok && view.reason === NO_GIT);
  const entries = new Map<string, string>();
  for (const file of listed.files) {
    const id = await contentId(path.join(dir, file));
    if (id !== null) entries.set(file, id);
  }
  return result(entries, {
    source: "directory",
    reason: listed.gitignore ? reason : `${NO_GIT}, so .gitignore files were not applied`,
    written: listed.written,
    untracked: none,
    dirty: null,
  });
}

function result(entries: Map<string, string>, rest: Omit<CodeDigest, "sha256" | "files">): CodeDigest {
  const files = [...entries.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((p) => ({ path: p.replace(/\0stage(\d)$/, " (merge stage $1)"), digest: entries.get(p)! }));
  const sha256 = sha256Hex(files.map((f) => `${f.path}\0${f.digest}\n`).join(""));
  return { sha256, files, ...rest };
}

/** What `git ls-files` says of `dir`: index entries (`-s` lines), modified, deleted and untracked files. */
interface GitListing {
  staged: string[];
  changed: string[];
  deleted: string[];
  others: string[];
}

const OTHERS = ["-o", "--exclude-standard", "--exclude=/.mlops/"];

/**
 * One git process for the index, the modified, the deleted and the untracked files: `ls-files -t`
 * tags each entry (H cached, S skip-worktree, M unmerged, C modified, R removed, ? untracked), and
 * with `-s` the index entries carry their mode, blob and stage. Each spawn costs the step a fork of
 * itself (~10 ms of CPU); this was four. Output that does not parse as tagged entries (a git that
 * tags differently) falls back to one call per list.
 */
async function gitListing(dir: string): Promise<GitListing | null> {
  const one = await git(dir, ["ls-files", "-s", "-t", "-m", "-d", ...OTHERS, "-z", "--", "."]);
  if (!one.ok) return null;
  const out: GitListing = { staged: [], changed: [], deleted: [], others: [] };
  let parsed = true;
  for (const entry of nulList(one.stdout)) {
    const tag = entry[0];
    const rest = entry.slice(2);
    if (entry[1] !== " ") parsed = false;
    else if (tag === "H" || tag === "S" || tag === "M") out.staged.push(rest);
    else if (tag === "C") out.changed.push(rest.slice(rest.indexOf("\t") + 1));
    else if (tag === "R") out.deleted.push(rest.slice(rest.indexOf("\t") + 1));
    else if (tag === "?") out.others.push(rest);
    else parsed = false;
    if (!parsed) break;
  }
  if (parsed) return out;
  const [staged, changed, deleted, others] = await Promise.all([
    git(dir, ["ls-files", "-s", "-z", "--", "."]),
    git(dir, ["ls-files", "-m", "-z", "--", "."]),
    git(dir, ["ls-files", "-d", "-z", "--", "."]),
    git(dir, ["ls-files", ...OTHERS, "-z", "--", "."]),
  ]);
  if (!staged.ok || !changed.ok || !deleted.ok) return null;
  return {
    staged: nulList(staged.stdout),
    changed: nulList(changed.stdout),
    deleted: nulList(deleted.stdout),
    others: others.ok ? nulList(others.stdout) : [],
  };
}

/** Mode 2: git's index under `dir`, modified files from disk, deleted ones dropped. */
async function trackedFiles(
  dir: string,
  skip: (relative: string) => boolean,
): Promise<{ entries: Map<string, string>; dirty: boolean; untracked: CodeDigest["untracked"] } | null> {
  const listed = await gitListing(dir);
  if (listed === null) return null;
  const { staged, changed, deleted, others } = listed;
  const entries = new Map<string, string>();
  let dirty = false;
  for (const line of staged) {
    const tab = line.indexOf("\t");
    const [mode, blob, stage] = line.slice(0, tab).split(" ");
    const file = line.slice(tab + 1);
    if (skip(file)) continue;
    entries.set(stage === "0" ? file : `${file}\0stage${stage}`, `${mode} git:${blob}`);
  }
  const gone = new Set(deleted);
  for (const file of gone) {
    if (skip(file) || !entries.has(file)) continue;
    entries.delete(file);
    dirty = true;
  }
  const modified = changed.filter((f) => !gone.has(f) && !skip(f) && entries.has(f));
  for (const [file, id] of await workTreeIds(dir, modified)) {
    if (entries.get(file) !== id) dirty = true;
    entries.set(file, id);
  }
  const untracked = others.filter((f) => !skip(f) && !f.endsWith("/"));
  return { entries, dirty, untracked: { count: untracked.length, sample: untracked.slice(0, 5) } };
}

/**
 * Mode 3's file list: git's matcher over a throw-away repository whose work tree is `dir`, so the
 * .gitignore files below `dir` apply and the ones above it (which may ignore `dir` itself) do
 * not; a plain walk when git is not installed.
 */
async function directoryFiles(
  dir: string,
  skip: (relative: string) => boolean,
  written: readonly string[],
  noGit: boolean,
): Promise<{ files: string[]; gitignore: boolean; written: string[] }> {
  const wasWritten = excluder(dir, written);
  const usedWritten = new Set<string>();
  const keep = (f: string): boolean => {
    if (skip(f) || f.endsWith("/") || /(^|\/)\.DS_Store$/.test(f)) return false;
    if (wasWritten(f)) {
      usedWritten.add(
        written.find((w) => f === w.replace(/\/+$/, "") || f.startsWith(w.replace(/\/+$/, "") + "/"))!,
      );
      return false;
    }
    return true;
  };
  if (!noGit) {
    const listed = await withScratchRepository(dir, (gitDir) =>
      git(dir, [
        `--git-dir=${gitDir}`,
        `--work-tree=${dir}`,
        "ls-files",
        "-o",
        "--exclude-standard",
        "--exclude=.*/",
        ...TOOL_DIRECTORIES.map((d) => `--exclude=${d}/`),
        "-z",
      ]),
    );
    if (listed?.ok) {
      const files = nulList(listed.stdout).filter(keep);
      return { files, gitignore: true, written: [...usedWritten].sort() };
    }
  }
  const files: string[] = [];
  await walk(dir, "", (f) => !keep(f), files);
  return { files: files.filter(keep), gitignore: false, written: [...usedWritten].sort() };
}

async function withScratchRepository<T>(dir: string, use: (gitDir: string) => Promise<T>): Promise<T | null> {
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-code-"));
  try {
    const init = await git(scratch, ["init", "-q", "--bare", scratch]);
    if (!init.ok) return null;
    return await use(scratch);
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

async function walk(
  dir: string,
  prefix: string,
  skip: (relative: string) => boolean,
  out: string[],
): Promise<void> {
  const items = await fs.readdir(dir, { withFileTypes: true });
  for (const item of items) {
    const relative = prefix ? `${prefix}/${item.name}` : item.name;
    if (item.isDirectory()) {
      if (item.name.startsWith(".") || TOOL_DIRECTORIES.includes(item.name)) continue;
      if (skip(relative)) continue;
      await walk(path.join(dir, item.name), relative, skip, out);
    } else if (item.isFile() || item.isSymbolicLink()) {
      out.push(relative);
    }
  }
}

/**
 * Mode 1: the files `code` names. Directories and globs expand to the files git (inside a
 * repository that does not ignore `dir`) or the .gitignore files below `dir` do not ignore; a
 * file named outright counts as it is. A path that does not exist is an error; a glob may match
 * nothing, but not every entry.
 */
async function declaredFiles(
  dir: string,
  declared: readonly string[],
  skip: (relative: string) => boolean,
  inGit: boolean,
): Promise<Map<string, string>> {
  let candidates: string[] | null = null;
  const listAll = async (): Promise<string[]> => {
    if (candidates) return candidates;
    if (inGit) {
      const r = await git(dir, ["ls-files", "-c", "-o", "--exclude-standard", "-z", "--", "."]);
      if (r.ok) return (candidates = [...new Set(nulList(r.stdout))]);
    }
    const listed = await directoryFiles(dir, () => false, [], false);
    return (candidates = listed.files);
  };
  const chosen = new Set<string>();
  for (const entry of declared) {
    const rel = path.relative(dir, path.resolve(dir, entry)).split(path.sep).join("/");
    if (rel.startsWith("../") || rel === ".." || path.isAbsolute(rel)) {
      throw new ConfigurationError(
        `input 'code': ${entry} is outside the working directory ${dir}; list code paths relative to it`,
        { code: "input-invalid" },
      );
    }
    const found: string[] = [];
    if (HAS_GLOB.test(entry)) {
      for (const f of await listAll()) if (path.posix.matchesGlob(f, rel)) found.push(f);
    } else {
      const stat = await fs.lstat(path.join(dir, rel)).catch(() => null);
      if (stat?.isDirectory()) {
        for (const f of await listAll()) if (rel === "" || f.startsWith(rel + "/")) found.push(f);
      } else if (stat) found.push(rel);
    }
    const kept = found.filter((f) => !skip(f));
    // A path must exist; a glob may match nothing (`*.py` beside `*.mjs`), unless all of them do.
    if (kept.length === 0 && !HAS_GLOB.test(entry)) {
      throw new ConfigurationError(
        `input 'code': ${entry} ${found.length ? "is one of the step's outputs or data" : "does not exist"} in ${dir} (code paths and globs are relative to the working directory)`,
        { code: "input-invalid", location: { file: entry } },
      );
    }
    for (const f of kept) chosen.add(f);
  }
  if (chosen.size === 0) {
    throw new ConfigurationError(
      `input 'code': ${declared.join(", ")} ${declared.length === 1 ? "matches" : "match"} no file in ${dir} other than the step's outputs and data (code paths and globs are relative to the working directory)`,
      { code: "input-invalid" },
    );
  }
  const entries = new Map<string, string>();
  const ids = inGit ? await workTreeIds(dir, [...chosen]) : null;
  for (const f of chosen) {
    const id = ids ? ids.get(f) : await contentId(path.join(dir, f));
    if (id) entries.set(f, id);
  }
  return entries;
}

/**
 * After the command ran (mode 3): the files it created, as the topmost new path of each (a
 * directory that held no counted file before the run, or the file itself), for
 * .mlops/cache/written.json.
 */
export async function createdByRun(scope: CodeScope, before: CodeDigest): Promise<string[]> {
  if (before.source !== "directory") return [];
  const skip = excluder(scope.dir, [".mlops", ...scope.excluded]);
  const after = await directoryFiles(
    scope.dir,
    skip,
    scope.written ?? [],
    before.reason?.startsWith(NO_GIT) ?? false,
  );
  const existed = new Set(before.files.map((f) => f.path));
  const dirsBefore = new Set<string>();
  for (const f of existed) {
    const parts = f.split("/");
    for (let i = 1; i < parts.length; i++) dirsBefore.add(parts.slice(0, i).join("/"));
  }
  const created = new Set<string>();
  for (const f of after.files) {
    if (existed.has(f)) continue;
    const parts = f.split("/");
    let top = f;
    for (let i = 1; i < parts.length; i++) {
      const d = parts.slice(0, i).join("/");
      if (!dirsBefore.has(d)) {
        top = d + "/";
        break;
      }
    }
    created.add(top);
  }
  return [...created].sort();
}
