import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as actionsCore from "@actions/core";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { saveProcessState } from "@mlops/testkit";
import * as runner from "./runner-protocol.js";

// Our runner protocol must write exactly what @actions/core 3 writes (we leave @actions/core out
// of the bundles only for start-up time). Delimiters are random UUIDs in both, so they are
// normalised before comparing.

let stdout: string[] = [];
let dir: string;
// What the tests change (process.env, process.exitCode), put back after each.
let restore: () => void = () => {};

beforeEach(async () => {
  restore = saveProcessState().restore;
  dir = await mkdtemp(path.join(os.tmpdir(), "runner-"));
  stdout = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  restore();
});

const normalise = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, "DELIM");
const text = fc.string({ unit: "binary", maxLength: 40 });

async function captureFile(env: string, fn: () => void): Promise<string> {
  const file = path.join(dir, `${env}-${Math.random()}`);
  await writeFile(file, "");
  process.env[env] = file;
  fn();
  return normalise(await readFile(file, "utf8"));
}

function captureStdout(fn: () => void): string {
  stdout = [];
  fn();
  return stdout.join("");
}

describe("runner protocol matches @actions/core", () => {
  it("writes outputs to GITHUB_OUTPUT identically", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
        fc.oneof(text, fc.jsonValue()),
        async (name, value) => {
          const ours = await captureFile("GITHUB_OUTPUT", () => runner.setOutput(name, value));
          const theirs = await captureFile("GITHUB_OUTPUT", () => actionsCore.setOutput(name, value));
          expect(ours).toBe(theirs);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("writes annotations with escaped properties identically", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("error" as const, "warning" as const, "notice" as const),
        text,
        fc.record({
          title: fc.option(text, { nil: undefined }),
          file: fc.option(text, { nil: undefined }),
          line: fc.option(fc.nat(), { nil: undefined }),
        }),
        (kind, message, props) => {
          const ours = captureStdout(() =>
            runner.annotate(kind, message, {
              ...(props.title ? { title: props.title } : {}),
              ...(props.file ? { file: props.file } : {}),
              ...(props.line ? { line: props.line } : {}),
            }),
          );
          const theirs = captureStdout(() =>
            actionsCore[kind](message, {
              ...(props.title ? { title: props.title } : {}),
              ...(props.file ? { file: props.file } : {}),
              ...(props.line ? { startLine: props.line } : {}),
            }),
          );
          expect(ours).toBe(theirs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads inputs with the runner's name mangling", () => {
    process.env["INPUT_MODEL-PATH"] = "  out/model.bin \n";
    process.env["INPUT_MY_INPUT"] = "x";
    expect(runner.getInput("model-path")).toBe(actionsCore.getInput("model-path"));
    expect(runner.getInput("my input")).toBe(actionsCore.getInput("my input"));
    expect(runner.getInput("absent")).toBe("");
  });

  it("masks, groups, debugs and fails like @actions/core", () => {
    const pairs: Array<[() => void, () => void]> = [
      [() => runner.setSecret("s3cr%t\n"), () => actionsCore.setSecret("s3cr%t\n")],
      [() => runner.startGroup("a:b"), () => actionsCore.startGroup("a:b")],
      [() => runner.endGroup(), () => actionsCore.endGroup()],
      [() => runner.debug("d\r\n"), () => actionsCore.debug("d\r\n")],
      [() => runner.setFailed("boom"), () => actionsCore.setFailed("boom")],
    ];
    for (const [ours, theirs] of pairs) expect(captureStdout(ours)).toBe(captureStdout(theirs));
    expect(process.exitCode).toBe(1);
  });

  it("exports variables to GITHUB_ENV identically", async () => {
    const ours = await captureFile("GITHUB_ENV", () => runner.exportVariable("MLOPS_X", "a\nb"));
    const theirs = await captureFile("GITHUB_ENV", () => actionsCore.exportVariable("MLOPS_X", "a\nb"));
    expect(ours).toBe(theirs);
  });

  it("appends to the job summary file", async () => {
    const out = await captureFile("GITHUB_STEP_SUMMARY", () => {
      runner.appendSummary("# one");
      runner.appendSummary("two\n");
    });
    expect(out).toBe(`# one${os.EOL}two\n`);
  });
});
