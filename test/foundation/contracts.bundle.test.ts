import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTRACT } from "./action-contracts.js";

// Each action's committed bundle (actions/<name>/dist/index.js) run with no input fails with one
// line naming a missing contract input (action-contracts.ts), and no stack trace. In the bundled
// run (`npm run test:bundled`) only, as every test that executes a bundle; contracts.test.ts
// checks each action.yml against the contracts.
const root = path.resolve(import.meta.dirname, "../..");

describe("action contracts (bundled)", () => {
  for (const [name, contract] of Object.entries(CONTRACT)) {
    it(`${name} bundle fails with one line naming the missing input when given nothing`, () => {
      const tmp = mkdtempSync(path.join(os.tmpdir(), "contract-"));
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        GITHUB_ACTIONS: "true",
        GITHUB_OUTPUT: path.join(tmp, "output"),
        GITHUB_STEP_SUMMARY: path.join(tmp, "summary"),
      };
      const result = spawnSync(process.execPath, [path.join(root, "actions", name, "dist/index.js")], {
        cwd: tmp,
        env,
        encoding: "utf8",
        timeout: 600_000, // against a hang only (no test depends on speed)
      });
      expect(result.status).toBe(1);
      const errors = result.stdout.split("\n").filter((l) => l.startsWith("::error"));
      expect(errors).toHaveLength(1);
      const message = errors[0]!.replace(/^::error::/, "");
      const named = contract.inputs.filter((input) => new RegExp(`\\b${input}\\b`).test(message));
      expect(named.length, `the error names a missing input: ${message}`).toBeGreaterThan(0);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
