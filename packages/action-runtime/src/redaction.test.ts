import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearRegisteredSecrets, ConfigurationError, StepFailed } from "@mlops/core";
import { actionsLogger, failStep, type ActionIO } from "./index.js";

// Issue 17 masking: the runner learns the credential after Bearer/Basic/token as well as the
// whole header value, and every way a step fails goes through core's redact.

// The redactor's secrets are process-wide and this worker runs other files too: each test starts
// with none registered (test/setup/process-state.ts puts back the file's after it).
beforeEach(() => clearRegisteredSecrets());
afterEach(() => vi.restoreAllMocks());

function captureStdout(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

function io(): ActionIO & { failure: string | null } {
  const target = {
    failure: null as string | null,
    logger: actionsLogger,
    input: () => undefined,
    setOutput() {},
    async appendSummary() {},
    setFailed(message: string) {
      target.failure = message;
    },
  };
  return target;
}

describe("actions logger masking", () => {
  it("setSecret issues ::add-mask:: for the whole value and for the credential after the scheme", () => {
    const out = captureStdout();
    const basic = Buffer.from("deployer:hunter2hunter2").toString("base64");
    actionsLogger.setSecret("Bearer sk_live_bearer0001");
    actionsLogger.setSecret(`Basic ${basic}`);
    actionsLogger.setSecret("token ghp_tokenstyle0001");
    const masks = out.filter((l) => l.startsWith("::add-mask::")).map((l) => l.trim().slice(12));
    expect(masks).toEqual([
      "Bearer sk_live_bearer0001",
      "sk_live_bearer0001",
      `Basic ${basic}`,
      basic,
      "deployer:hunter2hunter2",
      "hunter2hunter2",
      "token ghp_tokenstyle0001",
      "ghp_tokenstyle0001",
    ]);
  });

  it("warnings and errors are redacted before the runner sees them", () => {
    const out = captureStdout();
    actionsLogger.warning("retrying POST https://u:pw_leak@hook.example/x?sig=q_leak: 502");
    expect(out.join("")).toContain("::warning::retrying POST https://hook.example/x?…: 502");
    expect(out.join("")).not.toMatch(/pw_leak|q_leak/);
  });
});

describe("failStep redaction", () => {
  it("a bug's message and its undici cause lose URL credentials, query strings and registered secrets", () => {
    captureStdout();
    actionsLogger.setSecret("Bearer reg_secret_0001");
    const target = io();
    const bug = new TypeError("fetch failed", {
      cause: new Error(
        "connect ECONNREFUSED https://user:pw_leak@10.0.0.9:9/hook?token=q_leak (reg_secret_0001)",
      ),
    });
    failStep(target, bug);
    expect(target.failure).toContain("caused by: connect ECONNREFUSED https://10.0.0.9:9/hook?… (***)");
    expect(target.failure).not.toMatch(/pw_leak|q_leak|reg_secret_0001/);
    expect(target.failure).toMatch(/This is a bug in mlops-actions/);
  });

  it("StepFailed and ConfigurationError messages are redacted too", () => {
    const a = io();
    failStep(
      a,
      new StepFailed('hook answered HTTP 403: {"authorization":"Bearer echoed_secret_1"}', { code: "x" }),
    );
    expect(a.failure).toBe('hook answered HTTP 403: {"authorization":"Bearer ***"}');
    const b = io();
    failStep(
      b,
      new ConfigurationError("cannot reach https://me:pw_leak@registry.example/v2/?x=1", { code: "x" }),
    );
    expect(b.failure).toBe("cannot reach https://registry.example/v2/?…");
  });
});
