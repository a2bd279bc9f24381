import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { runInProcess } from "@mlops/testkit";
import { CONTRACT, expectFailsNamingMissingInput, givenNothingEnv } from "./action-contracts.js";

// The action contracts of the foundation issue (action-contracts.ts): names are relied on by
// tests, docs and users. Here each action.yml declares them, and each action's main
// (actions/<name>/src/main.ts), run in-process with no input, fails with one line naming a
// missing one. The same of each committed bundle (actions/<name>/dist/index.js) is in
// contracts.bundle.test.ts: it executes the bundles, so it runs in the bundled run
// (`npm run test:bundled`), not in `npm test`.
const root = path.resolve(import.meta.dirname, "../..");

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string }>;
  outputs: Record<string, { description?: string }>;
}

describe("runtime", () => {
  it("tests run on Node 24, like the actions", () => {
    expect(process.version).toMatch(/^v24\./);
  });
});

describe("action contracts", () => {
  it("has exactly the seven actions", () => {
    const actions = readdirSync(path.join(root, "actions")).filter((d) => !d.startsWith("."));
    expect(actions.sort()).toEqual(Object.keys(CONTRACT).sort());
  });

  for (const [name, contract] of Object.entries(CONTRACT)) {
    const yml = parse(readFileSync(path.join(root, "actions", name, "action.yml"), "utf8")) as ActionYml;

    it(`${name} runs on node24 from its committed bundle`, () => {
      expect(yml.runs).toEqual({ using: "node24", main: "dist/index.js" });
    });

    it(`${name} declares every contract input and output, each described`, () => {
      for (const input of contract.inputs) expect(yml.inputs, `input ${input}`).toHaveProperty(input);
      for (const output of contract.outputs) expect(yml.outputs, `output ${output}`).toHaveProperty(output);
      for (const [key, spec] of [...Object.entries(yml.inputs), ...Object.entries(yml.outputs)]) {
        expect(spec.description, `${key} has a description`).toBeTruthy();
        expect(key).toMatch(/^[a-z][a-z0-9-]*$/);
      }
    });
  }
});

describe("action contracts (source)", () => {
  for (const name of Object.keys(CONTRACT)) {
    it(`${name} main fails with one line naming the missing input when given nothing`, async () => {
      const tmp = mkdtempSync(path.join(os.tmpdir(), "contract-"));
      const { main } = (await import(path.join(root, "actions", name, "src", "main.ts"))) as {
        main: () => Promise<void>;
      };
      const result = await runInProcess(() => main(), { env: givenNothingEnv(tmp), cwd: tmp });
      expectFailsNamingMissingInput(name, result);
    });
  }
});
