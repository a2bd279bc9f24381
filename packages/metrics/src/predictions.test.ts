import { mkdtemp, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pointEstimates } from "./bootstrap.js";
import { hashId, hashIntegerIdBytes, plainNumberBytes } from "./columns.js";
import { readPredictions, type ColumnNames } from "./predictions.js";
import { evaluatorFor, prepareTask } from "./task.js";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const expected = JSON.parse(readFileSync(path.join(FIXTURES, "expected.json"), "utf8"));
const names = (over: Partial<ColumnNames> = {}): ColumnNames & { task: "auto"; threshold: number } => ({
  label: "label",
  prediction: "prediction",
  score: "score",
  slices: [],
  task: "auto",
  threshold: 0.5,
  ...over,
});

describe("prediction files", () => {
  it("reads Parquet predictions (regression fixture) and matches scikit-learn", async () => {
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    const [, ...lines] = readFileSync(path.join(FIXTURES, "regression.csv"), "utf8").trim().split("\n");
    const rows = lines.map((l) => l.split(",").map(Number));
    const dir = await mkdtemp(path.join(os.tmpdir(), "preds-"));
    const file = path.join(dir, "preds.parquet");
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: "target", data: rows.map((r) => r[0]!), type: "DOUBLE" },
        { name: "yhat", data: rows.map((r) => r[1]!), type: "DOUBLE" },
      ],
    });
    await writeFile(file, new Uint8Array(buffer));
    const table = await readPredictions(file, names({ label: "target", prediction: "yhat" }));
    expect(table.lineWord).toBe("row");
    const task = prepareTask(table, null, names({ label: "target", prediction: "yhat" }));
    expect(task.task).toBe("regression");
    const metrics = pointEstimates(task.rows, evaluatorFor(task, task.candidate));
    for (const [k, v] of Object.entries(expected.regression.a as Record<string, number>)) {
      expect(Math.abs(metrics[k]! - v), k).toBeLessThan(1e-9);
    }
  });

  it("reads JSON Lines with string labels and per-class probability columns", async () => {
    const file = path.join(FIXTURES, "multiclass.jsonl");
    const o = names({ label: "species", prediction: "prediction_a", score: "proba_a" });
    const task = prepareTask(await readPredictions(file, o), null, o);
    expect(task.task).toBe("multiclass");
    expect(task.classes).toEqual(["setosa", "versicolor", "virginica"]);
    const metrics = pointEstimates(task.rows, evaluatorFor(task, task.candidate));
    expect(Math.abs(metrics.roc_auc_ovr! - expected.multiclass.a.roc_auc_ovr)).toBeLessThan(1e-9);
    expect(Math.abs(metrics.log_loss! - expected.multiclass.a.log_loss)).toBeLessThan(1e-9);
  });

  it("joins on ids and rejects mismatched rows, labels and bad values with their location", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "preds-"));
    const w = async (name: string, text: string) => {
      await writeFile(path.join(dir, name), text);
      return readPredictions(path.join(dir, name), names({ id: "id" }));
    };
    const a = await w("a.csv", "id,label,score\n1,1,0.9\n2,0,0.2\n3,1,0.6\n");
    const b = await w("b.csv", "id,label,score\n3,1,0.4\n1,1,0.8\n2,0,0.3\n");
    const t = prepareTask(a, b, names({ id: "id" }));
    expect(t.baseline?.task === "binary" && Array.from(t.baseline.score!)).toEqual([0.8, 0.3, 0.4]);
    const c = await w("c.csv", "id,label,score\n1,1,0.8\n2,0,0.3\n4,1,0.4\n");
    expect(() => prepareTask(a, c, names({ id: "id" }))).toThrow(
      /1 candidate id\(s\) not in the baseline \(e\.g\. "3"\); 1 baseline id\(s\) not in the candidate \(e\.g\. "4"\)/,
    );
    const d = await w("d.csv", "id,label,score\n1,0,0.8\n2,0,0.3\n3,1,0.4\n");
    expect(() => prepareTask(a, d, names({ id: "id" }))).toThrow(
      /d\.csv line 2: label 0 differs from the candidate's 1/,
    );
    const e = await w("e.csv", "id,label,score\n1,1,0.8\n1,0,0.3\n");
    expect(() => prepareTask(e, null, names({ id: "id" }))).not.toThrow();
    expect(() => prepareTask(a, e, names({ id: "id" }))).toThrow(
      /e\.csv line 3 column 'id': expected a unique id, found 1/,
    );
    const f = await w("f.csv", "id,label,score\n1,,0.8\n");
    expect(() => prepareTask(f, null, names({ id: "id" }))).toThrow(
      /f\.csv line 2 column 'label': expected a label, found nothing/,
    );
    const g = await w("g.csv", "id,truth,score\n1,1,0.8\n");
    expect(() => prepareTask(g, null, names({ id: "id" }))).toThrow(
      /no column 'label' \(label-column: the true label\); the file has: id, truth, score/,
    );
  });
});

describe("CSV cells read from their bytes", () => {
  const bytes = (t: string) => new TextEncoder().encode(`,${t};`); // the field sits inside a row
  const texts = [
    ...[
      "0",
      "-0",
      "1",
      "-1",
      "007",
      "0.5",
      ".5",
      "-.5",
      "1.",
      "0.1",
      "0.3",
      "123456.789012",
      "999999999999999",
    ],
    ...[
      "9999999999999999",
      "0.000001",
      "1.0000000000000000000001",
      "12345678901234567890",
      "1e5",
      "+1",
      " 1",
    ],
    ...["1 ", "", ".", "-", "NA", "NaN", "0x10", "1_0", "1.2.3", "--1", "abc", "1234567890123456"],
    ...Array.from({ length: 2000 }, (_, i) => {
      const x = Math.sin(i + 1) * 10 ** ((i % 13) - 4);
      return i % 3 ? x.toFixed(i % 9) : String(x);
    }),
  ];

  it("plain decimals give exactly what Number gives; anything else is left to the text", () => {
    let fast = 0;
    for (const t of texts) {
      const b = bytes(t);
      const v = plainNumberBytes(b, 1, b.length - 1);
      if (Number.isNaN(v)) continue;
      fast++;
      expect(Object.is(v, Number(t)), `${JSON.stringify(t)}: ${v} vs Number ${Number(t)}`).toBe(true);
    }
    expect(fast).toBeGreaterThan(1000);
    for (const t of ["1e5", "+1", " 1", "1 ", "", ".", "-", "NA", "0x10", "1_0", "9999999999999999"])
      expect(plainNumberBytes(bytes(t), 1, bytes(t).length - 1), t).toBeNaN();
  });

  it("integer ids hash as their text's key does; other ids are left to the text", () => {
    const a = new Uint32Array(2);
    const b = new Uint32Array(2);
    const ids = [
      "0",
      "7",
      "-12",
      "1000000",
      "999999999999999",
      ...Array.from({ length: 500 }, (_, i) => String(i * 7919)),
    ];
    for (const t of ids) {
      const buf = bytes(t);
      expect(hashIntegerIdBytes(buf, 1, buf.length - 1, a), t).toBe(true);
      hashId(String(Number(t)), b);
      expect([...a], t).toEqual([...b]);
    }
    // their key is not their text (007 is 7), or not a number: through the string
    for (const t of ["007", "-0", "1.0", "1e3", "9999999999999999", "a1", "", "-"])
      expect(hashIntegerIdBytes(bytes(t), 1, bytes(t).length - 1, a), t).toBe(false);
  });
});
