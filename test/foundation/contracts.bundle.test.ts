import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "vitest";
import { CONTRACT, expectFailsNamingMissingInput, givenNothingEnv } from "./action-contracts.js";

// Each action's committed bundle (actions/<name>/dist/index.js) run with no input fails with one
// line naming a missing contract input (action-contracts.ts), and no stack trace. In the bundled
// run (`npm run test:bundled`) only, as every test that executes a bundle; contracts.test.ts
// checks each action.yml against the contracts.
const root = path.resolve(import.meta.dirname, "../..");

describe("action contracts (bundled)", () => {
  for (const name of Object.keys(CONTRACT)) {
    it(`${name} bundle fails with one line naming the missing input when given nothing`, () => {
      const tmp = mkdtempSync(path.join(os.tmpdir(), "contract-"));
      const result = spawnSync(process.execPath, [path.join(root, "actions", name, "dist/index.js")], {
        cwd: tmp,
        env: givenNothingEnv(tmp),
        encoding: "utf8",
        timeout: 600_000, // against a hang only (no test depends on speed)
      });
      expectFailsNamingMissingInput(name, {
        exitCode: result.status,
        stdout: result.stdout,
        stderr: result.stderr,
      });
    });
  }
});
