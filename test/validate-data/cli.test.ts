import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runMlops } from "@mlops/testkit";

// `mlops validate` (in-process; the bundled CLI runs in test/cli): the same step with flags named
// like the inputs, and -C for the directory.
function mlops(cwd: string, args: string[]) {
  return runMlops(["-C", cwd, ...args], { cwd: os.tmpdir(), mode: "source" });
}

describe("mlops validate", () => {
  it("writes a schema, then validates against it and a reference, printing outputs", async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), "mlops-validate-cli-"));
    writeFileSync(path.join(cwd, "d.csv"), "id,v\n1,0.5\n2,0.7\n3,0.9\n");
    const first = await mlops(cwd, [
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
    const second = await mlops(cwd, [
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
