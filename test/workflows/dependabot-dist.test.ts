import { execFileSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runJob, type JobResult } from "./workflow-runner.js";

/*
 * .github/workflows/dependabot-dist.yml run as written (workflow-runner.ts) on real git
 * repositories: a bare "origin" with a Dependabot branch, the job's checkout a clone of it. The
 * build job's change detection and the push job's checks, commit and push; upload- and
 * download-artifact are stand-ins that hand over a folder, `gh` a stub that records its calls.
 * The build job's npm ci and npm run build are left out (the test lays out their result).
 */

const root = path.resolve(import.meta.dirname, "../..");
const WORKFLOW = path.join(root, ".github/workflows/dependabot-dist.yml");
const BRANCH = "dependabot/npm_and_yarn/production-1a2b3c";

let base = "";
let count = 0;

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), "mlops-dependabot-dist-"));
});
afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH ?? "",
      HOME: base,
      GIT_AUTHOR_NAME: "dependabot[bot]",
      GIT_AUTHOR_EMAIL: "dependabot@example.com",
      GIT_COMMITTER_NAME: "dependabot[bot]",
      GIT_COMMITTER_EMAIL: "dependabot@example.com",
    },
  }).trim();
}

function write(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

const COMMITTED = {
  "package.json": '{ "name": "mlops-actions" }\n',
  "actions/train/dist/index.js": "old train\n",
  "actions/train/dist/123.index.js": "a chunk the new build no longer has\n",
  "actions/validate-data/dist/index.js": "old validate\n",
  "packages/cli/dist/index.js": "old cli\n",
  "packages/core/schemas/mlops.run.v1.json": "{}\n",
};
const REBUILT = {
  "actions/train/dist/index.js": "new train\n",
  "actions/validate-data/dist/index.js": "old validate\n",
  "packages/cli/dist/index.js": "new cli\n",
  "packages/core/schemas/mlops.run.v1.json": "{}\n",
};

/** origin (bare) with the Dependabot branch, and a checkout of it: what actions/checkout leaves. */
function repositories(): { origin: string; checkout: string; sha: string } {
  const dir = path.join(base, `case-${++count}`);
  const origin = path.join(dir, "origin.git");
  const seed = path.join(dir, "seed");
  mkdirSync(seed, { recursive: true });
  git(dir, "init", "-q", "--bare", origin);
  git(seed, "init", "-q", "-b", BRANCH);
  write(seed, COMMITTED);
  git(seed, "add", "-A");
  git(seed, "commit", "-q", "-m", "deps: bump the production group");
  git(seed, "remote", "add", "origin", origin);
  git(seed, "push", "-q", "origin", BRANCH);
  const checkout = path.join(dir, "checkout");
  git(dir, "clone", "-q", "-b", BRANCH, origin, checkout);
  return { origin, checkout, sha: git(checkout, "rev-parse", "HEAD") };
}

interface Case {
  job: "build" | "push";
  workspace: string;
  sha: string;
  actor?: string;
  /** The folder download-artifact hands over (push job). */
  artifact?: string;
  changed?: string;
}

async function run(spec: Case): Promise<{ result: JobResult; gh: string[][]; uploaded: string[] }> {
  const dir = path.join(base, `run-${++count}`);
  const bin = path.join(dir, "bin");
  mkdirSync(bin, { recursive: true });
  const ghLog = path.join(dir, "gh.jsonl");
  writeFileSync(
    path.join(bin, "gh"),
    `#!/usr/bin/env node\nrequire("fs").appendFileSync(${JSON.stringify(ghLog)}, JSON.stringify(process.argv.slice(2)) + "\\n");\n`,
  );
  chmodSync(path.join(bin, "gh"), 0o755);
  const uploaded: string[] = [];
  const result = await runJob({
    workflow: WORKFLOW,
    job: spec.job,
    workspace: spec.workspace,
    runnerTemp: path.join(dir, "temp"),
    token: "ghs_dependabot_dist",
    path: `${bin}:${path.dirname(process.execPath)}:${process.env.PATH ?? ""}`,
    skipStep: (step) => /^npm (ci|run build)\b/.test(step.run ?? ""),
    thirdParty: (uses, inputs) => {
      if (uses.startsWith("actions/upload-artifact@")) {
        uploaded.push(...inputs.path!.split("\n").filter(Boolean));
        return {};
      }
      if (uses.startsWith("actions/download-artifact@")) {
        cpSync(spec.artifact!, inputs.path!, { recursive: true });
        return {};
      }
      return null; // checkout, setup-node: the test laid out the checkout
    },
    contexts: {
      needs:
        spec.job === "push"
          ? { build: { outputs: { changed: spec.changed ?? "true" }, result: "success" } }
          : {},
      github: {
        actor: spec.actor ?? "dependabot[bot]",
        event_name: "push",
        ref: `refs/heads/${BRANCH}`,
        ref_name: BRANCH,
        sha: spec.sha,
        token: "ghs_dependabot_dist",
      },
    },
  });
  const gh = existsSync(ghLog)
    ? readFileSync(ghLog, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as string[])
    : [];
  return { result, gh, uploaded };
}

function artifact(files: Record<string, string>): string {
  const dir = path.join(base, `artifact-${++count}`);
  write(dir, files);
  return dir;
}

const log = (r: JobResult) => r.log.join("\n");

describe("dependabot-dist.yml build job", () => {
  it("uploads the bundle folders when the build changed them, and says so", async () => {
    const { checkout, sha } = repositories();
    write(checkout, REBUILT); // what npm run build left
    const { result, uploaded } = await run({ job: "build", workspace: checkout, sha });
    expect(result.result, log(result)).toBe("success");
    expect(result.outputs.changed).toBe("true");
    expect(uploaded).toEqual(["actions/*/dist", "packages/cli/dist", "packages/core/schemas"]);
  });

  it("uploads nothing when the bundles already match", async () => {
    const { checkout, sha } = repositories();
    const { result, uploaded } = await run({ job: "build", workspace: checkout, sha });
    expect(result.result, log(result)).toBe("success");
    expect(result.outputs.changed).toBe("false");
    expect(uploaded).toEqual([]);
  });

  it("does not run for anyone but Dependabot", async () => {
    const { checkout, sha } = repositories();
    const { result } = await run({ job: "build", workspace: checkout, sha, actor: "octocat" });
    expect(result.result).toBe("skipped");
  });
});

describe("dependabot-dist.yml push job", () => {
  it("commits exactly the rebuilt bundles on top of the built commit, pushes, and starts ci.yml", async () => {
    const { origin, checkout, sha } = repositories();
    const { result, gh } = await run({ job: "push", workspace: checkout, sha, artifact: artifact(REBUILT) });
    expect(result.result, log(result)).toBe("success");
    const head = git(origin, "rev-parse", BRANCH);
    expect(head).not.toBe(sha);
    expect(git(origin, "rev-parse", `${head}^`)).toBe(sha);
    expect(git(origin, "log", "-1", "--format=%an%n%s%n%b", BRANCH).split("\n").filter(Boolean)).toEqual([
      "github-actions[bot]",
      "Rebuild dist/ for the dependency update",
      "[dependabot skip]",
    ]);
    expect(git(origin, "diff", "--name-status", sha, head).split("\n").sort()).toEqual([
      "D\tactions/train/dist/123.index.js",
      "M\tactions/train/dist/index.js",
      "M\tpackages/cli/dist/index.js",
    ]);
    expect(gh).toEqual([["workflow", "run", "ci.yml", "--ref", BRANCH]]);
  });

  it("refuses an artifact with a file outside the bundle folders: nothing pushed", async () => {
    const { origin, checkout, sha } = repositories();
    const bad = artifact({ ...REBUILT, "package.json": '{ "scripts": { "postinstall": "curl …" } }\n' });
    const { result, gh } = await run({ job: "push", workspace: checkout, sha, artifact: bad });
    expect(result.result).toBe("failure");
    expect(log(result)).toContain(
      "::error::the artifact holds files outside the bundle folders: package.json",
    );
    expect(git(origin, "rev-parse", BRANCH)).toBe(sha);
    expect(gh).toEqual([]);
  });

  it("refuses an artifact that lacks a bundle", async () => {
    const { origin, checkout, sha } = repositories();
    const partial: Record<string, string> = { ...REBUILT };
    delete partial["packages/cli/dist/index.js"];
    const { result } = await run({ job: "push", workspace: checkout, sha, artifact: artifact(partial) });
    expect(result.result).toBe("failure");
    expect(log(result)).toContain("::error::the artifact has no packages/cli/dist/index.js");
    expect(git(origin, "rev-parse", BRANCH)).toBe(sha);
  });

  it("leaves a branch that moved on since the build to that newer commit's own run", async () => {
    const { origin, checkout, sha } = repositories();
    write(checkout, { "package.json": '{ "name": "mlops-actions", "version": "2" }\n' });
    git(checkout, "commit", "-q", "-am", "deps: a newer bump");
    git(checkout, "push", "-q", "origin", BRANCH);
    const moved = git(origin, "rev-parse", BRANCH);
    const { result, gh } = await run({ job: "push", workspace: checkout, sha, artifact: artifact(REBUILT) });
    expect(result.result, log(result)).toBe("success");
    expect(log(result)).toContain(`::notice::${BRANCH} moved past ${sha}`);
    expect(git(origin, "rev-parse", BRANCH)).toBe(moved);
    expect(gh).toEqual([]);
  });
});
