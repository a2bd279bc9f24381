import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/*
 * The GitHub Enterprise Server variants of the reusable workflows (ml-<name>-ghes.yml), made from
 * the github.com ones. On github.com our actions come through `uses: $/actions/<name>` (the
 * runner, 2.336.0 or newer, resolves it to this workflow file's repository and commit); GHES has
 * no `$/`, and a workflow containing it does not validate there, so a GHES caller needs a file
 * without it. Each job of a variant instead locates mlops-actions (job.workflow_repository /
 * job.workflow_sha, or the inputs mlops-repository / mlops-ref), checks it out into
 * `.mlops-actions/` before its first action of ours, and runs `uses: ./.mlops-actions/actions/<name>`.
 *
 *   npx tsx test/workflows/ghes-variants.ts        # rewrite the variants
 *
 * workflows.test.ts fails when a committed variant differs from what this makes.
 */

export const GHES_SOURCES = [
  "ml-pull-request.yml",
  "ml-pr-comment.yml",
  "ml-continuous-training.yml",
  "ml-monitor.yml",
] as const;

export const ghesName = (file: string) => file.replace(/\.yml$/, "-ghes.yml");

const INPUTS = `      mlops-repository:
        description: "owner/name of mlops-actions; empty: the repository of this workflow (job.workflow_repository)."
        type: string
        default: ""
      mlops-ref:
        description: "Commit, tag or branch of mlops-actions; empty: the commit of this workflow (job.workflow_sha)."
        type: string
        default: ""`;

const STEPS = `      - name: Locate mlops-actions
        id: mlops
        env:
          MLOPS_REPOSITORY: \${{ inputs.mlops-repository || job.workflow_repository }}
          MLOPS_REF: \${{ inputs.mlops-ref || job.workflow_sha }}
        run: |
          if [[ ! "$MLOPS_REPOSITORY" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || [[ ! "$MLOPS_REF" =~ ^[A-Za-z0-9_./-]+$ ]]; then
            echo "::error::cannot tell which mlops-actions to use (repository '\${MLOPS_REPOSITORY}', ref '\${MLOPS_REF}'): pass the inputs mlops-repository (owner/name) and mlops-ref"
            exit 1
          fi
          echo "repository=$MLOPS_REPOSITORY" >> "$GITHUB_OUTPUT"
          echo "ref=$MLOPS_REF" >> "$GITHUB_OUTPUT"
          if [ -d .git ]; then echo ".mlops-actions/" >> .git/info/exclude; fi

      # Only mlops-actions' actions/ folder, at the commit located above; no credentials kept.
      - name: Check out mlops-actions
        uses: actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2
        with:
          repository: \${{ steps.mlops.outputs.repository }}
          ref: \${{ steps.mlops.outputs.ref }}
          path: .mlops-actions
          sparse-checkout: actions
          persist-credentials: false
`;

const SELF = /^(\s+uses: )\$\/actions\/([\w-]+)\s*$/;

/** The GHES variant of the github.com workflow `text` (file name `file`). */
export function ghesVariant(text: string, file: string): string {
  const lines = text.split("\n");
  const out: string[] = [
    `# GENERATED from ${file} by test/workflows/ghes-variants.ts: edit ${file}, then run`,
    "# `npx tsx test/workflows/ghes-variants.ts`. The variant for GitHub Enterprise Server, which has",
    `# no \`uses: $/…\`: each job checks out mlops-actions (see .github/workflows/README.md).`,
    "#",
  ];
  let inJob = false;
  let checkedOut = false;
  let inputsAdded = false;
  let stepStart = -1; // index in `out` where the current step (with its leading comments) starts
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^name: /.test(line)) {
      out.push(`${line} (GHES)`);
      continue;
    }
    if (/^ {2}[\w-]+:\s*$/.test(line) && lines.slice(0, i).some((l) => l === "jobs:")) {
      inJob = true;
      checkedOut = false;
    }
    // A step starts at its `- ` line, or at the comment lines right above it.
    if (/^ {6}- /.test(line)) {
      let j = out.length;
      while (j > 0 && /^ {6}#/.test(out[j - 1]!)) j--;
      stepStart = j;
    }
    const self = SELF.exec(line);
    if (self) {
      if (!inJob) throw new Error(`${file}:${i + 1}: uses: $/ outside a job`);
      if (!checkedOut) {
        out.splice(stepStart, 0, ...STEPS.split("\n"));
        checkedOut = true;
      }
      out.push(`${self[1]}./.mlops-actions/actions/${self[2]}`);
      continue;
    }
    // `concurrency.queue` (github.com, May 2026) is not in the GHES documentation we could check
    // (up to 3.15), and an unknown key makes the whole workflow invalid there.
    const queue = /^( +)queue: max$/.exec(line);
    if (queue) {
      out.push(`${queue[1]}# queue: max (github.com; left out for GitHub Enterprise Server, see the README)`);
      continue;
    }
    if (line.includes("$/") && !/^\s*#/.test(line))
      throw new Error(`${file}:${i + 1}: a $/ reference this generator does not know`);
    out.push(line);
    // The two inputs go right after the runs-on input (its four lines).
    if (line === "      runs-on:" && !inputsAdded) {
      out.push(...lines.slice(i + 1, i + 4), ...INPUTS.split("\n"));
      i += 3;
      inputsAdded = true;
    }
  }
  if (!inputsAdded) throw new Error(`${file}: no runs-on input to put mlops-repository and mlops-ref after`);
  return out.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(import.meta.dirname, "../../.github/workflows");
  for (const file of GHES_SOURCES) {
    const variant = ghesVariant(readFileSync(path.join(dir, file), "utf8"), file);
    writeFileSync(path.join(dir, ghesName(file)), variant);
    console.log(`wrote .github/workflows/${ghesName(file)}`);
  }
}
