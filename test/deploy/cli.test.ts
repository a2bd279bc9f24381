import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runMlops, type MlopsResult } from "@mlops/testkit";
import { deploymentStates, useCliDeployFixture } from "./cli-fixtures.js";

// `mlops deploy` on a laptop: the CLI in-process, the local registry, the directory target. The
// built bundle (packages/cli/dist/index.js) in a process of its own, for a signal and a race, is
// cli.bundle.test.ts: it runs in the bundled run (`npm run test:bundled`), not in `npm test`.
// Setup shared by both: cli-fixtures.ts.

const t = useCliDeployFixture();

/**
 * `mlops` in-process; the bundle runs in cli.bundle.test.ts, where a signal or a race needs its own
 * process.
 */
function mlops(...args: string[]): Promise<MlopsResult> {
  // The test run's TMPDIR (test/global-setup.ts): the deploy downloads there without RUNNER_TEMP.
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", TMPDIR: os.tmpdir() };
  return runMlops(args, { cwd: t.work, env, mode: "source" });
}

const served = (env = "production") =>
  readFileSync(path.join(t.work, ".mlops/serving/weather", env, "current/model.json"), "utf8");

describe("mlops deploy", () => {
  it("deploys into .mlops/serving/<model>/<environment> and moves the alias", async () => {
    const r = await mlops(
      "deploy",
      "--model",
      "weather",
      "--version",
      "1",
      "--health-check-command",
      'test -s "$MODEL_PATH"',
      "--health-check-interval-seconds",
      "0",
      "--outputs",
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ version: "1", "previous-version": "", "rolled-back": "false" });
    expect(r.outputs["deployment-id"]).toMatch(/^local-/);
    expect(served()).toBe('{"weights":"one"}');
    expect(r.stdout).toContain("alias production → version 1 (first deploy)");
    expect(deploymentStates(t.work)).toEqual(["queued", "in_progress", "success"]);
  });

  it("rolls back an unhealthy version, exits 1 and says what happened", async () => {
    expect((await mlops("deploy", "--model", "weather", "--version", "1")).status).toBe(0);
    const check = "grep -q one .mlops/serving/weather/production/current/model.json";
    const r = await mlops(
      "deploy",
      "--model",
      "weather",
      "--version",
      "2",
      "--health-check-command",
      check,
      "--health-check-interval-seconds",
      "0",
      "--outputs",
    );
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ version: "2", "previous-version": "1", "rolled-back": "true" });
    expect(r.stderr).toMatch(
      /^mlops: deploy of weather version 2 to production failed: health check command/,
    );
    expect(r.stderr).toContain(
      "Rolled back: version 1 was redeployed through the directory target and is healthy (3/3 checks)",
    );
    expect(r.stderr).toContain("alias production was not moved (still version 1)");
    expect(served()).toBe('{"weights":"one"}');
  });

  it("takes defaults from mlops.yml's deploy section; flags win", async () => {
    await fs.writeFile(
      path.join(t.work, "mlops.yml"),
      "model: weather\ndeploy:\n  environment: staging\n  directory: serve/staging\n  health-check-count: 1\n",
    );
    const r = await mlops("deploy", "--alias", "latest", "--outputs");
    expect(r.status).toBe(0);
    expect(r.outputs.version).toBe("2");
    expect(readFileSync(path.join(t.work, "serve/staging/current/model.json"), "utf8")).toBe(
      '{"weights":"two"}',
    );
    const r2 = await mlops("deploy", "--version", "1", "--directory", "serve/other");
    expect(r2.status).toBe(0);
    expect(readFileSync(path.join(t.work, "serve/other/current/model.json"), "utf8")).toBe(
      '{"weights":"one"}',
    );
  });

  it("names the versions that exist when asked for one that does not", async () => {
    const r = await mlops("deploy", "--model", "weather", "--version", "9");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^mlops: .*weather.*9.*versions 1\.\.2/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects bad input with the input's name", async () => {
    expect((await mlops("deploy", "--model", "weather")).stderr).toContain(
      "input 'version' or 'alias' is required",
    );
    expect((await mlops("deploy", "--model", "../etc", "--version", "1")).stderr).toContain(
      'model name "../etc" is not valid',
    );
    expect(
      (await mlops("deploy", "--model", "weather", "--version", "1", "--target", "ftp")).stderr,
    ).toContain("input 'target': expected one of 'command', 'http', 'directory', found \"ftp\"");
    expect(
      (await mlops("deploy", "--model", "weather", "--version", "1", "--health-check-count", "0")).stderr,
    ).toContain("input 'health-check-count': expected an integer ≥ 1, found 0");
  });
});
