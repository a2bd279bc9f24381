import type { MonitorDrift, MonitorMetric, MonitorWindow } from "@mlops/core";
import { columnDrift, driftSample, type DriftSample } from "@mlops/data";
import { checkGate, defaultGreaterIsBetter, type Gate } from "@mlops/metrics";
import type { Cell } from "./cell.js";
import {
  classificationMetrics,
  intervalOf,
  pValueAgainst,
  regressionMetrics,
  type ClassificationShape,
  type WindowMetrics,
} from "./metrics.js";
import type { Random } from "./poisson.js";
import type { ReferenceColumns, VersionReference } from "./reference.js";
import type { Windowing } from "./windows.js";

/*
 * From the cells of the join to the report's windows: each window × version gets its metrics
 * with intervals, label coverage, the rules' verdicts against the version's registered values,
 * and drift of its prediction/score columns (vs the version's holdout predictions) and of its
 * features (vs the version's reference profile). Then, per version, whether its newest counting
 * windows failed `consecutive_windows` times in a row: degradation.
 */

export interface WindowContext {
  windowing: Windowing;
  task: "binary" | "multiclass" | "regression";
  shape: ClassificationShape | null;
  rules: Gate[];
  minLabelledRows: number;
  resamples: number;
  level: number;
  random: Random;
  driftColumns: string[];
  predictionColumns: number;
  references: Map<number, VersionReference>;
}

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** A reference column as the drift tests see it, computed once (not once per window). */
const referenceSamples = new WeakMap<ReferenceColumns, Map<string, DriftSample>>();

function referenceSample(ref: ReferenceColumns, name: string): DriftSample {
  let samples = referenceSamples.get(ref);
  if (!samples) referenceSamples.set(ref, (samples = new Map()));
  let sample = samples.get(name);
  if (!sample) {
    const r = ref.columns.get(name)!;
    samples.set(name, (sample = driftSample(r.profiler, r.type)));
  }
  return sample;
}

function drift(
  cell: Cell,
  from: number,
  to: number,
  ctx: WindowContext,
  ref: ReferenceColumns | null,
): MonitorDrift[] | null {
  if (!ref) return null;
  const out: MonitorDrift[] = [];
  for (let d = from; d < to; d++) {
    const name = ctx.driftColumns[d]!;
    const r = ref.columns.get(name);
    if (!r || r.type === "datetime") continue;
    const current = cell.profilers[d]!;
    if (current.count === 0) continue;
    const result = columnDrift(name, r.type, referenceSample(ref, name), driftSample(current, r.type));
    if (!result) continue;
    out.push({
      column: name,
      test: result.test,
      statistic: result.statistic,
      pValue: result.pValue ?? null,
      threshold: result.threshold,
      drifted: result.drifted,
      psi: result.psi ?? null,
    });
  }
  return out;
}

function metricRows(
  m: WindowMetrics,
  counts: boolean,
  registered: Record<string, number> | null,
  ctx: WindowContext,
): MonitorMetric[] {
  return m.names.map((name, k) => {
    const value = finite(m.values[k]!);
    const reg = registered && Number.isFinite(registered[name]) ? registered[name]! : null;
    const gate = ctx.rules.find((g) => g.metric === name);
    const gib = gate?.greaterIsBetter ?? defaultGreaterIsBetter(name) ?? null;
    const row: MonitorMetric = {
      name,
      value,
      interval: intervalOf(m, k, ctx.level),
      registered: reg,
      delta: value !== null && reg !== null ? value - reg : null,
      greaterIsBetter: gib,
      status: "info",
      rules: [],
    };
    if (!gate) return row;
    if (!counts) {
      row.status = "insufficient";
      return row;
    }
    const outcome = checkGate(gate, {
      candidate: value ?? undefined,
      baseline: reg ?? undefined,
      significance:
        reg === null
          ? null
          : (margin: number) => {
              const p = pValueAgainst(m, k, reg, margin, gate.greaterIsBetter);
              return p === null ? null : { pValue: p, method: "grouped Poisson bootstrap" };
            },
      unpaired: "the window has no resampled values (bootstrap-resamples is 0)",
    });
    row.status = outcome.status;
    row.rules = outcome.rules;
    return row;
  });
}

export function windowOf(cell: Cell, ctx: WindowContext): MonitorWindow {
  const ref = ctx.references.get(cell.version) ?? null;
  const counts = cell.labelled > 0 && cell.labelled >= ctx.minLabelledRows;
  const m =
    ctx.task === "regression"
      ? regressionMetrics(cell, ctx.resamples, ctx.random)
      : classificationMetrics(cell, ctx.shape!, ctx.resamples, ctx.random);
  const metrics = cell.labelled ? metricRows(m, counts, ref?.registered?.metrics ?? null, ctx) : [];
  const described = ctx.windowing.describe(cell.window);
  return {
    label: described.label,
    start: described.start,
    end: described.end,
    version: cell.version,
    rows: cell.rows,
    labelled: cell.labelled,
    coverage: cell.rows ? cell.labelled / cell.rows : 0,
    lateLabels: cell.lateLabels,
    duplicatePredictions: cell.duplicatePredictions,
    counts,
    failed: metrics.some((x) => x.status === "fail"),
    metrics,
    predictionDrift: drift(cell, 0, ctx.predictionColumns, ctx, ref?.holdout ?? null),
    featureDrift:
      ctx.driftColumns.length > ctx.predictionColumns
        ? drift(cell, ctx.predictionColumns, ctx.driftColumns.length, ctx, ref?.reference ?? null)
        : null,
  };
}

export interface Degradation {
  version: number;
  degraded: boolean;
  reasons: string[];
}

/**
 * A version is degraded when its newest `consecutive` counting windows all fail a rule; the
 * reason names each failing metric and its windows.
 */
export function degradation(version: number, windows: MonitorWindow[], consecutive: number): Degradation {
  const counting = windows.filter((w) => w.version === version && w.counts);
  const streak: MonitorWindow[] = [];
  for (let i = counting.length - 1; i >= 0 && counting[i]!.failed; i--) streak.unshift(counting[i]!);
  if (streak.length < consecutive) return { version, degraded: false, reasons: [] };
  const failing = new Map<string, string[]>();
  for (const w of streak) {
    for (const m of w.metrics) {
      if (m.status !== "fail") continue;
      failing.set(m.name, [...(failing.get(m.name) ?? []), w.label]);
    }
  }
  const reasons = [...failing].map(([metric, labels]) => {
    const last = streak[streak.length - 1]!.metrics.find((x) => x.name === metric);
    const rule = last?.rules.find((r) => !r.passed)?.message;
    return `${metric} of v${version} failed in ${labels.join(", ")}${rule ? ` (${rule})` : ""}`;
  });
  return { version, degraded: true, reasons };
}
