import { describe, expect, it } from "vitest";
import { runAction } from "@mlops/testkit";

// runAction with an action's name and no mode runs its committed bundle (actions/<name>/dist) as
// the runner does. In the bundled run, as every test that runs a bundle; harness.test.ts tests
// the harness on a throw-away bundle of its own.

describe("runAction on a committed bundle", () => {
  it("runs a bundled action by name: train fails on its missing input", async () => {
    const r = await runAction("train", { timeoutMs: 170_000 });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/input 'command' is required/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // a configuration error carries no stack
  });
});
