import type { Comparison, MetricComparison, ModelVersion, RunRecord, ValidationReport } from "@mlops/core";

/*
 * Documents for the report's tests: a realistic weather classifier PR (Seattle weather data),
 * built as the evaluate, validate and train steps write them.
 */

const SHA_A = "3f1c9a2b7d4e5f60718293a4b5c6d7e8f9012345";
const SHA_B = "9b8a7c6d5e4f30211203f4e5d6c7b8a990817263";
const DIGEST = "a".repeat(64);

export function metric(partial: Partial<MetricComparison> & { name: string }): MetricComparison {
  const baseline = partial.baseline ?? null;
  const candidate = partial.candidate ?? null;
  const delta =
    partial.delta !== undefined
      ? partial.delta
      : baseline !== null && candidate !== null
        ? candidate - baseline
        : null;
  const relativeDelta =
    partial.relativeDelta !== undefined
      ? partial.relativeDelta
      : delta !== null && baseline !== null && baseline !== 0
        ? delta / Math.abs(baseline)
        : null;
  return {
    slice: null,
    greaterIsBetter: true,
    interval: null,
    test: null,
    gate: null,
    status: "info",
    ...partial,
    baseline,
    candidate,
    delta,
    relativeDelta,
  };
}

export function thresholdGate(threshold: number, passed: boolean, actual: number, op = ">=") {
  return {
    threshold,
    minAbsoluteChange: null,
    minRelativeChange: null,
    significance: null,
    rules: [
      {
        rule: "threshold",
        operator: op,
        expected: threshold,
        actual,
        passed,
        message: `value ${op} ${threshold}`,
      },
    ],
  };
}

export function passingComparison(): Comparison {
  return {
    kind: "mlops.comparison",
    version: 1,
    created: "2026-11-23T12:00:00Z",
    model: "weather-classifier",
    candidate: {
      source: "out/metrics.json",
      runId: "11223344",
      gitSha: SHA_A,
      params: {
        model: { type: "random_forest", n_estimators: 300, max_depth: 12 },
        seed: 42,
        features: ["precipitation", "temp_max", "temp_min", "wind"],
      },
    },
    baseline: {
      source: "registry",
      version: 7,
      alias: "production",
      runId: "11000001",
      gitSha: SHA_B,
      params: {
        model: { type: "random_forest", n_estimators: 200, max_depth: 12 },
        seed: 42,
        features: ["precipitation", "temp_max", "temp_min"],
        class_weight: "balanced",
      },
      artifact: {
        store: "oci",
        reference: "ghcr.io/acme/models:weather-classifier-v7",
        digest: "sha256:9c1e7b3d5a6f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f4f2a",
      },
    },
    verdict: "pass",
    passed: true,
    reasons: ["all gates pass"],
    metrics: [
      metric({
        name: "accuracy",
        baseline: 0.8412,
        candidate: 0.8573,
        status: "pass",
        baselineSource: "same-rows",
        interval: {
          level: 0.95,
          method: "paired-bootstrap",
          candidate: [0.84, 0.874],
          baseline: [0.824, 0.858],
          delta: [0.0042, 0.0281],
        },
        test: { name: "paired-bootstrap", statistic: null, pValue: 0.008 },
        gate: {
          threshold: 0.8,
          minAbsoluteChange: null,
          minRelativeChange: -0.01,
          significance: null,
          rules: [
            {
              rule: "threshold",
              operator: ">=",
              expected: 0.8,
              actual: 0.8573,
              passed: true,
              message: "accuracy 0.8573 >= 0.8",
            },
            {
              rule: "min_relative_change",
              operator: ">=",
              expected: -0.01,
              actual: 0.0191,
              passed: true,
              message: "relative change +1.9% >= -1%",
            },
          ],
        },
      }),
      metric({
        name: "f1_macro",
        baseline: 0.6234,
        candidate: 0.6411,
        status: "pass",
        baselineSource: "same-rows",
        interval: {
          level: 0.95,
          method: "paired-bootstrap",
          candidate: null,
          baseline: null,
          delta: [-0.004, 0.039],
        },
        gate: thresholdGate(0.6, true, 0.6411),
      }),
      metric({
        name: "log_loss",
        baseline: 0.4123,
        candidate: 0.3987,
        greaterIsBetter: false,
        status: "pass",
        baselineSource: "same-rows",
        gate: {
          threshold: 0.5,
          minAbsoluteChange: null,
          minRelativeChange: null,
          significance: null,
          rules: [
            {
              rule: "threshold",
              operator: "<=",
              expected: 0.5,
              actual: 0.3987,
              passed: true,
              message: "log_loss <= 0.5",
            },
          ],
        },
      }),
      metric({
        name: "latency_ms",
        baseline: 12.5,
        candidate: 14.25,
        greaterIsBetter: false,
        status: "info",
        baselineSource: "registered",
      }),
      metric({
        name: "training_rows",
        baseline: 1168,
        candidate: 1168,
        greaterIsBetter: null,
        status: "info",
        baselineSource: "registered",
      }),
    ],
    predictions: {
      rows: 293,
      resamples: 2000,
      seed: 7,
      // Rows: true class; columns: predicted class (evaluate's confusion matrices, both models).
      confusionMatrix: {
        classes: ["drizzle", "fog", "rain", "snow", "sun"],
        matrix: [
          [2, 0, 1, 0, 8],
          [0, 3, 0, 0, 17],
          [0, 0, 118, 2, 9],
          [0, 0, 3, 3, 0],
          [1, 2, 4, 0, 119],
        ],
        baseline: [
          [1, 0, 1, 0, 9],
          [0, 0, 1, 0, 19],
          [0, 0, 116, 1, 12],
          [0, 0, 4, 2, 0],
          [2, 1, 6, 0, 117],
        ],
      },
    },
    evaluation: {
      pairedOn: "same-rows",
      dataset: {
        source: "data/eval.csv",
        fingerprint: "sha256:4f2a9c1e7b3d5a6f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f",
        rows: 293,
      },
      candidate: { source: "predict", rows: 293 },
      baseline: { source: "predict", rows: 293, predictCommand: "python predict.py" },
      note: "both models scored on the same 293 rows",
    },
    scan: {
      candidate: {
        verdict: "safe",
        files: 2,
        globals: [{ module: "sklearn.ensemble._forest", name: "RandomForestClassifier", severity: "safe" }],
        findings: [],
        omittedFindings: 0,
      },
      baseline: {
        verdict: "safe",
        files: 2,
        globals: [{ module: "sklearn.ensemble._forest", name: "RandomForestClassifier", severity: "safe" }],
        findings: [],
        omittedFindings: 0,
      },
    },
  };
}

/**
 * A paired regression comparison (daily max temperature, °C): rmse/mae gated, residual summaries
 * of both models on the same 160 rows, a warned scan of the baseline, an OCI artifact.
 */
export function regressionComparison(): Comparison {
  const c = passingComparison();
  c.model = "temp-forecast";
  c.candidate.params = { model: { type: "gradient_boosting", n_estimators: 400 } };
  c.baseline!.params = { model: { type: "gradient_boosting", n_estimators: 200 } };
  c.baseline!.version = 3;
  c.baseline!.artifact = {
    store: "oci",
    reference: "ghcr.io/acme/models:temp-forecast-v3",
    digest: "sha256:0b5e3f1a9c7d2e4b6a8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a",
  };
  const paired = (name: string, b: number, cand: number, up: boolean, delta: [number, number]) =>
    metric({
      name,
      baseline: b,
      candidate: cand,
      greaterIsBetter: up,
      status: "pass",
      baselineSource: "same-rows",
      interval: { level: 0.95, method: "paired-bootstrap", candidate: null, baseline: null, delta },
    });
  c.metrics = [
    { ...paired("rmse", 2.412, 2.187, false, [-0.36, -0.09]), gate: thresholdGate(3, true, 2.187, "<=") },
    paired("mae", 1.873, 1.702, false, [-0.28, -0.06]),
    paired("r2", 0.861, 0.886, true, [0.008, 0.043]),
    metric({
      name: "train_rows",
      baseline: 730,
      candidate: 1100,
      greaterIsBetter: null,
      status: "info",
      baselineSource: "registered",
    }),
  ];
  c.metrics[1]!.gate = {
    threshold: null,
    minAbsoluteChange: null,
    minRelativeChange: -0.05,
    significance: null,
    rules: [
      {
        rule: "min_relative_change",
        operator: ">=",
        expected: -0.05,
        actual: 0.0913,
        passed: true,
        message: "mae Δ% -9.13% (1.873 → 1.702) <= +5%",
      },
    ],
  };
  const q = (values: number[]) => [0.05, 0.25, 0.5, 0.75, 0.95].map((p, i) => ({ p, value: values[i]! }));
  c.predictions = {
    rows: 160,
    resamples: 1000,
    seed: 7,
    residuals: {
      candidate: {
        rows: 160,
        mae: 1.702,
        rmse: 2.187,
        bias: -0.12,
        quantiles: q([-3.9, -1.3, -0.1, 1.1, 3.4]),
      },
      baseline: { rows: 160, mae: 1.873, rmse: 2.412, bias: 0.64, quantiles: q([-3.6, -0.8, 0.5, 1.9, 4.6]) },
    },
  };
  c.evaluation = {
    pairedOn: "same-rows",
    dataset: {
      source: "data",
      fingerprint: "sha256:7d8c9b0a1f4f2a9c1e7b3d5a6f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e",
      rows: 160,
    },
    candidate: { source: "training", rows: 160 },
    baseline: { source: "predict", rows: 160, predictCommand: "python3 predict.py" },
    note: "like-for-like: baseline v3 re-scored with the predict command and the candidate on the same 160 rows",
  };
  c.scan = {
    candidate: {
      verdict: "safe",
      files: 1,
      globals: [{ module: "sklearn.ensemble._gb", name: "GradientBoostingRegressor", severity: "safe" }],
      findings: [],
      omittedFindings: 0,
    },
    baseline: {
      verdict: "warn",
      files: 1,
      globals: [
        { module: "sklearn.ensemble._gb", name: "GradientBoostingRegressor", severity: "safe" },
        { module: "mylib.features", name: "TempScaler", severity: "unknown" },
      ],
      findings: [
        {
          severity: "warn",
          message: "imports mylib.features.TempScaler (GLOBAL; not on the allowlist)",
          file: "model.pkl",
        },
      ],
      omittedFindings: 0,
    },
  };
  return c;
}

/** Registered versions of the regression model: rmse, mae and r2 as registered (own holdouts). */
export function regressionVersions(): ModelVersion[] {
  return versions(3, 3).map((v) => ({
    ...v,
    name: "temp-forecast",
    uri: `models:/temp-forecast/${v.number}`,
    metrics: { rmse: 2.9 - v.number * 0.15, mae: 2.2 - v.number * 0.1, r2: 0.8 + v.number * 0.02 },
  }));
}

export function failingComparison(): Comparison {
  const c = passingComparison();
  c.verdict = "fail";
  c.passed = false;
  c.reasons = [
    "accuracy 0.8012 is below the threshold 0.82",
    "f1_macro dropped 4.3% (relative), more than the allowed 1%",
  ];
  c.metrics = [
    metric({
      name: "accuracy",
      baseline: 0.8412,
      candidate: 0.8012,
      status: "fail",
      interval: {
        level: 0.95,
        method: "paired-bootstrap",
        candidate: null,
        baseline: null,
        delta: [-0.061, -0.019],
      },
      test: { name: "paired-bootstrap", statistic: null, pValue: 0.0004 },
      gate: thresholdGate(0.82, false, 0.8012),
    }),
    metric({
      name: "f1_macro",
      baseline: 0.6234,
      candidate: 0.5966,
      status: "fail",
      gate: {
        threshold: null,
        minAbsoluteChange: null,
        minRelativeChange: -0.01,
        significance: null,
        rules: [
          {
            rule: "min_relative_change",
            operator: ">=",
            expected: -0.01,
            actual: -0.043,
            passed: false,
            message: "f1 dropped",
          },
        ],
      },
    }),
    metric({
      name: "log_loss",
      baseline: 0.4123,
      candidate: 0.4421,
      greaterIsBetter: false,
      status: "warn",
      gate: thresholdGate(0.5, true, 0.4421, "<="),
    }),
    metric({ name: "recall_snow", baseline: null, candidate: 0.25, status: "new", gate: null }),
    metric({ name: "latency_ms", baseline: 12.5, candidate: 11.0, greaterIsBetter: false, status: "info" }),
    metric({
      name: "auc",
      baseline: 0.91,
      candidate: null,
      status: "missing",
      gate: thresholdGate(0.85, false, 0),
    }),
  ];
  return c;
}

export function noBaselineComparison(): Comparison {
  const c = passingComparison();
  c.verdict = "no-baseline";
  c.passed = true;
  c.baseline = null;
  c.reasons = ["no production version of weather-classifier yet: every metric is new"];
  c.predictions = null;
  c.evaluation = null;
  c.metrics = c.metrics.map(({ baselineSource: _, ...m }) => ({
    ...m,
    baseline: null,
    delta: null,
    relativeDelta: null,
    interval: null,
    test: null,
    status: m.gate ? "new" : "info",
  }));
  c.scan = { candidate: c.scan!.candidate, baseline: null };
  return c;
}

export function withSlices(c: Comparison): Comparison {
  const slices: MetricComparison[] = [];
  const weathers = ["sun", "rain", "drizzle", "fog", "snow"];
  weathers.forEach((w, i) => {
    const base = 0.9 - i * 0.1;
    const cand = base + (i % 2 === 0 ? 0.02 : -0.05);
    slices.push(
      metric({
        name: "recall",
        slice: { column: "weather", value: w },
        baseline: base,
        candidate: cand,
        status: cand < base - 0.03 ? "fail" : "pass",
        gate: thresholdGate(0.3, cand >= 0.3, cand),
      }),
    );
  });
  return { ...c, metrics: [...c.metrics, ...slices] };
}

export function validationReport(options: { drift?: boolean; failing?: boolean } = {}): ValidationReport {
  const columns = ["date", "precipitation", "temp_max", "temp_min", "wind", "weather"];
  return {
    kind: "mlops.validation",
    version: 1,
    created: "2026-11-23T11:58:00Z",
    dataset: {
      format: "csv",
      files: [{ path: "data/seattle-weather.csv", sha256: DIGEST, bytes: 48_217 }],
      fingerprint: DIGEST,
      rows: 1461,
      columns,
    },
    schema: {
      source: "data/schema.json",
      passed: !options.failing,
      checks: [
        {
          check: "type",
          column: "precipitation",
          severity: "error",
          passed: true,
          expected: "number",
          failures: 0,
          checked: 1461,
          samples: [],
        },
        options.failing
          ? {
              check: "range",
              column: "wind",
              severity: "error",
              passed: false,
              expected: "0 <= wind <= 20",
              observed: "max 95.5",
              failures: 3,
              checked: 1461,
              samples: [],
            }
          : {
              check: "range",
              column: "wind",
              severity: "error",
              passed: true,
              expected: "0 <= wind <= 20",
              failures: 0,
              checked: 1461,
              samples: [],
            },
        {
          check: "allowed-values",
          column: "weather",
          severity: "warning",
          passed: true,
          expected: "one of sun, rain, drizzle, fog, snow",
          failures: 0,
          checked: 1461,
          samples: [],
        },
      ],
    },
    profile: {},
    drift: options.drift
      ? {
          reference: { kind: "data", source: "data/reference.csv", fingerprint: DIGEST, rows: 1000 },
          datasetDrift: false,
          driftedShare: 2 / 5,
          shareThreshold: 0.5,
          columns: [
            {
              column: "precipitation",
              type: "number",
              test: "ks",
              statistic: 0.041,
              pValue: 0.31,
              threshold: 0.05,
              operator: "<",
              comparedValue: "p_value",
              drifted: false,
            },
            {
              column: "temp_max",
              type: "number",
              test: "ks",
              statistic: 0.187,
              pValue: 0.00001,
              threshold: 0.05,
              operator: "<",
              comparedValue: "p_value",
              drifted: true,
              psi: 0.27,
            },
            {
              column: "temp_min",
              type: "number",
              test: "wasserstein",
              statistic: 0.32,
              pValue: null,
              threshold: 0.1,
              operator: ">",
              comparedValue: "statistic",
              drifted: true,
            },
            {
              column: "wind",
              type: "number",
              test: "ks",
              statistic: 0.02,
              pValue: 0.9,
              threshold: 0.05,
              operator: "<",
              comparedValue: "p_value",
              drifted: false,
            },
            {
              column: "weather",
              type: "categorical",
              test: "chi-square",
              statistic: 3.2,
              pValue: 0.52,
              threshold: 0.05,
              operator: "<",
              comparedValue: "p_value",
              drifted: false,
            },
          ],
        }
      : null,
    anomalies: options.failing
      ? [
          {
            code: "out-of-range",
            severity: "error",
            message: "wind above 20 in 3 rows",
            column: "wind",
            file: "data/seattle-weather.csv",
            line: 812,
            count: 3,
          },
          {
            code: "missing-values",
            severity: "warning",
            message: "precipitation is empty in 2 rows",
            column: "precipitation",
            count: 2,
          },
        ]
      : [],
    passed: !options.failing,
  };
}

export function runRecord(status: RunRecord["status"] = "succeeded"): RunRecord {
  return {
    kind: "mlops.run",
    version: 1,
    id: "run-20261123-115900-3f1c9a2",
    status,
    startedAt: "2026-11-23T11:59:00Z",
    finishedAt: "2026-11-23T11:59:42Z",
    durationMs: 42_317,
    command: "python train.py --config params.yaml",
    workingDirectory: ".",
    exitCode: status === "failed" ? 1 : 0,
    git: { sha: SHA_A, ref: "refs/pull/12/merge", repository: "acme/weather", dirty: false },
    workflow: {
      runId: "11223344",
      runAttempt: 1,
      job: "train",
      workflow: "ml",
      eventName: "pull_request",
      actor: "octocat",
      serverUrl: "https://github.com",
    },
    params: { model: { type: "random_forest", n_estimators: 300 }, seed: 42 },
    metrics: { accuracy: 0.8573, f1_macro: 0.6411 },
    data: [{ path: "data/seattle-weather.csv", sha256: DIGEST, bytes: 48_217 }],
    model: { path: "out/model.onnx", files: [{ path: "model.onnx", sha256: DIGEST, bytes: 1_234_567 }] },
    fingerprint: DIGEST,
    cacheHit: false,
    resources: { peakRssBytes: 312_000_000, cpuUserMs: 40_000, cpuSystemMs: 1_200 },
    environment: {
      os: "linux",
      arch: "x64",
      node: "24.21.0",
      runner: "Linux",
      tools: { python: "3.12.7", "scikit-learn": "1.5.2" },
    },
  };
}

/** Registered versions 1..count; `production` points at v7 (the fixtures' baseline) when it exists. */
export function versions(count: number, production = Math.min(7, count)): ModelVersion[] {
  const out: ModelVersion[] = [];
  for (let n = 1; n <= count; n++) {
    out.push({
      kind: "mlops.model-version",
      version: 1,
      name: "weather-classifier",
      number: n,
      uri: `models:/weather-classifier/${n}`,
      created: `2026-10-${String(n).padStart(2, "0")}T10:00:00Z`,
      createdBy: "ci",
      aliases: n === production ? ["production"] : [],
      metrics: { accuracy: 0.78 + n * 0.008, f1_macro: 0.55 + n * 0.01, log_loss: 0.5 - n * 0.012 },
      params: {},
      files: [],
      run: null,
      lineage: {
        data: [],
        gitSha: null,
        repository: null,
        workflowRunId: null,
        runAttempt: null,
        parentVersion: n > 1 ? n - 1 : null,
      },
      tags: {},
      idempotencyKey: null,
      contentDigest: DIGEST,
    });
  }
  return out;
}

export const LINKS = {
  repositoryUrl: "https://github.com/acme/weather",
  workflowRun: "https://github.com/acme/weather/actions/runs/11223344",
  artifact: "https://github.com/acme/weather/actions/runs/11223344/artifacts/987",
  registryVersion: {
    label: "registry: v7 (production)",
    url: "https://github.com/acme/weather/releases/tag/weather-classifier-v7",
  },
};
