import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryLogger, parseConfig } from "@mlops/core";
import { evaluationRows, idFilter } from "./evaluation-set.js";
import { runPredict, type PredictCommand } from "./predict.js";

const dir = () => mkdtempSync(path.join(os.tmpdir(), "mlops-predict-"));

function command(text: string, cwd: string, timeoutMinutes = 1): PredictCommand {
  return { command: text, workingDirectory: cwd, timeoutMinutes, format: "csv" };
}

describe("the predict contract", () => {
  it("gives the command MODEL_PATH, EVAL_DATA and PREDICTIONS and withholds the runner's credentials", async () => {
    const d = dir();
    writeFileSync(path.join(d, "model.json"), "{}");
    writeFileSync(path.join(d, "rows.csv"), "id,x\n1,2\n");
    const out = path.join(d, "out", "predictions.csv");
    const logger = new MemoryLogger();
    const result = await runPredict(
      command(
        'printf "id,label,prediction\\n1,a,a\\n" > "$PREDICTIONS"; echo "model=$MODEL_PATH data=$EVAL_DATA token=${ACTIONS_RUNTIME_TOKEN:-none} input=${INPUT_TOKEN:-none}"',
        d,
      ),
      {
        who: "baseline v1",
        modelPath: path.join(d, "model.json"),
        evalData: path.join(d, "rows.csv"),
        output: out,
      },
      { logger, env: { PATH: process.env.PATH, ACTIONS_RUNTIME_TOKEN: "secret", INPUT_TOKEN: "secret" } },
    );
    expect(result.file).toBe(out);
    expect(readFileSync(out, "utf8")).toBe("id,label,prediction\n1,a,a\n");
    const said = logger.entries.map((e) => e.message).join("\n");
    expect(said).toContain(`model=${path.join(d, "model.json")} data=${path.join(d, "rows.csv")}`);
    expect(said).toContain("token=none input=none");
  });

  it("reports a failing command with its exit code and its last lines", async () => {
    const d = dir();
    const err = await runPredict(
      command('for i in $(seq 1 30); do echo "line $i"; done; echo "no such model" >&2; exit 3', d),
      { who: "baseline v2", modelPath: d, evalData: d, output: path.join(d, "p.csv") },
      { logger: new MemoryLogger() },
    ).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^predict for baseline v2 failed with exit code 3/);
    expect((err as Error).message).toContain("line 30\nno such model");
    expect((err as Error).message).not.toContain("line 5\n");
  });

  it("fails clearly when the command writes no predictions, or the model is missing", async () => {
    const d = dir();
    const noFile = await runPredict(
      command("true", d),
      { who: "candidate", modelPath: d, evalData: d, output: path.join(d, "p.csv") },
      { logger: new MemoryLogger() },
    ).catch((e: unknown) => e as Error);
    expect((noFile as Error).message).toMatch(/exited 0 but wrote no predictions file at \$PREDICTIONS/);
    const noModel = await runPredict(
      command("true", d),
      { who: "candidate", modelPath: path.join(d, "nope"), evalData: d, output: path.join(d, "p.csv") },
      { logger: new MemoryLogger() },
    ).catch((e: unknown) => e as Error);
    expect((noModel as Error).message).toMatch(/the model .*nope does not exist/);
  });

  it("stops a command that exceeds its timeout", async () => {
    const d = dir();
    const err = await runPredict(
      command("sleep 30", d, 0.002),
      { who: "baseline v1", modelPath: d, evalData: d, output: path.join(d, "p.csv") },
      { logger: new MemoryLogger(), killGraceMs: 100 },
    ).catch((e: unknown) => e as Error);
    expect((err as Error).message).toMatch(
      /exceeded its timeout of 0.002 minute\(s\) and was stopped \(exit 124\)/,
    );
  });

  it("accepts a predict: section and the evaluate inputs that go with it in mlops.yml", async () => {
    const config = await parseConfig(
      "version: 1\npredict:\n  command: node predict.mjs\n  timeout-minutes: 5\n  format: csv\nevaluate:\n  dataset: data/*.csv\n  evaluation-rows: candidate\n",
    );
    expect(config.predict).toEqual({ command: "node predict.mjs", "timeout-minutes": 5, format: "csv" });
    expect(config.evaluate?.dataset).toBe("data/*.csv");
    await expect(parseConfig("version: 1\npredict:\n  comand: x\n")).rejects.toThrow(
      /line 3 column 3: configuration 'predict': unknown key 'comand'; expected one of: command/,
    );
  });
});

describe("evaluation rows", () => {
  it("keeps the candidate's rows of a multi-file dataset, as written, and fingerprints them", async () => {
    const d = dir();
    writeFileSync(path.join(d, "a.csv"), 'date,x,note\n2012-01-01,1,"a, b"\n2012-01-02,2,c\n');
    writeFileSync(path.join(d, "b.csv"), 'date,x,note\n2013-01-01,3,"say ""hi"""\n2013-01-02,4,d\n');
    const keep = idFilter("date", ["2012-01-01", "2013-01-01"], "p.csv");
    const rows = await evaluationRows({ dataset: ["*.csv"], cwd: d, keep, tempDir: path.join(d, "t") });
    expect(rows.rows).toBe(2);
    expect(readFileSync(rows.file, "utf8")).toBe(
      'date,x,note\n2012-01-01,1,"a, b"\n2013-01-01,3,"say ""hi"""\n',
    );
    expect(rows.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const again = await evaluationRows({ dataset: ["*.csv"], cwd: d, keep, tempDir: path.join(d, "t2") });
    expect(again.fingerprint).toBe(rows.fingerprint);
  });

  it("names the candidate's ids the dataset does not have", async () => {
    const d = dir();
    writeFileSync(path.join(d, "a.csv"), "date,x\n2012-01-01,1\n");
    const keep = idFilter("date", ["2012-01-01", "2014-05-05", "2014-05-06"], "out/predictions.csv");
    await expect(evaluationRows({ dataset: ["a.csv"], cwd: d, keep, tempDir: d })).rejects.toThrow(
      '2 of the 3 rows of out/predictions.csv have no row in the dataset (a.csv) by \'date\': "2014-05-05", "2014-05-06"',
    );
  });

  it("uses one unfiltered file as it is, and says what to set when there is no dataset", async () => {
    const d = dir();
    writeFileSync(path.join(d, "golden.csv"), "id,x\n1,2\n3,4\n5,6\n");
    const rows = await evaluationRows({ dataset: ["golden.csv"], cwd: d, tempDir: d });
    expect(rows).toMatchObject({ file: path.join(d, "golden.csv"), rows: 3, source: "golden.csv" });
    await expect(evaluationRows({ dataset: [], cwd: d, tempDir: d })).rejects.toThrow(/set evaluate.dataset/);
  });
});
