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
  gatherTable,
  idIndexOf,
  joinError,
  keysOf,
  labelKey,
  lineOf,
  numericColumn,
  releaseIds,
  whereIs,
  type Cell,
  type Column,
  type ColumnNames,
  type PredictionTable,
  type Task,
} from "./predictions.js";
import { allocFrom, allocNew, type Alloc, type Scratch } from "./scratch.js";
import { argsortFloat64, permuteInPlace } from "./sort.js";

/*
 * From prediction tables to typed arrays: the task (binary, multiclass, regression), the labels,
 * and each model's predictions, aligned row by row (by row order, or joined on an id column).
 */

export type ModelArrays =
  | {
      task: "binary";
      pred: Uint8Array;
      /** Null once an evaluator has taken it over (evaluatorFor's consumeScore). */
      score: Float64Array | null;
      probability: boolean;
      /** The rows are in ascending order of this score (orderByCandidateScore). */
      sorted?: boolean;
    }
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
  /** A spent Int32Array of `rows` (the candidate's sort order), reused by the baseline's argsort. */
  scratch?: Int32Array | undefined;
  /**
   * Spent buffers (prepareTask's `scratch`: the tables' id hashes, id index and label bytes) the
   * sort orders and binary evaluators' arrays are carved from.
   */
  pool?: Scratch | undefined;
}

export interface TaskOptions extends ColumnNames {
  task: "auto" | Task;
  positiveLabel?: string | undefined;
  /** Binary: a score above this predicts the positive class when no prediction column is given. */
  threshold: number;
}

/** What a column's distinct values look like (from the dictionary when it is one). */
function profile(column: Column): { numeric: boolean; integral: boolean; distinct: Set<string> } {
  const distinct = new Set<string>();
  let numeric = true;
  let integral = true;
  if (column.numbers) {
    const v = column.numbers;
    for (let i = 0; i < v.length; i++) {
      const x = v[i]!;
      if (Number.isNaN(x)) {
        const cell = column.get(i);
        if (cell === null) continue;
        if (typeof cell !== "number") numeric = false;
        continue;
      }
      if (!Number.isInteger(x)) integral = false;
      if (distinct.size <= 64) distinct.add(labelKey(x));
    }
    return { numeric, integral, distinct };
  }
  for (const v of column.dict!) {
    if (v === null) continue;
    if (typeof v !== "number") numeric = false;
    else if (!Number.isInteger(v)) integral = false;
    if (distinct.size <= 64) distinct.add(labelKey(v));
  }
  return { numeric, integral, distinct };
}

function detectTask(table: PredictionTable, o: TaskOptions): Task {
  if (o.task !== "auto") return o.task;
  const perClass = table.columns.filter((c) => c.startsWith(`${o.score}_`));
  const labels = profile(columnOrError(table, o.label, "label-column: the true label"));
  if (perClass.length > 2) return "multiclass";
  if (labels.numeric) {
    const preds = table.values.get(o.prediction);
    const p = preds ? profile(preds) : null;
    const predIntegral = !p || (p.numeric && p.integral);
    if (!labels.integral || !predIntegral || labels.distinct.size > 20) return "regression";
  }
  if (labels.distinct.size <= 2 && perClass.length <= 2) return "binary";
  return "multiclass";
}

function sortLabels(keys: Iterable<string>): string[] {
  const list = [...new Set(keys)];
  const allNumeric = list.every((k) => k !== "" && Number.isFinite(Number(k)));
  return allNumeric ? list.sort((a, b) => Number(a) - Number(b)) : list.sort();
}

/**
 * The baseline in the candidate's row order: as read (joined while streaming), by row order
 * without an id column, or joined here on the id column's hashes.
 */
function alignBaseline(
  candidate: PredictionTable,
  baseline: PredictionTable,
  id: string | undefined,
): PredictionTable {
  if (baseline.alignedTo === candidate) return baseline;
  if (!id) {
    if (candidate.rows !== baseline.rows) {
      throw new ConfigurationError(
        `candidate predictions (${candidate.file}) have ${candidate.rows} rows but baseline predictions (${baseline.file}) have ${baseline.rows}: paired evaluation needs the same rows; give id-column to join them`,
        { code: "predictions-mismatch" },
      );
    }
    return baseline;
  }
  if (!candidate.ids || !baseline.ids) {
    const which = candidate.ids ? baseline : candidate;
    throw new ConfigurationError(`${which.file}: no id column '${id}' (id-column)`, {
      code: "column-missing",
      location: { file: which.file, column: id },
    });
  }
  const index = idIndexOf(baseline, id);
  idIndexOf(candidate, id); // duplicate ids of the candidate are an error too
  const out = new Int32Array(candidate.rows);
  const used = new Uint8Array(baseline.rows);
  const missing: string[] = [];
  let missingCount = 0;
  const ids = candidate.ids;
  for (let i = 0; i < candidate.rows; i++) {
    const j = index.rowOf(ids.hi[i]!, ids.lo[i]!);
    if (j < 0) {
      missingCount++;
      if (missing.length < 10) missing.push(ids.texts?.[i] ?? `line ${lineOf(candidate, i)}`);
    } else {
      out[i] = j;
      used[j] = 1;
    }
  }
  const extra: string[] = [];
  let extraCount = 0;
  for (let j = 0; j < baseline.rows; j++) {
    if (used[j]) continue;
    extraCount++;
    if (extra.length < 10) extra.push(baseline.ids.texts?.[j] ?? `line ${lineOf(baseline, j)}`);
  }
  if (missingCount || extraCount) {
    throw joinError(id, candidate.file, baseline.file, {
      missing: { count: missingCount, sample: missing },
      extra: { count: extraCount, sample: extra },
    });
  }
  return gatherTable(baseline, out, candidate);
}

/** The candidate's labels, checked, and the baseline's (when it has them) equal to them row by row. */
function checkedLabels(candidate: PredictionTable, baseline: PredictionTable | null, o: TaskOptions): Column {
  const labels = columnOrError(candidate, o.label, "label-column: the true label");
  const bad = (v: Cell) => v === null || (typeof v === "number" && !Number.isFinite(v));
  if (labels.dict) {
    const codes = labels.codes!;
    const badCode = labels.dict.map(bad);
    if (badCode.some(Boolean)) {
      for (let i = 0; i < labels.length; i++)
        if (badCode[codes[i]!]) throw cellError(candidate, i, o.label, "a label", labels.get(i));
    }
  } else {
    const v = labels.numbers!;
    for (let i = 0; i < v.length; i++)
      if (!Number.isFinite(v[i]!)) throw cellError(candidate, i, o.label, "a label", labels.get(i));
  }
  const differs = (i: number, cell: Cell) =>
    new ConfigurationError(
      `${whereIs(baseline!, i)}: label ${JSON.stringify(cell)} differs from the candidate's ${JSON.stringify(labels.get(i))} (${whereIs(candidate, i)}): the two files must hold the same rows${o.id ? "" : " in the same order (or give id-column)"}`,
      { code: "predictions-mismatch" },
    );
  // Read joined: compared as it streamed (the same keys, the same first row).
  const first = baseline?.labelCheck?.column === o.label ? baseline.labelCheck.first : null;
  if (first) throw differs(first.row, first.cell);
  const other = baseline?.values.get(o.label);
  if (baseline && other) {
    const a = keysOf(labels);
    const b = keysOf(other);
    for (let i = 0; i < labels.length; i++) if (a(i) !== b(i)) throw differs(i, other.get(i));
  }
  return labels;
}

/** Distinct label keys of a column. */
function distinctKeys(column: Column, into: Set<string>): void {
  if (column.dict) {
    for (const v of column.dict) if (v !== null) into.add(labelKey(v));
    return;
  }
  const key = keysOf(column);
  for (let i = 0; i < column.length; i++) {
    if (column.get(i) === null) continue;
    into.add(key(i));
    if (into.size > 100_000) return; // not classes: the task check reports it
  }
}

/** Per row, the index of its key in `index` (-1 when absent). */
function codesOf(column: Column, index: (key: string) => number): (i: number) => number {
  if (column.dict) {
    const mapped = column.dict.map((v) => (v === null ? -1 : index(labelKey(v))));
    const codes = column.codes!;
    return (i) => mapped[codes[i]!]!;
  }
  const key = keysOf(column);
  return (i) => (column.get(i) === null ? -1 : index(key(i)));
}

/**
 * The task's typed arrays from the tables. With `scratch`, the tables are spent: their id hashes
 * and id index (once joined) and the label bytes (once read) are handed to it, the binary
 * labels and predictions are carved from it, and the task keeps it as its `pool`.
 */
export function prepareTask(
  candidate: PredictionTable,
  baselineTable: PredictionTable | null,
  o: TaskOptions,
  options: { scratch?: Scratch } = {},
): PreparedTask {
  const task = detectTask(candidate, o);
  const baseline = baselineTable ? alignBaseline(candidate, baselineTable, o.id) : null;
  const scratch = options.scratch;
  if (scratch) {
    releaseIds(candidate, scratch);
    if (baselineTable) releaseIds(baselineTable, scratch);
  }
  const labels = checkedLabels(candidate, baseline, o);
  const slices = o.slices.map((column) => {
    const c = columnOrError(candidate, column, "a slice column");
    const key = keysOf(c);
    return {
      column,
      values: Array.from({ length: c.length }, (_, i) => (c.get(i) === null ? "(missing)" : key(i))),
    };
  });
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
  const keys = new Set<string>();
  distinctKeys(labels, keys);
  for (const t of [candidate, baseline]) {
    if (!t) continue;
    const pred = t.values.get(o.prediction);
    if (pred) distinctKeys(pred, keys);
    if (task === "multiclass")
      for (const c of t.columns) if (c.startsWith(`${o.score}_`)) keys.add(c.slice(o.score.length + 1));
  }
  if (task === "binary") {
    const alloc = allocFrom(scratch);
    const b = binaryModel(keys, labels, rows, o, alloc);
    if (scratch) {
      // y is read: the label bytes are spent (unless the column is read again as another one)
      const again = (name: string) =>
        name === o.prediction ||
        name === o.score ||
        name.startsWith(`${o.score}_`) ||
        o.slices.includes(name);
      if (!again(o.label)) {
        scratch.give(labels.codes);
        if (baseline) scratch.give(baseline.values.get(o.label)?.codes);
      }
    }
    return {
      task,
      rows,
      y: b.y,
      classes: b.classes,
      ...both(b.model),
      slices,
      ...(scratch ? { pool: scratch } : {}),
    };
  }
  const classes = sortLabels(keys);
  const index = new Map(classes.map((c, k) => [c, k]));
  const y = new Int32Array(rows);
  const code = codesOf(labels, (k) => index.get(k)!);
  for (let i = 0; i < rows; i++) y[i] = code(i);
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
  labels: Column,
  rows: number,
  o: TaskOptions,
  alloc: Alloc = allocNew,
): { y: Uint8Array; classes: string[]; model: (t: PredictionTable) => ModelArrays } {
  const sorted = sortLabels(keys);
  const positive = positiveClass(keys, sorted, o);
  const negative = sorted.find((c) => c !== positive) ?? "(other)";
  const isPositive = (k: string) => (k === positive ? 1 : 0);
  const y = alloc(Uint8Array, rows);
  const yCode = codesOf(labels, isPositive);
  for (let i = 0; i < rows; i++) y[i] = yCode(i);
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
    const pred = alloc(Uint8Array, rows);
    if (predCells) {
      const code = codesOf(predCells, isPositive);
      for (let i = 0; i < rows; i++) {
        const c = code(i);
        if (c < 0) throw cellError(t, i, o.prediction, "a predicted class", predCells.get(i));
        pred[i] = c;
      }
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
    const code = codesOf(predCells, (k) => index.get(k) ?? -1);
    for (let i = 0; i < rows; i++) {
      const c = code(i);
      if (c < 0) throw cellError(t, i, o.prediction, "a predicted class", predCells.get(i));
      pred[i] = c;
    }
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
    scratch: undefined,
    pool: undefined,
  };
}

/**
 * Binary tasks with a candidate score: rows are put in candidate-score order, so the
 * candidate's pass reads weights sequentially (and keeps no row index) and only the baseline's
 * gathers.
 */
export function orderByCandidateScore(t: PreparedTask, options: { inPlace?: boolean } = {}): PreparedTask {
  if (t.candidate.task !== "binary" || !t.candidate.score || t.candidate.sorted) return t;
  const order = argsortPooled(t.candidate.score, t.pool);
  const slices = t.slices.map((s) => ({ column: s.column, values: Array.from(order, (r) => s.values[r]!) }));
  let sorted: PreparedTask;
  if (options.inPlace) {
    // Permuted where they are: no second copy of every array (the peak of a 10M-row evaluation).
    const arrays = [t.y, t.candidate.pred, t.candidate.score];
    const b = t.baseline;
    if (b?.task === "binary") arrays.push(b.pred, ...(b.score ? [b.score] : []));
    for (const a of arrays) permuteInPlace(a, order);
    sorted = Object.assign(t, { slices });
  } else sorted = { ...subsetTask(t, order), slices };
  (sorted.candidate as Extract<ModelArrays, { task: "binary" }>).sorted = true;
  sorted.scratch = order; // spent: the rows are in this order now
  return sorted;
}

/**
 * argsortFloat64 with its two buffers from `pool` (`reuse` first), the spent one given back.
 * Without a pool: argsortFloat64(values, reuse).
 */
function argsortPooled(values: Float64Array, pool: Scratch | undefined, reuse?: Int32Array): Int32Array {
  if (!pool) return argsortFloat64(values, reuse);
  const n = values.length;
  const a = reuse?.length === n ? reuse : pool.take(Int32Array, n);
  const b = pool.take(Int32Array, n);
  const order = argsortFloat64(values, a, b);
  pool.give(order === a ? b : a);
  return order;
}

/**
 * The evaluator of one side. With `consumeScore`, a binary evaluator takes the side's score array
 * over (it becomes its per-row losses; m.score is null afterwards): for a task whose scores
 * nothing reads after this, e.g. no slices left to compute.
 */
export function evaluatorFor(
  t: PreparedTask,
  m: ModelArrays,
  options: { consumeScore?: boolean } = {},
): MetricEvaluator {
  if (m.task === "binary") {
    // The baseline's argsort reuses the candidate's spent order (one 4-byte array a row less).
    const scratch = !m.sorted && m.score ? t.scratch : undefined;
    if (scratch) t.scratch = undefined;
    const evaluator = new BinaryEvaluator({
      y: t.y as Uint8Array,
      pred: m.pred,
      score: m.score,
      probability: m.probability,
      sorted: !!m.sorted,
      consumeScore: !!options.consumeScore,
      ...(scratch ? { order: argsortPooled(m.score!, t.pool, scratch) } : {}),
      ...(t.pool ? { alloc: allocFrom(t.pool) } : {}),
    });
    if (options.consumeScore) m.score = null;
    return evaluator;
  }
  if (m.task === "multiclass")
    return new MulticlassEvaluator({
      y: t.y as Int32Array,
      pred: m.pred,
      K: t.classes.length,
      proba: m.proba,
    });
  return new RegressionEvaluator(t.y as Float64Array, m.pred);
}
