import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect } from "vitest";
import {
  runAction,
  startFakeGitHub,
  type ActionMode,
  type ActionResult,
  type FakeGitHub,
} from "@mlops/testkit";
import { pickledText, runRecord } from "./fixtures/run-record.js";

/*
 * What register-model-github.test.ts (register-model's main in-process) and
 * register-model-github.bundle.test.ts (its bundle) share: the fake GitHub, a workspace with a
 * model and its run record, register(), which runs the step against them, and what the first
 * registration leaves on the fake.
 */

// Set before each test of a file that called useRegisterModelGitHub() (read through the live binding).
export let fake: FakeGitHub;
export let ws: string;
/** The fake repository's main branch head: the run's commit. */
export let mainSha: string;

/**
 * Starts the fake GitHub and writes the workspace (out/model.pkl, out/run.json) before each test
 * of the calling file; closes the fake after. Called from each test file: hooks at this module's
 * top level would run once per worker (`isolate: false` shares the module between files) and so
 * belong to the first file only.
 */
export function useRegisterModelGitHub(): void {
  beforeEach(async () => {
    fake = await startFakeGitHub();
    mainSha = fake.state.repo().git.refs.get("refs/heads/main")!;
    ws = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-register-gh-"));
    await fs.mkdir(path.join(ws, "out"));
    await fs.writeFile(path.join(ws, "out/model.pkl"), pickledText("pickled forest"));
    await fs.writeFile(path.join(ws, "out/run.json"), JSON.stringify(runRecord()));
  });
  afterEach(async () => {
    await fake.close();
  });
}

export const TOKEN = "ghs_registrytoken";

/** register-model as the runner runs it against the fake, on main's head, with `inputs`. */
export function register(
  mode: ActionMode,
  inputs: Record<string, string>,
  options: { token?: string; runAttempt?: number } = {},
): Promise<ActionResult> {
  return runAction("register-model", {
    mode,
    cwd: ws,
    token: options.token ?? TOKEN,
    apiUrl: fake.url,
    facts: { sha: mainSha },
    ...(options.runAttempt !== undefined ? { runAttempt: options.runAttempt } : {}),
    inputs,
  });
}

/** The central case's inputs: the run record's model, alias staging. */
export const WEATHER_INPUTS = { model: "weather", "run-record": "out/run.json", aliases: "staging" };

/** The commits of the registry branch (mlops-registry), oldest first. */
export function registryCommits(): { sha: string; message: string; parents: string[] }[] {
  const git = fake.state.repo().git;
  const out: { sha: string; message: string; parents: string[] }[] = [];
  let sha = git.refs.get("refs/heads/mlops-registry");
  while (sha) {
    const c = git.commit(sha)!;
    out.push({ sha, message: c.message, parents: c.parents });
    sha = c.parents[0];
  }
  return out.reverse();
}

/**
 * `register(mode, WEATHER_INPUTS)` on an empty registry registered weather v1: its outputs, the
 * token masked, the release (the model as its asset, tagged at the run's commit) and one root
 * commit of the index with an auditable message.
 */
export function expectFirstRegistration(first: ActionResult): void {
  expect(first.exitCode, first.stdout + first.stderr).toBe(0);
  expect(first.outputs).toEqual({
    version: "1",
    "model-uri": "models:/weather/1",
    created: "true",
    aliases: '["staging"]',
  });
  expect(first.stdout).toContain("registry: auto → github");
  expect(first.masks).toContain(TOKEN);

  const releases = [...fake.state.repo().releases.values()];
  expect(releases).toHaveLength(1);
  expect(releases[0]).toMatchObject({
    tagName: "weather-v1",
    name: "weather v1",
    draft: false,
    prerelease: true,
    makeLatest: "false",
  });
  expect(releases[0]!.assets.map((a) => [a.name, a.data.toString()])).toEqual([
    ["model.pkl", pickledText("pickled forest").toString()],
  ]);
  expect(fake.state.repo().git.refs.get("refs/tags/weather-v1")).toBe(mainSha);

  const commits = registryCommits();
  expect(commits).toHaveLength(1);
  expect(commits[0]!.parents).toEqual([]);
  const message = commits[0]!.message;
  expect(message.split("\n")[0]).toBe("register weather v1, aliases staging");
  expect(message).toContain("Key: octo-org/ml-repo/runs/4242/jobs/ml/models/weather");
  expect(message).toContain("Actor: octocat");
  expect(message).toContain("Run: https://github.com/octo-org/ml-repo/actions/runs/4242");
  expect(message).toContain(`Source-Commit: ${mainSha}`);
}

/** A re-run attempt of the same job after expectFirstRegistration: the same version, nothing new anywhere. */
export function expectRerunChangedNothing(rerun: ActionResult): void {
  expect(rerun.exitCode, rerun.stdout + rerun.stderr).toBe(0);
  expect(rerun.outputs).toEqual({
    version: "1",
    "model-uri": "models:/weather/1",
    created: "false",
    aliases: '["staging"]',
  });
  expect(fake.state.repo().releases.size).toBe(1);
  expect(registryCommits()).toHaveLength(1);
}
