import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { text } from "@mlops/core/markdown";
import { afterAll, describe, expect, it } from "vitest";
import { seattleDrift } from "./seattle-cache.js";
import { STUB_GH } from "./workflow-runner.js";

/*
 * The shell steps of the reusable workflows, run as the runner runs them (bash -e, the step's
 * env, GITHUB_OUTPUT and RUNNER_TEMP files), with a stub `gh` on PATH that answers from canned
 * API responses and logs every call. These are the steps that decide whether a fork's report is
 * posted, and what the drift issue says.
 */

const root = path.resolve(import.meta.dirname, "../..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-wf-scripts-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const hasTools = ["bash", "jq"].every((tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0);
if (!hasTools)
  console.warn("skipping the workflow script tests: bash and jq are needed (apt-get install jq)");

interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
}
function stepScript(file: string, job: string, name: string): string {
  const workflow = parse(readFileSync(path.join(root, ".github/workflows", file), "utf8")) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const step = workflow.jobs[job]!.steps.find((s) => s.name === name);
  if (!step?.run) throw new Error(`${file}: jobs.${job} has no run step named ${JSON.stringify(name)}`);
  return step.run;
}

let counter = 0;
function runStep(
  script: string,
  env: Record<string, string>,
  setup?: (dir: { temp: string; stub: string }) => void,
) {
  const dir = path.join(tmp, `run-${++counter}`);
  const temp = path.join(dir, "runner-temp");
  const stub = path.join(dir, "stub");
  const bin = path.join(dir, "bin");
  for (const d of [temp, stub, bin]) mkdirSync(d, { recursive: true });
  writeFileSync(path.join(bin, "gh"), STUB_GH);
  chmodSync(path.join(bin, "gh"), 0o755);
  const output = path.join(dir, "github-output");
  writeFileSync(output, "");
  setup?.({ temp, stub });
  const scriptFile = path.join(dir, "step.sh");
  writeFileSync(scriptFile, script);
  const result = spawnSync("bash", ["--noprofile", "--norc", "-e", scriptFile], {
    cwd: dir,
    encoding: "utf8",
    env: {
      PATH: `${bin}:${process.env.PATH ?? ""}`,
      HOME: dir,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: output,
      STUB_DIR: stub,
      ...env,
    },
  });
  const outputs = Object.fromEntries(
    readFileSync(output, "utf8")
      .split("\n")
      .filter((l) => l.includes("="))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
  const callsFile = path.join(stub, "calls.jsonl");
  const calls = existsSync(callsFile)
    ? readFileSync(callsFile, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as string[])
    : [];
  return { ...result, outputs, calls, stub, temp };
}

const apiFile = (route: string) => `api-${route.replace(/[^A-Za-z0-9]/g, "_").slice(0, 80)}.json`;

describe.skipIf(!hasTools)(
  "ml-pr-comment.yml: the report is posted only for the commit the run tested",
  () => {
    const script = stepScript("ml-pr-comment.yml", "comment", "Check the report against the pull request");
    const HEAD = "a".repeat(40);
    const env = { REPOSITORY: "octo/weather", RUN_HEAD_SHA: HEAD, MODEL: "seattle-weather", GH_TOKEN: "x" };

    function withReport(claims: unknown, pr: unknown, extra?: (report: string) => void) {
      return ({ temp, stub }: { temp: string; stub: string }) => {
        const report = path.join(temp, "mlops-pr-report");
        mkdirSync(report, { recursive: true });
        writeFileSync(path.join(report, "pr.json"), JSON.stringify(claims));
        for (const f of ["comparison.json", "validation.json", "run-record.json"])
          writeFileSync(path.join(report, f), "{}");
        writeFileSync(path.join(stub, apiFile("repos/octo/weather/pulls/7")), JSON.stringify(pr));
        extra?.(report);
      };
    }
    const claims = {
      kind: "mlops.pr-report",
      version: 1,
      model: "seattle-weather",
      pullRequest: "7",
      headSha: HEAD,
    };
    const pr = { number: 7, head: { sha: HEAD }, base: { repo: { full_name: "octo/weather" } } };

    it("posts when the pull request's head is the tested commit, with the report files as inputs", () => {
      const run = runStep(script, env, withReport(claims, pr));
      expect(run.status, run.stderr).toBe(0);
      expect(run.outputs).toMatchObject({ post: "true", number: "7", "head-sha": HEAD });
      expect(run.outputs.comparison).toBe(path.join(run.temp, "mlops-pr-report/comparison.json"));
      expect(run.outputs["validation-report"]).toBe(path.join(run.temp, "mlops-pr-report/validation.json"));
      expect(run.calls).toEqual([["api", "repos/octo/weather/pulls/7"]]);
    });

    it("skips a report of an older push (the head moved on)", () => {
      const run = runStep(script, env, withReport(claims, { ...pr, head: { sha: "b".repeat(40) } }));
      expect(run.status, run.stderr).toBe(0);
      expect(run.outputs.post).toBe("false");
      expect(run.stdout).toContain("::notice::pull request #7 is at bbbb");
    });

    it("skips a claim naming a pull request of another repository", () => {
      const run = runStep(
        script,
        env,
        withReport(claims, { ...pr, base: { repo: { full_name: "evil/fork" } } }),
      );
      expect(run.outputs.post).toBe("false");
    });

    it("never calls the API with a forged pull request number", () => {
      for (const number of ["7; touch pwned", "../../issues/1", "0", "", "7\nnumber=8", "12345678901"]) {
        const run = runStep(script, env, withReport({ ...claims, pullRequest: number }, pr));
        expect(run.status, number).toBe(0);
        expect(run.outputs.post, number).toBe("false");
        expect(run.outputs.number, number).toBeUndefined();
        expect(run.calls, number).toEqual([]);
      }
    });

    it("skips a report of another model, and an artifact without pr.json or with a symlink", () => {
      expect(runStep(script, env, withReport({ ...claims, model: "other" }, pr)).outputs.post).toBe("false");
      const noClaims = runStep(script, env, ({ temp }) => mkdirSync(path.join(temp, "mlops-pr-report")));
      expect(noClaims.status).toBe(0);
      expect(noClaims.outputs.post).toBe("false");
      const linked = runStep(script, env, ({ temp }) => {
        const report = path.join(temp, "mlops-pr-report");
        mkdirSync(report);
        writeFileSync(path.join(temp, "elsewhere.json"), JSON.stringify(claims));
        symlinkSync(path.join(temp, "elsewhere.json"), path.join(report, "pr.json"));
      });
      expect(linked.outputs.post).toBe("false");
    });

    it("passes only the report files that exist, never a symlink", () => {
      const run = runStep(
        script,
        env,
        withReport(claims, pr, (report) => {
          rmSync(path.join(report, "run-record.json"));
          rmSync(path.join(report, "validation.json"));
          symlinkSync("/etc/passwd", path.join(report, "validation.json"));
        }),
      );
      expect(run.outputs.post).toBe("true");
      expect(run.outputs["run-record"]).toBe("");
      expect(run.outputs["validation-report"]).toBe("");
    });
  },
);

describe.skipIf(!hasTools)("Locate mlops-actions (every GHES variant of the reusable workflows)", () => {
  const files = [
    "ml-pull-request-ghes.yml",
    "ml-continuous-training-ghes.yml",
    "ml-monitor-ghes.yml",
    "ml-pr-comment-ghes.yml",
  ];

  it("is the same script in every job", () => {
    const scripts = new Set<string>();
    for (const file of files) {
      const workflow = parse(readFileSync(path.join(root, ".github/workflows", file), "utf8")) as {
        jobs: Record<string, { steps?: Step[] }>;
      };
      for (const job of Object.values(workflow.jobs)) {
        const step = job.steps?.find((s) => s.name === "Locate mlops-actions");
        if (step?.run) scripts.add(step.run.replace(/\n\s*if \[ -d \.git \][^\n]*/, ""));
      }
    }
    expect(scripts.size).toBe(1);
  });

  const script = stepScript("ml-continuous-training-ghes.yml", "train", "Locate mlops-actions");
  it("accepts owner/name and a ref, and keeps the checkout out of git status", () => {
    const run = runStep(
      script,
      { MLOPS_REPOSITORY: "octo/mlops-actions", MLOPS_REF: "0123abcd".repeat(5) },
      ({ temp }) => mkdirSync(path.join(temp, "..", ".git", "info"), { recursive: true }),
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.outputs).toEqual({ repository: "octo/mlops-actions", ref: "0123abcd".repeat(5) });
    expect(readFileSync(path.join(run.temp, "..", ".git/info/exclude"), "utf8")).toBe(".mlops-actions/\n");
  });

  it("fails with an actionable error when it cannot tell, or on anything but a plain name and ref", () => {
    for (const [repository, ref] of [
      ["", ""],
      ["octo/mlops-actions", ""],
      ["octo/mlops-actions; curl evil", "v1"],
      ["octo/mlops-actions", "v1\nrepository=evil/x"],
      ["octo", "v1"],
    ] as const) {
      const run = runStep(script, { MLOPS_REPOSITORY: repository, MLOPS_REF: ref });
      expect(run.status, `${repository} ${ref}`).toBe(1);
      expect(run.stdout).toContain("::error::cannot tell which mlops-actions to use");
      expect(run.stdout).toContain("pass the inputs mlops-repository (owner/name) and mlops-ref");
      expect(run.outputs).toEqual({});
    }
  });
});

describe.skipIf(!hasTools)("ml-monitor.yml: one drift issue per model, with an escaped table", () => {
  const script = stepScript("ml-monitor.yml", "alert", "Open or update the drift issue");
  const env = {
    GH_TOKEN: "x",
    REPOSITORY: "octo/weather",
    MODEL: "seattle-weather",
    LABEL: "mlops-drift",
    RUN_URL: "https://github.example/octo/weather/actions/runs/42",
  };
  let report: string;
  const HOSTILE = "<img src=x onerror=alert(1)>|@octocat `x`\nnext";
  const BOT = { login: "github-actions[bot]", type: "Bot" };
  const OUTSIDER = { login: "mallory", type: "User" };

  it("has a real drift report to render (2013 against 2012)", async () => {
    const result = await seattleDrift();
    expect(result.driftDetected).toBe(true);
    // A hostile column name, as a data file could carry: markup, a table break, a mention.
    const doc = structuredClone(result.report);
    doc.drift!.columns[0]!.column = HOSTILE;
    report = JSON.stringify(doc);
  });

  const place =
    (issues: unknown[]) =>
    ({ temp, stub }: { temp: string; stub: string }) => {
      mkdirSync(path.join(temp, "mlops-monitor"));
      writeFileSync(path.join(temp, "mlops-monitor/validation.json"), report);
      writeFileSync(path.join(stub, "issues.json"), JSON.stringify(issues));
    };

  it("opens an issue with the drift table when none is open", () => {
    const run = runStep(
      script,
      env,
      place([
        { number: 3, body: "<!-- mlops-drift:other-model -->", pull_request: null, user: BOT },
        // The marker pasted into an outsider's issue: never edited.
        { number: 4, body: "<!-- mlops-drift:seattle-weather -->", pull_request: null, user: OUTSIDER },
        // A user named like the bot is not the bot.
        {
          number: 6,
          body: "<!-- mlops-drift:seattle-weather -->",
          user: { login: "github-actions[bot]", type: "User" },
        },
      ]),
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.outputs.url).toBe("https://github.example/o/r/issues/99");
    expect(run.calls.map((c) => c.slice(0, 2).join(" "))).toEqual([
      "label create",
      "api --paginate",
      "issue create",
    ]);
    const body = readFileSync(path.join(run.stub, "created-body.md"), "utf8");
    expect(
      body.startsWith("<!-- mlops-drift:seattle-weather -->\n## Data drift detected for `seattle-weather`"),
    ).toBe(true);
    expect(body).toContain("| column | test | statistic | p-value | threshold | drifted |");
    expect(body).toContain("| weather | chi-square |");
    // The hostile name is inert, escaped as @mlops/core/markdown's text(): no tag, no extra cell,
    // no mention, one line.
    expect(body).toContain(`| ${text(HOSTILE)} | ks |`);
    expect(text(HOSTILE)).toBe("&lt;img src=x onerror=alert(1)&gt;\\|@\u2060octocat \\`x\\` next");
    expect(body).not.toContain("<img");
    expect(body).not.toMatch(/(^|[^\u2060])@octocat/);
    const rows = body
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| ---") && !l.startsWith("| column"));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length, row).toBe(8);
  });

  it("updates the open issue of this model instead of opening another", () => {
    const run = runStep(
      script,
      env,
      place([
        { number: 5, body: "something else", user: BOT },
        { number: 7, body: "<!-- mlops-drift:seattle-weather -->\nby hand", user: OUTSIDER },
        { number: 8, body: "<!-- mlops-drift:seattle-weather -->\r\n## Data drift", user: BOT },
        { number: 9, body: "<!-- mlops-drift:seattle-weather -->", pull_request: { url: "a PR" }, user: BOT },
      ]),
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.calls.map((c) => c.slice(0, 3).join(" "))).toEqual([
      "label create mlops-drift",
      "api --paginate repos/octo/weather/issues?state=open&per_page=100",
      "issue edit 8",
      "issue comment 8",
      "issue view 8",
    ]);
    expect(readFileSync(path.join(run.stub, "edited-body-8.md"), "utf8")).toContain("## Data drift detected");
    expect(run.outputs.url).toBe("https://github.example/o/r/issues/8");
  });

  it("escapes every cell exactly as @mlops/core/markdown's text() does (links, images, HTML, mentions, autolinks)", () => {
    // The jq `esc` of the step, run on its own over strings a data file's header could carry.
    const esc = /(def esc:[\s\S]*?end;)\n/.exec(script)?.[1];
    expect(esc, "the step defines esc").toBeDefined();
    const corpus: unknown[] = [
      "[x](https://evil.example/steal)",
      "![i](https://evil.example/pixel.png)",
      '<img src="https://evil.example/p.png">',
      "<a href=https://evil.example>click</a>",
      "[ref]: https://evil.example",
      "<!-- mlops-drift:seattle-weather -->",
      "@octocat @org/team #1 `code` *em* _u_ ~~s~~ \\ $x$",
      "gh-12 GH-3 www.evil.com mailto:x@y.z a:b:c javascript:alert(1)",
      "  # heading",
      "1. list",
      "12) list",
      "- item",
      "> quote",
      "tab\there\r\nnew\u0007bell\u202eRTL\u2028",
      "x|y",
      "naïve 日本 @日本 #١",
      "a@b.io@.www.x.io x@.io",
      "a".repeat(250),
      "",
      42,
      null,
    ];
    const run = spawnSync("jq", ["-r", `${esc}\n.[] | esc`], {
      input: JSON.stringify(corpus),
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split("\n").slice(0, corpus.length);
    expect(lines).toEqual(corpus.map((value) => text(value === null ? "null" : value)));
  });

  it("refuses a model name that could break out of the marker", () => {
    const run = runStep(script, { ...env, MODEL: 'x" -->' }, place([]));
    expect(run.status).toBe(1);
    expect(run.calls).toEqual([]);
  });

  it("dispatches the continuous-training workflow on the given branch", () => {
    const dispatch = stepScript("ml-monitor.yml", "alert", "Dispatch retraining");
    const run = runStep(dispatch, {
      GH_TOKEN: "x",
      REPOSITORY: "octo/weather",
      CT_WORKFLOW: "model-ct.yml",
      CT_REF: "main",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.calls).toEqual([["workflow", "run", "model-ct.yml", "--ref", "main", "-R", "octo/weather"]]);
  });
});
