import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "@mlops/testkit";
import { tables, workspace } from "./action-fixtures.js";

// validate-data run as the runner runs it: INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
// files, workflow-command annotations, with the action's main in-process (runAction's mode
// "source": the same code, environment, working directory and env files). Clean data (with
// write-schema) and a malformed file through the bundle (actions/validate-data/dist/index.js) are
// in action.bundle.test.ts: they execute the committed bundle, so they run in the bundled run
// (`npm run test:bundled`), not in `npm test`.

const table = tables();

describe("validate-data action", () => {
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

  it("write-schema writes the inferred schema, which then passes the data and fails a category it does not allow", async () => {
    const rows = ["id,temp,station"];
    for (let i = 1; i <= 60; i++) rows.push(`${i},${(i % 10) + 0.5},${i % 2 ? "north" : "south"}`);
    const cwd = workspace({
      "d.csv": rows.join("\n") + "\n",
      "new.csv": "id,temp,station\n1,2.5,north\n2,7.5,west\n",
    });
    const r = await runAction("validate-data", {
      mode: "source",
      cwd,
      inputs: { data: "d.csv", "write-schema": "schema.json" },
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ passed: "true", rows: "60", anomalies: "0" });
    expect(r.stdout).toContain("wrote the inferred schema to schema.json: review it and commit it");
    const schema = JSON.parse(readFileSync(path.join(cwd, "schema.json"), "utf8"));
    expect(schema).toMatchObject({ kind: "mlops.data-schema", version: 1, unexpectedColumns: "error" });
    expect(schema.columns).toEqual({
      id: {
        type: "integer",
        nullable: false,
        min: { value: 1, severity: "warning" },
        max: { value: 60, severity: "warning" },
        unique: true,
      },
      temp: {
        type: "number",
        nullable: false,
        min: { value: 0.5, severity: "warning" },
        max: { value: 9.5, severity: "warning" },
      },
      station: { type: "categorical", nullable: false, allowed: ["north", "south"] },
    });

    const same = await runAction("validate-data", {
      mode: "source",
      cwd,
      inputs: { data: "d.csv", schema: "schema.json" },
    });
    expect(same.exitCode, same.stdout + same.stderr).toBe(0);
    const other = await runAction("validate-data", {
      mode: "source",
      cwd,
      inputs: { data: "new.csv", schema: "schema.json" },
    });
    expect(other.exitCode).toBe(1);
    expect(other.outputs.passed).toBe("false");
    expect(other.summary).toMatch(/\| station \| allowed \| error \|/);
  });
});
