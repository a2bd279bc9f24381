import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `mlops validate` (the built CLI): the same step with flags named like the inputs.
const root = path.resolve(import.meta.dirname, "../..");
function mlops(cwd: string, args: string[]) {
  return spawnSync(process.execPath, [path.join(root, "packages/cli/dist/index.js"), "-C", cwd, ...args], {
    cwd: root,
    encoding: "utf8",
  });
}

describe("mlops validate", () => {
  it("writes a schema, then validates against it and a reference, printing outputs", () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), "mlops-validate-cli-"));
    writeFileSync(path.join(cwd, "d.csv"), "id,v\n1,0.5\n2,0.7\n3,0.9\n");
    const first = mlops(cwd, [
      "validate",
      "--data",
      "d.csv",
      "--write-schema",
      "schema.json",
      "--report",
      "ref.json",
    ]);
    expect(first.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(cwd, "schema.json"), "utf8")).columns.v.type).toBe("number");
    writeFileSync(path.join(cwd, "e.csv"), "id,v\n4,oops\n");
    const second = mlops(cwd, [
      "validate",
      "--data",
      "e.csv",
      "--schema",
      "schema.json",
      "--reference",
      "ref.json",
      "--outputs",
    ]);
    expect(second.status).toBe(1);
    expect(second.stdout).toMatch(/^passed=false$/m);
    expect(second.stdout).toMatch(/^drifted-columns=\[.*\]$/m);
    expect(second.stderr).toMatch(/e\.csv:2: column 'v': expected number, found "oops"/);
  });
});
