import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "@mlops/testkit";

// validate-data run as the runner runs it: INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
// files, workflow-command annotations. The first case and a malformed file run the bundle
// (actions/validate-data/dist/index.js); the others the action's main in-process (runAction's
// mode "source": the same code, environment, working directory and env files).

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-validate-action-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

let seed = 11;
const random = () => (seed = (1664525 * seed + 1013904223) % 4294967296) / 4294967296;
function table(n: number, shift = 0): string {
  const lines = ["id,temp,station"];
  for (let i = 0; i < n; i++)
    lines.push(
      `${i + 1},${(random() * 10 + shift).toFixed(1)},${["north", "south", "east"][Math.floor(random() * (shift ? 1 : 3))]}`,
    );
  return lines.join("\n") + "\n";
}

describe("validate-data action", () => {
  it("passes clean data and writes outputs, report and a job summary", async () => {
    const cwd = workspace({ "train.csv": table(200) });
    const r = await runAction("validate-data", {
      cwd,
      inputs: { data: "train.csv", "write-schema": "schema.json" },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      passed: "true",
      report: "mlops-validation.json",
      rows: "200",
      anomalies: "0",
      "drift-detected": "false",
      "drifted-columns": "[]",
    });
    const report = JSON.parse(readFileSync(path.join(cwd, "mlops-validation.json"), "utf8"));
    expect(report).toMatchObject({
      kind: "mlops.validation",
      version: 1,
      passed: true,
      dataset: { rows: 200, columns: ["id", "temp", "station"] },
    });
    expect(r.summary).toMatch(/Data validation: passed/);
    expect(JSON.parse(readFileSync(path.join(cwd, "schema.json"), "utf8")).columns.temp.type).toBe("number");
  });

  it("fails on schema violations with ::error file=…,line=N:: annotations, at most 10", async () => {
    const rows = ["id,temp"];
    for (let i = 1; i <= 40; i++) rows.push(`${i},${i % 2 ? "warm" : i}`);
    const cwd = workspace({
      "d.csv": rows.join("\n") + "\n",
      "schema.json": JSON.stringify({ columns: { id: { type: "integer" }, temp: { type: "number" } } }),
    });
    const r = await runAction("validate-data", {
      mode: "source",
      cwd,
      inputs: { data: "d.csv", schema: "schema.json" },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: "false", anomalies: "1" });
    const located = r.annotations.filter((a) => a.level === "error" && a.file === "d.csv");
    expect(located.length).toBe(5); // the check's first five sample rows
    expect(located[0]).toMatchObject({ line: 2 });
    expect(located[0]!.message).toMatch(/column 'temp': expected number, found "warm"/);
    expect(r.annotations.filter((a) => a.level === "error" && a.file === undefined).at(-1)!.message).toMatch(
      /data validation failed \(fail-on: error\)/,
    );
    expect(r.summary).toMatch(/\| temp \| type \| error \|/);
  });

  it("caps annotations at 10 and says how many more there are", async () => {
    const rows = ["a,b,c"];
    for (let i = 1; i <= 20; i++) rows.push(`x${i},y${i},z${i}`);
    const cwd = workspace({
      "d.csv": rows.join("\n") + "\n",
      "schema.json": JSON.stringify({
        columns: { a: { type: "integer" }, b: { type: "integer" }, c: { type: "integer" } },
      }),
    });
    const r = await runAction("validate-data", {
      mode: "source",
      cwd,
      inputs: { data: "d.csv", schema: "schema.json" },
    });
    expect(r.annotations.filter((a) => a.file === "d.csv")).toHaveLength(10);
    expect(r.stdout).toMatch(/and 5 more problem\(s\)/);
  });

  it("detects drift against a reference and fails with fail-on: drift", async () => {
    const cwd = workspace({ "ref.csv": table(2000), "cur.csv": table(1500, 6) });
    const r = await runAction("validate-data", {
      mode: "source",
      cwd,
      inputs: { data: "cur.csv", reference: "ref.csv", "fail-on": "drift" },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs["drift-detected"]).toBe("true");
    expect(JSON.parse(r.outputs["drifted-columns"]!)).toEqual(expect.arrayContaining(["temp", "station"]));
    expect(r.summary).toMatch(/dataset drift detected/);
    expect(r.summary).toMatch(/\| temp \| wasserstein \|/);
    const ok = await runAction("validate-data", {
      mode: "source",
      cwd,
      inputs: { data: "cur.csv", reference: "ref.csv" },
    });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs["drift-detected"]).toBe("true");
  });

  it("takes format, fail-on and report from mlops.yml's validate section; explicit inputs still win", async () => {
    // The runner passes an action.yml default as the input, which would hide mlops.yml: these
    // inputs have no action.yml default, so the section is used when they are not given.
    const cwd = workspace({
      "ref.txt": table(2000),
      "cur.txt": table(1500, 6),
      "mlops.yml": "validate:\n  format: csv\n  fail-on: drift\n  report: checked.json\n",
    });
    const fromConfig = await runAction("validate-data", {
      mode: "source",
      cwd,
      inputs: { data: "cur.txt", reference: "ref.txt" },
    });
    expect(fromConfig.exitCode).toBe(1); // fail-on: drift (the default, error, would pass)
    expect(fromConfig.outputs).toMatchObject({
      rows: "1500",
      report: "checked.json",
      "drift-detected": "true",
    });
    expect(fromConfig.annotations.at(-1)!.message).toMatch(/data validation failed \(fail-on: drift\)/);
    expect(JSON.parse(readFileSync(path.join(cwd, "checked.json"), "utf8")).dataset.rows).toBe(1500);

    writeFileSync(
      path.join(cwd, "mlops.yml"),
      "validate:\n  format: jsonl\n  fail-on: drift\n  report: checked.json\n",
    );
    const explicit = await runAction("validate-data", {
      mode: "source",
      cwd,
      inputs: {
        data: "cur.txt",
        reference: "ref.txt",
        format: "csv",
        "fail-on": "never",
        report: "mine.json",
      },
    });
    expect(explicit.exitCode).toBe(0);
    expect(explicit.outputs).toMatchObject({ rows: "1500", report: "mine.json", "drift-detected": "true" });
    expect(JSON.parse(readFileSync(path.join(cwd, "mine.json"), "utf8")).dataset.rows).toBe(1500);
  });

  it("reports a malformed file as an error with its line, and still writes the report", async () => {
    const cwd = workspace({ "bad.csv": 'a,b\n1,2\n3,"never closed\n' });
    const r = await runAction("validate-data", { cwd, inputs: { data: "bad.csv" } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.file === "bad.csv")).toMatchObject({ level: "error", line: 3 });
    expect(r.annotations.find((a) => a.file === "bad.csv")!.message).toMatch(/quoted field is never closed/);
    const report = JSON.parse(readFileSync(path.join(cwd, "mlops-validation.json"), "utf8"));
    expect(report.anomalies[0]).toMatchObject({ code: "unterminated-quote", line: 3 });
  });

  it("fails with a clear message when the data input is missing or the schema file is invalid", async () => {
    const none = await runAction("validate-data", {
      mode: "source",
      cwd: workspace({}),
      inputs: {},
    });
    expect(none.exitCode).toBe(1);
    expect(none.annotations[0]!.message).toMatch(/input 'data' is required/);
    const bad = await runAction("validate-data", {
      mode: "source",
      cwd: workspace({ "d.csv": "a\n1\n", "s.json": '{"columns": {"a": {"type": "float"}}}' }),
      inputs: { data: "d.csv", schema: "s.json" },
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations[0]).toMatchObject({
      level: "error",
      file: expect.stringMatching(/s\.json$/),
      line: 1,
    });
  });
});
