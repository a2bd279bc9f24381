import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "@mlops/testkit";

// validate-data's workers inside the bundled action: actions/validate-data/dist/index.js starts its
// own dist/profile-worker.js (whatever MLOPS_TEST_PROFILE_WORKER says) on a file large enough for
// two byte ranges. In the bundled run (`npm run test:bundled`) only, as every test that executes a
// bundle; threads.test.ts runs the threaded reader from source.

const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-threads-bundle-"));

describe("validate-data on worker threads (bundled)", () => {
  it("runs its workers inside the bundled action (dist/profile-worker.js)", async () => {
    const rows = Array.from(
      { length: 700_000 },
      (_, i) => `${i},${(i % 997) / 10},w${i % 13},2024-01-0${1 + (i % 9)}`,
    );
    writeFileSync(path.join(dir, "big.csv"), "id,v,w,d\n" + rows.join("\n") + "\n");
    const r = await runAction("validate-data", { cwd: dir, inputs: { data: "big.csv", threads: "2" } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.rows).toBe("700000");
    expect(r.stdout).toMatch(/big\.csv: read as 2 byte ranges on 2 threads/);
  });
});
