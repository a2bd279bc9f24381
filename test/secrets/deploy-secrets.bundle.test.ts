import { createServer } from "node:http";
import { promises as fs } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAction, type ActionResult } from "@mlops/testkit";
import { useDeployActionFixture } from "../deploy/action-fixtures.js";

// Issue 17, "Secrets stay secret", deploy side: the bundled deploy-model action against the
// fake GitHub. (1) An http target that echoes the Authorization header must not get it into
// the public deployment statuses; (4) the deploy and health-check commands get a run: step's
// environment (no INPUT_*, no ACTIONS_RUNTIME_*, no GITHUB_TOKEN unless pass-token: true).
// A `*.bundle.test.ts` file: every case runs the committed bundle (actions/deploy-model/dist) in a
// child process, so it runs in the bundled run (`npm run test:bundled`, after `npm test`), not in
// `npm test`.

const HOOK_SECRET = "sk_live_hook7Q2mZ9xWv4";
const WRITE_TOKEN = "ghs_jobWriteToken1234567";

// The fake GitHub and a workspace whose local registry holds weather v1 (production) and v2,
// fresh for each test, as deploy-model's own tests have them.
const t = useDeployActionFixture();

/** A hook on 127.0.0.1 that answers `status` with the request's headers echoed back. */
async function echoHook(status: number): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(status, { "content-type": "application/json" });
      // The credential first, so that the old 140-character status would have carried it.
      res.end(
        JSON.stringify({ youSent: req.headers.authorization, error: "bad deploy", headers: req.headers }),
      );
    });
  });
  t.servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function deploy(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionResult> {
  return runAction("deploy-model", {
    cwd: t.workspace,
    apiUrl: t.fake.url,
    token: WRITE_TOKEN,
    inputs: { model: "weather", registry: "local", "health-check-interval-seconds": "0", ...inputs },
    env,
    timeoutMs: 170_000, // against a hang only: under the test timeout, far above a run on a loaded machine
  });
}

function statuses() {
  return [...t.fake.state.repo().deploymentStatuses.values()];
}

/** Every piece of the secret 6 characters or longer that could identify it. */
function pieces(secret: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 6 <= secret.length; i++) out.push(secret.slice(i, i + 6));
  return out;
}

describe("deploy secrets (issue 17)", () => {
  it("an http target echoing the Authorization header: no part of the secret in any deployment status", async () => {
    const url = await echoHook(403);
    const r = await deploy({
      version: "2",
      target: "http",
      url: `${url}/reload?sig=query${HOOK_SECRET}`,
      "http-headers": `Authorization: Bearer ${HOOK_SECRET}`,
    });
    expect(r.exitCode).toBe(1);
    const all = statuses();
    expect(all.map((s) => s.state)).toContain("failure");
    const published = JSON.stringify(all.map((s) => [s.description, s.logUrl, s.environmentUrl]));
    for (const piece of pieces(HOOK_SECRET)) expect(published).not.toContain(piece);
    expect(published).not.toMatch(/youSent|authorization/i);
    // Fixed text plus the link to the log.
    const failure = all.find((s) => s.state === "failure")!;
    expect(failure.description).toBe("weather v2: the http target failed; details in the workflow run log");
    expect(failure.logUrl).toMatch(/\/actions\/runs\/\d+/);
    // The runner masks the credential after Bearer as well as the whole header value...
    expect(r.masks).toContain(HOOK_SECRET);
    expect(r.masks).toContain(`Bearer ${HOOK_SECRET}`);
    // ...and the step's own error text and summary do not carry it even before masking.
    const errors = r.annotations.filter((a) => a.level === "error").map((a) => a.message);
    expect(errors.join("\n")).toMatch(/answered HTTP 403/);
    expect(errors.join("\n") + r.summary).not.toContain(HOOK_SECRET);
    expect(errors.join("\n") + r.summary).not.toContain(`query${HOOK_SECRET}`);
  });

  it("the rollback's statuses are fixed text too when the hook keeps failing", async () => {
    const url = await echoHook(500);
    const r = await deploy({
      version: "2",
      target: "http",
      url: `${url}/reload`,
      "http-retries": "0",
      "http-headers": `Authorization: token ${HOOK_SECRET}`,
    });
    expect(r.exitCode).toBe(1);
    const descriptions = statuses().map((s) => s.description);
    expect(descriptions).toContain("rollback to v1 failed; details in the workflow run log");
    for (const piece of pieces(HOOK_SECRET)) expect(descriptions.join("\n")).not.toContain(piece);
  });

  const dump = (file: string) => `env > "${path.join("$GITHUB_WORKSPACE", file)}"`;
  async function dumped(file: string): Promise<Record<string, string>> {
    const text = await fs.readFile(path.join(t.workspace, file), "utf8");
    return Object.fromEntries(
      text
        .split("\n")
        .filter((l) => l.includes("="))
        .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
    );
  }
  const runtime = {
    ACTIONS_RUNTIME_TOKEN: "runtime-token-secret",
    ACTIONS_RUNTIME_URL: "http://127.0.0.1:1/runtime/",
    ACTIONS_RESULTS_URL: "http://127.0.0.1:1/results/",
    GITHUB_TOKEN: "ghs_fromTheJobEnv999",
  };

  it("the deploy command and the health check get no INPUT_*, ACTIONS_RUNTIME_* or token", async () => {
    const r = await deploy(
      {
        version: "2",
        target: "command",
        command: dump("deploy-env.txt"),
        "health-check-command": dump("health-env.txt"),
        "health-check-count": "1",
      },
      { ...runtime, MLOPS_DEPLOY_TEST_VAR: "kept" },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    for (const file of ["deploy-env.txt", "health-env.txt"]) {
      const env = await dumped(file);
      expect(Object.keys(env).filter((k) => k.startsWith("INPUT_"))).toEqual([]);
      expect(Object.keys(env).filter((k) => k.startsWith("ACTIONS_RUNTIME_"))).toEqual([]);
      expect(env.ACTIONS_RESULTS_URL).toBeUndefined();
      expect(env.GITHUB_TOKEN).toBeUndefined();
      expect(JSON.stringify(env)).not.toContain(WRITE_TOKEN);
      // What a run: step sees stays: the job's env, the workflow facts, the model.
      expect(env.MLOPS_DEPLOY_TEST_VAR).toBe("kept");
      expect(env.GITHUB_REPOSITORY).toBeTruthy();
      expect(env.MODEL_VERSION).toBe("2");
    }
  });

  it("pass-token: true gives the commands the step's token as GITHUB_TOKEN, nothing else", async () => {
    const r = await deploy(
      {
        version: "2",
        target: "command",
        command: dump("deploy-env.txt"),
        "health-check-command": dump("health-env.txt"),
        "health-check-count": "1",
        "pass-token": "true",
      },
      runtime,
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    for (const file of ["deploy-env.txt", "health-env.txt"]) {
      const env = await dumped(file);
      expect(env.GITHUB_TOKEN).toBe(WRITE_TOKEN);
      expect(
        Object.keys(env).filter((k) => k.startsWith("INPUT_") || k.startsWith("ACTIONS_RUNTIME_")),
      ).toEqual([]);
    }
  });
});
