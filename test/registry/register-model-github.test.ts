import { describe, it } from "vitest";
import {
  expectFirstRegistration,
  expectRerunChangedNothing,
  register,
  useRegisterModelGitHub,
  WEATHER_INPUTS,
} from "./register-model-github-fixtures.js";

// register-model as the runner runs it (runAction's INPUT_* variables, env files, the fake
// GitHub's url), with its main in-process (mode "source": the same code, environment, working
// directory and env files), with the GitHub registry on the fake: the central case of
// register-model-github.bundle.test.ts, which runs it, and a read-only token, through the
// committed bundle in the bundled run (`npm run test:bundled`). Their shared setup and
// assertions: register-model-github-fixtures.ts.

useRegisterModelGitHub();

describe("register-model with the GitHub registry on the fake", () => {
  it("publishes the release, commits the index with an auditable message, outputs version and model-uri; a re-run attempt changes nothing", async () => {
    expectFirstRegistration(await register("source", WEATHER_INPUTS));
    expectRerunChangedNothing(await register("source", WEATHER_INPUTS, { runAttempt: 2 }));
  });
});
