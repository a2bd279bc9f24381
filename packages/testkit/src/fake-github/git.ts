import { createHash } from "node:crypto";

/*
 * A real (if small) git object store: blobs, trees and commits are hashed exactly as git does
 * (sha1 of "<type> <size>\0<body>"), so shas are stable, content-addressed and comparable with
 * what `git hash-object` prints. Refs point at commits; fast-forward checks walk parents.
 */

export interface GitPerson {
  name: string;
  email: string;
  date: string;
}

export interface BlobObject {
  type: "blob";
  sha: string;
  content: Buffer;
}

export interface TreeEntry {
  path: string; // one path segment
  mode: "100644" | "100755" | "040000" | "160000" | "120000";
  type: "blob" | "tree" | "commit";
  sha: string;
}

export interface TreeObject {
  type: "tree";
  sha: string;
  entries: TreeEntry[];
}

export interface CommitObject {
  type: "commit";
  sha: string;
  tree: string;
  parents: string[];
  author: GitPerson;
  committer: GitPerson;
  message: string;
}

export type GitObject = BlobObject | TreeObject | CommitObject;

export class GitError extends Error {
  constructor(
    message: string,
    readonly kind: "missing" | "invalid",
  ) {
    super(message);
  }
}

function gitHash(type: string, body: Buffer): string {
  return createHash("sha1").update(`${type} ${body.length}\0`).update(body).digest("hex");
}

function sortKey(e: TreeEntry): string {
  return e.type === "tree" ? `${e.path}/` : e.path;
}

function gitDate(iso: string): string {
  const seconds = Math.floor(new Date(iso).getTime() / 1000);
  return `${seconds} +0000`;
}

export interface FlatEntry {
  mode: TreeEntry["mode"];
  type: "blob" | "commit";
  sha: string;
}

export class GitStore {
  readonly objects = new Map<string, GitObject>();
  readonly refs = new Map<string, string>(); // "refs/heads/main" → sha

  putBlob(content: Buffer): BlobObject {
    const sha = gitHash("blob", content);
    const existing = this.objects.get(sha);
    if (existing?.type === "blob") return existing;
    const blob: BlobObject = { type: "blob", sha, content };
    this.objects.set(sha, blob);
    return blob;
  }

  putTree(entries: TreeEntry[]): TreeObject {
    const sorted = [...entries].sort((a, b) =>
      sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
    );
    const parts: Buffer[] = [];
    for (const e of sorted) {
      const mode = e.mode === "040000" ? "40000" : e.mode;
      parts.push(Buffer.from(`${mode} ${e.path}\0`), Buffer.from(e.sha, "hex"));
    }
    const sha = gitHash("tree", Buffer.concat(parts));
    const tree: TreeObject = { type: "tree", sha, entries: sorted };
    this.objects.set(sha, tree);
    return tree;
  }

  putCommit(c: Omit<CommitObject, "type" | "sha">): CommitObject {
    const lines = [`tree ${c.tree}`];
    for (const p of c.parents) lines.push(`parent ${p}`);
    lines.push(`author ${c.author.name} <${c.author.email}> ${gitDate(c.author.date)}`);
    lines.push(`committer ${c.committer.name} <${c.committer.email}> ${gitDate(c.committer.date)}`);
    const body = Buffer.from(`${lines.join("\n")}\n\n${c.message}`);
    const sha = gitHash("commit", body);
    const commit: CommitObject = { type: "commit", sha, ...c };
    this.objects.set(sha, commit);
    return commit;
  }

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha.toLowerCase());
  }

  blob(sha: string): BlobObject | undefined {
    const o = this.get(sha);
    return o?.type === "blob" ? o : undefined;
  }
  tree(sha: string): TreeObject | undefined {
    const o = this.get(sha);
    return o?.type === "tree" ? o : undefined;
  }
  commit(sha: string): CommitObject | undefined {
    const o = this.get(sha);
    return o?.type === "commit" ? o : undefined;
  }

  /** All files below a tree: "dir/file" → entry. */
  flatten(treeSha: string, prefix = "", out = new Map<string, FlatEntry>()): Map<string, FlatEntry> {
    const tree = this.tree(treeSha);
    if (!tree) throw new GitError(`tree ${treeSha} does not exist`, "missing");
    for (const e of tree.entries) {
      const path = prefix + e.path;
      if (e.type === "tree") this.flatten(e.sha, `${path}/`, out);
      else out.set(path, { mode: e.mode, type: e.type, sha: e.sha });
    }
    return out;
  }

  /** Builds nested trees from a flat path → entry map; returns the root tree. */
  buildTree(files: Map<string, FlatEntry>): TreeObject {
    interface Dir {
      files: Map<string, FlatEntry>;
      dirs: Map<string, Dir>;
    }
    const root: Dir = { files: new Map(), dirs: new Map() };
    for (const [path, entry] of files) {
      const segments = path.split("/");
      let dir = root;
      for (const seg of segments.slice(0, -1)) {
        let next = dir.dirs.get(seg);
        if (!next) {
          next = { files: new Map(), dirs: new Map() };
          dir.dirs.set(seg, next);
        }
        dir = next;
      }
      dir.files.set(segments[segments.length - 1]!, entry);
    }
    const write = (dir: Dir): TreeObject => {
      const entries: TreeEntry[] = [];
      for (const [name, sub] of dir.dirs)
        entries.push({ path: name, mode: "040000", type: "tree", sha: write(sub).sha });
      for (const [name, f] of dir.files) entries.push({ path: name, mode: f.mode, type: f.type, sha: f.sha });
      return this.putTree(entries);
    };
    return write(root);
  }

  /** Is `ancestor` reachable from `descendant` through parents (or the same commit)? */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant];
    while (queue.length) {
      const sha = queue.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      const c = this.commit(sha);
      if (c) queue.push(...c.parents);
    }
    return false;
  }

  /** The nearest common ancestor of two commits (undefined when unrelated). */
  mergeBase(a: string, b: string): string | undefined {
    const ancestors = new Set<string>();
    const stack = [a];
    while (stack.length) {
      const sha = stack.pop()!;
      if (ancestors.has(sha)) continue;
      ancestors.add(sha);
      stack.push(...(this.commit(sha)?.parents ?? []));
    }
    const queue = [b];
    const seen = new Set<string>();
    while (queue.length) {
      const sha = queue.shift()!;
      if (ancestors.has(sha)) return sha;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commit(sha)?.parents ?? []));
    }
    return undefined;
  }

  /**
   * Three-way merge of two commits' trees, file by file: a path changed on both sides to
   * different contents is a conflict. Returns the merged tree, or the conflicting paths.
   */
  mergeTrees(ours: string, theirs: string): { tree: TreeObject } | { conflicts: string[] } {
    const base = this.mergeBase(ours, theirs);
    const files = (sha: string | undefined) =>
      sha ? this.flatten(this.commit(sha)!.tree) : new Map<string, FlatEntry>();
    const [b, o, t] = [files(base), files(ours), files(theirs)];
    const same = (x?: FlatEntry, y?: FlatEntry) => x?.sha === y?.sha && x?.mode === y?.mode;
    const merged = new Map<string, FlatEntry>();
    const conflicts: string[] = [];
    for (const path of new Set([...b.keys(), ...o.keys(), ...t.keys()])) {
      const [be, oe, te] = [b.get(path), o.get(path), t.get(path)];
      let pick: FlatEntry | undefined;
      if (same(oe, te)) pick = oe;
      else if (same(oe, be)) pick = te;
      else if (same(te, be)) pick = oe;
      else {
        conflicts.push(path);
        continue;
      }
      if (pick) merged.set(path, pick);
    }
    return conflicts.length ? { conflicts: conflicts.sort() } : { tree: this.buildTree(merged) };
  }

  /** Resolves a branch, tag, full ref or (abbreviated) commit sha to a commit sha. */
  resolveCommitish(ref: string): string | undefined {
    for (const candidate of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      const sha = this.refs.get(candidate);
      if (sha) return sha;
    }
    if (/^[0-9a-f]{7,40}$/i.test(ref)) {
      const lower = ref.toLowerCase();
      if (this.commit(lower)) return lower;
      const matches = [...this.objects.values()].filter(
        (o) => o.type === "commit" && o.sha.startsWith(lower),
      );
      if (matches.length === 1) return matches[0]!.sha;
    }
    return undefined;
  }

  /** A file's blob at a commit, or undefined. */
  fileAt(commitSha: string, path: string): FlatEntry | undefined {
    const commit = this.commit(commitSha);
    if (!commit) return undefined;
    return this.flatten(commit.tree).get(path);
  }
}
