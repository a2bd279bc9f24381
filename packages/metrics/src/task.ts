import { ConfigurationError } from "@mlops/core";
import {
  BinaryEvaluator,
  MulticlassEvaluator,
  RegressionEvaluator,
  type MetricEvaluator,
} from "./evaluators.js";
import {
  cellError,
  columnOrError,
  labelKey,
  numericColumn,
  type Cell,
  type ColumnNames,
  type PredictionTable,
  type Task,
} from "./predictions.js";
import { argsortFloat64 } from "./sort.js";

/*
 * From prediction tables to typed arrays: the task (binary, multiclass, regression), the labels,
 * and each model's predictions, aligned row by row (by row order, or joined on an id column).
 */

export type ModelArrays =
  | { task: "binary"; pred: Uint8Array; score: Float64Array | null; probability: boolean; order?: Int32Array }
  | { task: "multiclass"; pred: Int32Array; proba: Float64Array | null }
  | { task: "regression"; pred: Float64Array };

export interface PreparedTask {
  task: Task;
  rows: number;
  /** Binary: 0/1; multiclass: class index; regression: the target. */
  y: Uint8Array | Int32Array | Float64Array;
  /** Class labels in index order (binary: [negative, positive]). */
  classes: string[];
  candidate: ModelArrays;
  baseline: ModelArrays | null;
  /** Per slice column, each row's slice value. */
  slices: { column: string; values: string[] }[];
}

export interface TaskOptions extends ColumnNames {
  task: "auto" | Task;
  positiveLabel?: string | undefined;
  /** Binary: a score above this predicts the positive class when no prediction column is given. */
  threshold: number;
}

const isNumber = (v: Cell): v is number => typeof v === "number";

function detectTask(table: PredictionTable, o: TaskOptions): Task {
  if (o.task !== "auto") return o.task;
  const perClass = table.columns.filter((c) => c.startsWith(`${o.score}_`));
  const labels = columnOrError(table, o.label, "label-column: the true label");
  const distinct = new Set<string>();
  let numeric = true;
  let integral = true;
  for (const v of labels) {
    if (v === null) continue;
    if (!isNumber(v)) numeric = false;
    else if (!Number.isInteger(v)) integral = false;
    if (distinct.size <= 64) distinct.add(labelKey(v));
  }
  if (perClass.length > 2) return "multiclass";
  if (numeric) {
    const preds = table.values.get(o.prediction);
    const predIntegral = !preds || preds.every((v) => v === null || (isNumber(v) && Number.isInteger(v)));
    if (!integral || !predIntegral || distinct.size > 20) return "regression";
  }
  if (distinct.size <= 2 && perClass.length <= 2) return "binary";
  return "multiclass";
}

function sortLabels(keys: Iterable<string>): string[] {
  const list = [...new Set(keys)];
  const allNumeric = list.every((k) => k !== "" && Number.isFinite(Number(k)));
  return allNumeric ? list.sort((a, b) => Number(a) - Number(b)) : list.sort();
}

/** Row i of the baseline table for each candidate row (identity without an id column). */
function alignment(
  candidate: PredictionTable,
  baseline: PredictionTable,
  id: string | undefined,
): Int32Array {
  if (!id) {
    if (candidate.rows !== baseline.rows) {
      throw new ConfigurationError(
        `candidate predictions (${candidate.file}) have ${candidate.rows} rows but baseline predictions (${baseline.file}) have ${baseline.rows}: paired evaluation needs the same rows; give id-column to join them`,
        { code: "predictions-mismatch" },
      );
    }
    const out = new Int32Array(candidate.rows);
    for (let i = 0; i < out.length; i++) out[i] = i;
    return out;
  }
  const index = new Map<string, number>();
  const ids = columnOrError(baseline, id, "id-column");
  ids.forEach((v, i) => {
    if (v === null) throw cellError(baseline, i, id, "an id", v);
    const key = labelKey(v);
    if (index.has(key)) throw cellError(baseline, i, id, "a unique id", v);
    index.set(key, i);
  });
  const cand = columnOrError(candidate, id, "id-column");
  const out = new Int32Array(candidate.rows);
  const missing: string[] = [];
  const seen = new Set<string>();
  cand.forEach((v, i) => {
    if (v === null) throw cellError(candidate, i, id, "an id", v);
    const key = labelKey(v);
    if (seen.has(key)) throw cellError(candidate, i, id, "a unique id", v);
    seen.add(key);
    const j = index.get(key);
    if (j === undefined) missing.push(key);
    else out[i] = j;
  });
  if (missing.length || index.size !== candidate.rows) {
    const extra = [...index.keys()].filter((k) => !seen.has(k));
    const list = (ids: string[]) =>
      `${ids
        .slice(0, 10)
        .map((m) => JSON.stringify(m))
        .join(", ")}${ids.length > 10 ? ", …" : ""}`;
    const parts = [];
    if (missing.length)
      parts.push(`${missing.length} candidate id(s) not in the baseline (e.g. ${list(missing)})`);
    if (extra.length) parts.push(`${extra.length} baseline id(s) not in the candidate (e.g. ${list(extra)})`);
    throw new ConfigurationError(
      `predictions do not cover the same rows by '${id}': ${parts.join("; ")}; both models must be scored on the same rows (candidate: ${candidate.file}, baseline: ${baseline.file})`,
      { code: "predictions-mismatch" },
    );
  }
  return out;
}

function gatherCells(cells: Cell[], align: Int32Array | null): Cell[] {
  if (!align) return cells;
  const out = new Array<Cell>(align.length);
  for (let i = 0; i < align.length; i++) out[i] = cells[align[i]!]!;
  return out;
}

/** A view of `table` whose rows follow `align` (for the baseline joined on ids). */
function aligned(table: PredictionTable, align: Int32Array | null): PredictionTable {
  if (!align) return table;
  const values = new Map<string, Cell[]>();
  for (const [k, v] of table.values) values.set(k, gatherCells(v, align));
  const lines = new Int32Array(align.length);
  for (let i = 0; i < align.length; i++) lines[i] = table.lines[align[i]!]!;
  return { ...table, values, lines, rows: align.length };
}

type Labels = Cell[];

/** The candidate's labels, checked, and the baseline's (when it has them) equal to them row by row. */
function checkedLabels(candidate: PredictionTable, baseline: PredictionTable | null, o: TaskOptions): Labels {
  const labels = columnOrError(candidate, o.label, "label-column: the true label");
  labels.forEach((v, i) => {
    if (v === null || (typeof v === "number" && !Number.isFinite(v)))
      throw cellError(candidate, i, o.label, "a label", v);
  });
  if (baseline?.values.has(o.label)) {
    const other = baseline.values.get(o.label)!;
    for (let i = 0; i < labels.length; i++) {
      if (labelKey(other[i]!) !== labelKey(labels[i]!)) {
        throw new ConfigurationError(
          `${baseline.file} ${baseline.lineWord} ${baseline.lines[i]}: label ${JSON.stringify(other[i])} differs from the candidate's ${JSON.stringify(labels[i])} (${candidate.file} ${candidate.lineWord} ${candidate.lines[i]}): the two files must hold the same rows${o.id ? "" : " in the same order (or give id-column)"}`,
          { code: "predictions-mismatch" },
        );
      }
    }
  }
  return labels;
}

export function prepareTask(
  candidate: PredictionTable,
  baselineTable: PredictionTable | null,
  o: TaskOptions,
): PreparedTask {
  const task = detectTask(candidate, o);
  const baseline = baselineTable ? aligned(baselineTable, alignment(candidate, baselineTable, o.id)) : null;
  const labels = checkedLabels(candidate, baseline, o);
  const slices = o.slices.map((column) => ({
    column,
    values: columnOrError(candidate, column, "a slice column").map((v) =>
      v === null ? "(missing)" : labelKey(v),
    ),
  }));
  const rows = candidate.rows;
  const both = (model: (t: PredictionTable) => ModelArrays) => ({
    candidate: model(candidate),
    baseline: baseline ? model(baseline) : null,
  });
  if (task === "regression") {
    const y = numericColumn(candidate, o.label, "label-column");
    const model = (t: PredictionTable): ModelArrays => ({
      task: "regression",
      pred: numericColumn(
        t,
        t.values.has(o.prediction) ? o.prediction : o.score,
        "prediction-column: the predicted value",
      ),
    });
    return { task, rows, y, classes: [], ...both(model), slices };
  }
  // Classes: the labels, the predicted classes and the per-class score columns of both models.
  const keys = new Set(labels.map(labelKey));
  for (const t of [candidate, baseline]) {
    if (!t) continue;
    t.values.get(o.prediction)?.forEach((v) => v !== null && keys.add(labelKey(v)));
    if (task === "multiclass")
      for (const c of t.columns) if (c.startsWith(`${o.score}_`)) keys.add(c.slice(o.score.length + 1));
  }
  if (task === "binary") {
    const b = binaryModel(keys, labels, rows, o);
    return { task, rows, y: b.y, classes: b.classes, ...both(b.model), slices };
  }
  const classes = sortLabels(keys);
  const index = new Map(classes.map((c, k) => [c, k]));
  const y = new Int32Array(rows);
  labels.forEach((v, i) => (y[i] = index.get(labelKey(v))!));
  return { task, rows, y, classes, ...both((t) => multiclassModel(t, classes, index, rows, o)), slices };
}

function positiveClass(keys: Set<string>, classes: string[], o: TaskOptions): string {
  let positive = o.positiveLabel;
  if (positive === undefined) {
    if (keys.has("1")) positive = "1";
    else if (keys.has("true")) positive = "true";
    else if (classes.length === 2) positive = classes[1]!;
    else {
      throw new ConfigurationError(
        `binary task: cannot tell the positive class among ${classes.map((c) => JSON.stringify(c)).join(", ")}; set positive-label`,
        { code: "positive-label" },
      );
    }
  }
  if (!keys.has(positive) && o.positiveLabel !== undefined) {
    throw new ConfigurationError(
      `positive-label ${JSON.stringify(positive)} is not among the labels ${classes.map((c) => JSON.stringify(c)).join(", ")}`,
      { code: "positive-label" },
    );
  }
  if (classes.length > 2) {
    throw new ConfigurationError(
      `binary task, but the labels and predictions hold ${classes.length} classes (${classes.slice(0, 5).join(", ")}…); set task: multiclass`,
      { code: "task-mismatch" },
    );
  }
  return positive;
}

function binaryModel(
  keys: Set<string>,
  labels: Labels,
  rows: number,
  o: TaskOptions,
): { y: Uint8Array; classes: string[]; model: (t: PredictionTable) => ModelArrays } {
  const sorted = sortLabels(keys);
  const positive = positiveClass(keys, sorted, o);
  const negative = sorted.find((c) => c !== positive) ?? "(other)";
  const y = new Uint8Array(rows);
  labels.forEach((v, i) => (y[i] = labelKey(v) === positive ? 1 : 0));
  const model = (t: PredictionTable): ModelArrays => {
    const hasScore = t.values.has(o.score) || t.values.has(`${o.score}_${positive}`);
    const scoreColumn = t.values.has(o.score) ? o.score : `${o.score}_${positive}`;
    const score = hasScore ? numericColumn(t, scoreColumn, "score-column") : null;
    const predCells = t.values.get(o.prediction);
    if (!score && !predCells) {
      throw new ConfigurationError(
        `${t.file}: neither a score column '${o.score}' nor a prediction column '${o.prediction}'; set score-column or prediction-column`,
        { code: "column-missing", location: { file: t.file } },
      );
    }
    const pred = new Uint8Array(rows);
    if (predCells) {
      predCells.forEach((v, i) => {
        if (v === null) throw cellError(t, i, o.prediction, "a predicted class", v);
        pred[i] = labelKey(v) === positive ? 1 : 0;
      });
    } else for (let i = 0; i < rows; i++) pred[i] = score![i]! > o.threshold ? 1 : 0;
    let probability = !!score;
    if (score) for (let i = 0; i < rows && probability; i++) probability = score[i]! >= 0 && score[i]! <= 1;
    return { task: "binary", pred, score, probability };
  };
  return { y, classes: [negative, positive], model };
}

function multiclassModel(
  t: PredictionTable,
  classes: string[],
  index: Map<string, number>,
  rows: number,
  o: TaskOptions,
): ModelArrays {
  const K = classes.length;
  const have = classes.filter((c) => t.values.has(`${o.score}_${c}`));
  let proba: Float64Array | null = null;
  if (have.length) {
    const missing = classes.filter((c) => !t.values.has(`${o.score}_${c}`));
    if (missing.length) {
      throw new ConfigurationError(
        `${t.file}: probability columns missing for class(es) ${missing.map((c) => `'${o.score}_${c}'`).join(", ")}`,
        { code: "column-missing", location: { file: t.file } },
      );
    }
    proba = new Float64Array(rows * K);
    classes.forEach((c, k) => {
      const col = numericColumn(t, `${o.score}_${c}`, "a class probability");
      for (let i = 0; i < rows; i++) proba![i * K + k] = col[i]!;
    });
  }
  const pred = new Int32Array(rows);
  const predCells = t.values.get(o.prediction);
  if (predCells) {
    predCells.forEach((v, i) => {
      if (v === null) throw cellError(t, i, o.prediction, "a predicted class", v);
      pred[i] = index.get(labelKey(v))!;
    });
  } else if (proba) {
    for (let i = 0; i < rows; i++) {
      let best = 0;
      for (let k = 1; k < K; k++) if (proba[i * K + k]! > proba[i * K + best]!) best = k;
      pred[i] = best;
    }
  } else {
    throw new ConfigurationError(
      `${t.file}: neither a prediction column '${o.prediction}' nor probability columns '${o.score}_<class>'`,
      { code: "column-missing", location: { file: t.file } },
    );
  }
  return { task: "multiclass", pred, proba };
}

/** The rows of a task at `rows` (for a slice). */
export function subsetTask(t: PreparedTask, rows: Int32Array): PreparedTask {
  const pick = <T extends Float64Array | Uint8Array | Int32Array>(a: T, stride = 1): T => {
    const out = new (a.constructor as new (n: number) => T)(rows.length * stride);
    for (let i = 0; i < rows.length; i++)
      for (let k = 0; k < stride; k++) out[i * stride + k] = a[rows[i]! * stride + k]!;
    return out;
  };
  const model = (m: ModelArrays | null): ModelArrays | null => {
    if (!m) return null;
    if (m.task === "binary")
      return {
        task: "binary",
        pred: pick(m.pred),
        score: m.score ? pick(m.score) : null,
        probability: m.probability,
      };
    if (m.task === "multiclass")
      return {
        task: "multiclass",
        pred: pick(m.pred),
        proba: m.proba ? pick(m.proba, t.classes.length) : null,
      };
    return { task: "regression", pred: pick(m.pred) };
  };
  return {
    ...t,
    rows: rows.length,
    y: pick(t.y),
    candidate: model(t.candidate)!,
    baseline: model(t.baseline),
    slices: [],
  };
}

/**
 * Binary tasks with a candidate score: rows are put in candidate-score order, so the
 * candidate's AUC pass reads weights sequentially and only the baseline's gathers.
 */
export function orderByCandidateScore(t: PreparedTask): PreparedTask {
  if (t.candidate.task !== "binary" || !t.candidate.score) return t;
  const order = argsortFloat64(t.candidate.score);
  const sorted = subsetTask(t, order);
  sorted.slices = t.slices.map((s) => ({ column: s.column, values: Array.from(order, (r) => s.values[r]!) }));
  const c = sorted.candidate as Extract<ModelArrays, { task: "binary" }>;
  const identity = new Int32Array(order.length);
  for (let i = 0; i < identity.length; i++) identity[i] = i;
  c.order = identity;
  return sorted;
}

export function evaluatorFor(t: PreparedTask, m: ModelArrays): MetricEvaluator {
  if (m.task === "binary")
    return new BinaryEvaluator({
      y: t.y as Uint8Array,
      pred: m.pred,
      score: m.score,
      probability: m.probability,
      ...(m.order ? { order: m.order } : {}),
    });
  if (m.task === "multiclass")
    return new MulticlassEvaluator({
      y: t.y as Int32Array,
      pred: m.pred,
      K: t.classes.length,
      proba: m.proba,
    });
  return new RegressionEvaluator(t.y as Float64Array, m.pred);
}
