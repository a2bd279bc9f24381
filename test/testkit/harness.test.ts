import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  inputEnvName,
  parseKeyValueFile,
  parseWorkflowCommand,
  pullRequestEvent,
  runAction,
  tempDir,
  workflowRunEvent,
  writeEventPayload,
} from "@mlops/testkit";

/*
 * A throw-away "bundle" that speaks the runner protocol by hand (no imports), so the harness is
 * tested against what it must parse, not against our own runtime.
 */
const PROBE = String.raw`
const fs = require("node:fs");
const crypto = require("node:crypto");
const env = process.env;
function kv(file, name, value) {
  const d = "ghadelimiter_" + crypto.randomUUID();
  fs.appendFileSync(file, name + "<<" + d + "\n" + value + "\n" + d + "\n");
}
const inputs = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith("INPUT_")));
kv(env.GITHUB_OUTPUT, "inputs", JSON.stringify(inputs));
kv(env.GITHUB_OUTPUT, "multi", "line one\nline two");
fs.appendFileSync(env.GITHUB_OUTPUT, "simple=a=b\n");
kv(env.GITHUB_OUTPUT, "event", fs.readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
const names = ["GITHUB_ACTIONS","GITHUB_REPOSITORY","GITHUB_RUN_ID","GITHUB_RUN_ATTEMPT","GITHUB_JOB","GITHUB_SHA","GITHUB_REF","GITHUB_WORKSPACE","GITHUB_API_URL","GITHUB_SERVER_URL","RUNNER_OS","RUNNER_ARCH","RUNNER_TEMP","GITHUB_EVENT_NAME","GITHUB_HEAD_REF","GITHUB_BASE_REF"];
kv(env.GITHUB_OUTPUT, "env", JSON.stringify(Object.fromEntries(names.map((n) => [n, env[n]]))));
kv(env.GITHUB_OUTPUT, "cwd", process.cwd());
kv(env.GITHUB_OUTPUT, "node", process.version);
kv(env.GITHUB_ENV, "MODEL_DIR", "/tmp/model");
fs.appendFileSync(env.GITHUB_STATE, "started=yes\n");
fs.appendFileSync(env.GITHUB_STEP_SUMMARY, "## Result\n\n| a | b |\n");
console.log("::add-mask::s3cr3t");
console.log("::warning::just a warning");
console.log("::notice title=Heads up::note");
console.log("::stop-commands::pause123");
console.log("::error::not a command while stopped");
console.log("::pause123::");
console.error("::error file=data/train.csv,line=12,col=3,title=Bad%3A value%2C really::100%25 wrong%0Asecond line");
process.exitCode = Number(env.INPUT_EXIT_CODE || 0);
`;

function writeProbe(): string {
  const dir = tempDir("mlops-probe-");
  const actionDir = join(dir, "actions", "probe");
  mkdirSync(join(actionDir, "dist"), { recursive: true });
  writeFileSync(join(actionDir, "dist", "index.js"), PROBE);
  writeFileSync(
    join(actionDir, "action.yml"),
    [
      "name: probe",
      "inputs:",
      "  model-path: { description: x, default: out/model.onnx }",
      "  token: { description: x, default: '${{ github.token }}' }",
      "  where: { description: x, default: '${{ runner.temp }}/x' }",
      "  repo: { description: x, default: '${{ github.repository }}' }",
      "  exit code: { description: x, required: false }",
      "runs: { using: node24, main: dist/index.js }",
    ].join("\n"),
  );
  return join(actionDir, "dist", "index.js");
}

describe("runAction", () => {
  const probe = writeProbe();

  it("passes inputs with the runner's name mangling and action.yml defaults", async () => {
    const r = await runAction(probe, {
      inputs: { "exit code": "0", "data-path": "d.csv" },
      token: "ghs_abc",
    });
    expect(r.exitCode).toBe(0);
    const inputs = JSON.parse(r.outputs.inputs!) as Record<string, string>;
    expect(inputs).toEqual({
      "INPUT_MODEL-PATH": "out/model.onnx",
      INPUT_TOKEN: "ghs_abc",
      INPUT_WHERE: `${r.runnerTemp}/x`,
      INPUT_REPO: "octo-org/ml-repo",
      INPUT_EXIT_CODE: "0",
      "INPUT_DATA-PATH": "d.csv",
    });
    expect(r.unexpectedInputs).toEqual(["data-path"]);
    expect(inputEnvName("metrics-file")).toBe("INPUT_METRICS-FILE");
  });

  it("the github.token default is empty without a token", async () => {
    const r = await runAction(probe, {});
    expect(JSON.parse(r.outputs.inputs!).INPUT_TOKEN).toBe("");
  });

  it("collects outputs, env file, state, summary, masks and annotations", async () => {
    const r = await runAction(probe, { inputs: { "exit code": "3" } });
    expect(r.exitCode).toBe(3);
    expect(r.outputs.multi).toBe("line one\nline two");
    expect(r.outputs.simple).toBe("a=b");
    expect(r.envFile).toEqual({ MODEL_DIR: "/tmp/model" });
    expect(r.state).toEqual({ started: "yes" });
    expect(r.summary).toBe("## Result\n\n| a | b |\n");
    expect(r.masks).toEqual(["s3cr3t"]);
    expect(r.annotations).toEqual([
      { level: "warning", message: "just a warning" },
      { level: "notice", message: "note", title: "Heads up" },
      {
        level: "error",
        message: "100% wrong\nsecond line",
        file: "data/train.csv",
        line: 12,
        col: 3,
        title: "Bad: value, really",
      },
    ]);
    expect(r.outputs.node).toMatch(/^v24\./);
  });

  it("sets the runner's environment and a pull_request payload", async () => {
    const cwd = tempDir();
    const r = await runAction(probe, {
      cwd,
      apiUrl: "http://127.0.0.1:1234/",
      event: pullRequestEvent({ number: 42, fork: true, headSha: "a".repeat(40) }),
    });
    const env = JSON.parse(r.outputs.env!) as Record<string, string>;
    expect(env).toMatchObject({
      GITHUB_ACTIONS: "true",
      GITHUB_REPOSITORY: "octo-org/ml-repo",
      GITHUB_RUN_ATTEMPT: "1",
      GITHUB_JOB: "ml",
      GITHUB_REF: "refs/pull/42/merge",
      GITHUB_WORKSPACE: cwd,
      GITHUB_API_URL: "http://127.0.0.1:1234",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_HEAD_REF: "feature/better-model",
      GITHUB_BASE_REF: "main",
      RUNNER_TEMP: r.runnerTemp,
    });
    expect(env.RUNNER_OS).toBe("Linux");
    expect(env.GITHUB_RUN_ID).toMatch(/^\d+$/);
    expect(env.GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/);
    expect(r.outputs.cwd).toBe(cwd);
    const event = JSON.parse(r.outputs.event!);
    expect(event.number).toBe(42);
    expect(event.pull_request.head.sha).toBe("a".repeat(40));
    expect(event.pull_request.head.repo.fork).toBe(true);
    expect(event.pull_request.head.repo.full_name).not.toBe(event.pull_request.base.repo.full_name);
  });

  it("never points at the real API when no apiUrl is given", async () => {
    const r = await runAction(probe, {});
    expect(JSON.parse(r.outputs.env!).GITHUB_API_URL).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it("kills an action that outlives its timeout", async () => {
    const dir = tempDir();
    const hang = join(dir, "hang.js");
    writeFileSync(hang, "setInterval(() => {}, 1000); console.log('started');");
    await expect(runAction(hang, { timeoutMs: 500 })).rejects.toThrow(/still running after 500 ms/);
  });
});

describe("event payloads", () => {
  it("workflow_run from a fork has empty pull_requests, like GitHub", () => {
    const fork = workflowRunEvent({ fork: true, number: 9, headSha: "b".repeat(40) });
    const run = (fork.payload as { workflow_run: Record<string, unknown> }).workflow_run;
    expect(run.pull_requests).toEqual([]);
    expect(run.head_sha).toBe("b".repeat(40));
    expect((run.head_repository as { fork: boolean }).fork).toBe(true);
    const same = workflowRunEvent({ number: 9 });
    const prs = (same.payload as { workflow_run: { pull_requests: Array<{ number: number }> } }).workflow_run
      .pull_requests;
    expect(prs.map((p) => p.number)).toEqual([9]);
  });

  it("writeEventPayload deep-merges overrides into the default payload", () => {
    const file = join(tempDir(), "e", "event.json");
    writeEventPayload(file, { name: "workflow_dispatch", payload: { inputs: { model: "m" } } });
    const written = JSON.parse(readFileSync(file, "utf8"));
    expect(written.inputs).toEqual({ model: "m" });
    expect(written.repository.full_name).toBe("octo-org/ml-repo");
  });
});

describe("runner file parsing", () => {
  it("parses heredocs and key=value, rejects an unterminated heredoc", () => {
    expect(parseKeyValueFile("a=1\nb<<EOF\nx\n\ny\nEOF\nc=\n")).toEqual({ a: "1", b: "x\n\ny", c: "" });
    expect(() => parseKeyValueFile("b<<EOF\nx\n")).toThrow(/matching delimiter not found/);
  });
  it("parses workflow commands and leaves plain lines alone", () => {
    expect(parseWorkflowCommand("::error file=a%2Cb.csv,line=1::m%3Ax")).toEqual({
      command: "error",
      properties: { file: "a,b.csv", line: "1" },
      data: "m%3Ax",
    });
    expect(parseWorkflowCommand("hello :: world")).toBeNull();
  });
});
