import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { CONTRACT } from "./action-contracts.js";

// The action contracts of the foundation issue (action-contracts.ts): names are relied on by
// tests, docs and users. Here each action.yml declares them; that each committed bundle
// (actions/<name>/dist/index.js), run with no input, fails naming a missing one is in
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
