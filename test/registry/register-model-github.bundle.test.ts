import { describe, expect, it } from "vitest";
import {
  expectFirstRegistration,
  expectRerunChangedNothing,
  fake,
  register,
  useRegisterModelGitHub,
  WEATHER_INPUTS,
} from "./register-model-github-fixtures.js";

// register-model's committed bundle (actions/register-model/dist/index.js) as the runner runs it,
// with the GitHub registry on the fake: the release, the index commit and its message, a re-run
// attempt, a read-only token. Every case runs the bundle, so the file is a *.bundle.test.ts and
// runs in the bundled run (`npm run test:bundled`) only, not in `npm test`; the same central case
// with the action's main in-process: register-model-github.test.ts (the setup and the assertions
// they share: register-model-github-fixtures.ts); the GitHub registry from source:
// test/registry/github-registry.test.ts and contract-github.test.ts.

useRegisterModelGitHub();

describe("register-model (bundled) with the GitHub registry on the fake", () => {
  it("publishes the release, commits the index with an auditable message, outputs version and model-uri", async () => {
    expectFirstRegistration(await register("bundle", WEATHER_INPUTS));
    // A re-run attempt of the same job: nothing new anywhere.
    expectRerunChangedNothing(await register("bundle", WEATHER_INPUTS, { runAttempt: 2 }));
  });

  it("explains the missing permission when the token is read-only", async () => {
    fake.state.readOnlyToken("ghs_readonly");
    const result = await register(
      "bundle",
      { model: "weather", "model-path": "out/model.pkl" },
      { token: "ghs_readonly" },
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("contents: write");
    expect(result.outputs).toEqual({});
    expect(fake.state.repo().git.refs.get("refs/heads/mlops-registry")).toBeUndefined();
  });
});
