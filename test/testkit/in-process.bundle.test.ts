import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAction, runMlops, tempDir } from "@mlops/testkit";

/*
 * The in-process mode (runAction / runMlops with mode "source") gives what the committed bundle
 * gives: exit code, outputs, annotations, summary and log. In the bundled run, as every test that
 * runs a bundle; in-process.test.ts checks that the mode leaves the test process as it found it.
 */

describe("mode source gives what the bundle gives", () => {
  it("validate-data: exit code, outputs, annotations and summary", async () => {
    const cwd = tempDir("mlops-in-process-validate-");
    writeFileSync(path.join(cwd, "d.csv"), "id,temp\n1,2.5\n2,oops\n3,4\n");
    writeFileSync(
      path.join(cwd, "schema.json"),
      JSON.stringify({ columns: { id: { type: "integer" }, temp: { type: "number" } } }),
    );
    const inputs = { data: "d.csv", schema: "schema.json" };
    const [bundle, source] = [
      await runAction("validate-data", { cwd, inputs }),
      await runAction("validate-data", { cwd, inputs, mode: "source" }),
    ];
    expect(bundle.exitCode).toBe(1);
    expect(source.exitCode).toBe(bundle.exitCode);
    expect(source.outputs).toEqual(bundle.outputs);
    expect(source.annotations).toEqual(bundle.annotations);
    expect(source.summary).toBe(bundle.summary);
    // The log is the same but for timings and speeds.
    const numbersOut = (log: string) => log.replace(/\d+(\.\d+)?/g, "N");
    expect(numbersOut(source.stdout)).toBe(numbersOut(bundle.stdout));
  });

  it("mlops validate: exit code, stdout and stderr", async () => {
    const cwd = tempDir("mlops-in-process-cli-");
    writeFileSync(path.join(cwd, "d.csv"), "id,temp\n1,2.5\n2,3.5\n");
    const args = ["validate", "--data", "d.csv", "--outputs", "--report", "r.json"];
    const bundle = await runMlops(args, { cwd });
    const source = await runMlops(args, { cwd, mode: "source" });
    expect(bundle.status).toBe(0);
    expect(source.status).toBe(0);
    expect(source.outputs).toEqual(bundle.outputs);
    const bad = ["validate", "--data", "missing.csv"];
    const [b, s] = [await runMlops(bad, { cwd }), await runMlops(bad, { cwd, mode: "source" })];
    expect(b.status).not.toBe(0);
    expect([s.status, s.stderr]).toEqual([b.status, b.stderr]);
  });
});
