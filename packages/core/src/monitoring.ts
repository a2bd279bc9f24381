import { z } from "zod";
import { GateRuleResultSchema } from "./schema-common.js";

/*
 * MonitoringReport (mlops.monitoring/v1): what monitor-model measured of a deployed model on its
 * logged predictions, window by window and per serving version. Defined apart from schemas.ts
 * (which imports it into DOCUMENTS) and importing only the leaves schema-primitives.ts (zod in
 * jitless mode, through schema-common.ts) and schema-common.ts, so there is no cycle. Loaded
 * lazily, on its own, by documents.ts (zod costs ~35 ms).
 */

const isoDate = z.string().datetime({ offset: true });
const count = z.number().int().nonnegative();
const interval = z.tuple([z.number(), z.number()]);

/** One rule of one metric in one window: the gates' rule result (packages/metrics gates). */
export const MonitorRuleResultSchema = GateRuleResultSchema;

/** A drift test of one column (a feature, the prediction or a score) against its reference. */
export const MonitorDriftSchema = z.object({
  column: z.string(),
  test: z.string(),
  statistic: z.number(),
  pValue: z.number().nullable(),
  threshold: z.number(),
  drifted: z.boolean(),
  psi: z.number().nullable(),
});
export type MonitorDrift = z.infer<typeof MonitorDriftSchema>;

export const MonitorMetricSchema = z.object({
  name: z.string(),
  /** On the window's labelled rows; null when none is labelled (or the metric is undefined). */
  value: z.number().nullable(),
  interval: interval.nullable(),
  /** The value this version was registered with; null when it has none. */
  registered: z.number().nullable(),
  delta: z.number().nullable(),
  greaterIsBetter: z.boolean().nullable(),
  /**
   * pass / fail under the rules; `insufficient` when the window has fewer labelled rows than
   * min_labelled_rows (it does not count); `new` when a change rule has no registered value;
   * `info` for a metric without a rule.
   */
  status: z.enum(["pass", "fail", "insufficient", "new", "info"]),
  rules: z.array(MonitorRuleResultSchema),
});
export type MonitorMetric = z.infer<typeof MonitorMetricSchema>;

export const MonitorWindowSchema = z.object({
  /** The window's name: 2015-03-02 (day, week: its Monday), 2015-03 (month), rows 1–1000. */
  label: z.string(),
  /** First and last instant of the window (UTC); null for row-count windows. */
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  /** The model version that served these rows. */
  version: z.number().int().positive(),
  /** Logged predictions (valid, first of their id). */
  rows: count,
  labelled: count,
  /** labelled / rows. */
  coverage: z.number().min(0).max(1),
  /** Labels whose own timestamp falls after the window's end (still joined and counted). */
  lateLabels: count,
  /** Prediction rows repeating an id already logged (counted here, left out of the metrics). */
  duplicatePredictions: count,
  /** Whether the window counts for the rules (labelled >= min_labelled_rows). */
  counts: z.boolean(),
  /** The window fails at least one rule. */
  failed: z.boolean(),
  metrics: z.array(MonitorMetricSchema),
  /** The prediction (class or value) and score columns against the version's holdout predictions. */
  predictionDrift: z.array(MonitorDriftSchema).nullable(),
  /** Logged feature columns against the version's registered reference profile. */
  featureDrift: z.array(MonitorDriftSchema).nullable(),
});
export type MonitorWindow = z.infer<typeof MonitorWindowSchema>;

export const MonitoringReportSchema = z.object({
  kind: z.literal("mlops.monitoring"),
  version: z.literal(1),
  created: isoDate,
  model: z.string(),
  task: z.enum(["binary", "multiclass", "regression"]),
  /** Classes in index order (classification), as the labels and predictions spell them. */
  classes: z.array(z.string()),
  window: z.object({ kind: z.enum(["day", "week", "month", "rows"]), rows: count.nullable() }),
  columns: z.object({
    id: z.string(),
    timestamp: z.string(),
    version: z.string(),
    prediction: z.string(),
    score: z.string().nullable(),
    label: z.string(),
  }),
  sources: z.object({
    predictions: z.array(z.string()),
    labels: z.array(z.string()),
  }),
  /** How the logged predictions and the labels joined by id: nothing is dropped uncounted. */
  join: z.object({
    predictionRows: count,
    labelRows: count,
    /** Valid prediction rows, first of their id. */
    predictions: count,
    labelled: count,
    /** Predictions with no label (yet). */
    unlabelled: count,
    /** Labels whose id no prediction has. */
    unmatchedLabels: count,
    duplicatePredictions: count,
    /** Label rows repeating an id (the later label wins). */
    duplicateLabels: count,
    /** Duplicate labels that disagree with the earlier one. */
    conflictingLabels: count,
    lateLabels: count,
    invalidPredictions: count,
    invalidLabels: count,
    /** Up to 10 examples of each problem: file, line, what was wrong. */
    samples: z.array(
      z.object({
        kind: z.string(),
        file: z.string(),
        line: z.number().int().nullable(),
        message: z.string(),
      }),
    ),
  }),
  rules: z.object({
    metrics: z.array(
      z.object({
        metric: z.string(),
        threshold: z.number().nullable(),
        minAbsoluteChange: z.number().nullable(),
        minRelativeChange: z.number().nullable(),
        greaterIsBetter: z.boolean(),
        significance: z.number().nullable(),
      }),
    ),
    minLabelledRows: count,
    consecutiveWindows: z.number().int().positive(),
  }),
  interval: z.object({
    method: z.string(),
    level: z.number().gt(0).lt(1),
    resamples: count,
    seed: z.number().int(),
  }),
  versions: z.array(
    z.object({
      version: z.number().int().positive(),
      /** The metrics it was registered with; null when the registry does not have the version. */
      registered: z.record(z.string(), z.number()).nullable(),
      /** Where its feature reference profile and holdout predictions came from (null: none). */
      reference: z.object({ source: z.string(), rows: count }).nullable(),
      holdout: z.object({ source: z.string(), rows: count }).nullable(),
      rows: count,
      labelled: count,
      /** It served the newest window of the log. */
      current: z.boolean(),
      degraded: z.boolean(),
      reasons: z.array(z.string()),
      notes: z.array(z.string()),
    }),
  ),
  windows: z.array(MonitorWindowSchema),
  degraded: z.boolean(),
  /** One line: which metric degraded in which windows; "" when healthy. */
  reason: z.string(),
});
export type MonitoringReport = z.infer<typeof MonitoringReportSchema>;
