#!/usr/bin/python3
"""Reference for `npm run bench -- evaluate`: scikit-learn in a plain paired resample loop.

    /usr/bin/python3 test/bench/evaluate_sklearn.py <data-dir> <resamples> <seed>

Reads the holdout the benchmark built (y.u8, a.f64, b.f64: labels and two models' scores),
then for each resample draws row indices with replacement (the same rows for both models) and
computes with scikit-learn, for both models: accuracy, balanced accuracy, precision, recall, F1,
F1 macro, F1 weighted, ROC AUC, log loss. Prints JSON: timings, per-resample values, and the metrics of the
resamples whose Poisson weights the benchmark wrote (weights-<k>.u8) computed with
sample_weight, so the two implementations can be compared value for value.
"""
import glob
import json
import os
import sys
import time

import numpy as np
from sklearn import metrics

METRICS = ["accuracy", "balanced_accuracy", "precision", "recall", "f1", "f1_macro", "f1_weighted", "roc_auc", "log_loss"]


def compute(y, score, w=None):
    pred = (score > 0.5).astype(np.uint8)
    return {
        "accuracy": metrics.accuracy_score(y, pred, sample_weight=w),
        "balanced_accuracy": metrics.balanced_accuracy_score(y, pred, sample_weight=w),
        "precision": metrics.precision_score(y, pred, sample_weight=w, zero_division=0),
        "recall": metrics.recall_score(y, pred, sample_weight=w, zero_division=0),
        "f1": metrics.f1_score(y, pred, sample_weight=w, zero_division=0),
        "f1_macro": metrics.f1_score(y, pred, average="macro", sample_weight=w, zero_division=0),
        "f1_weighted": metrics.f1_score(y, pred, average="weighted", sample_weight=w, zero_division=0),
        "roc_auc": metrics.roc_auc_score(y, score, sample_weight=w),
        "log_loss": metrics.log_loss(y, score, sample_weight=w),
    }


def main():
    data, resamples, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    y = np.fromfile(os.path.join(data, "y.u8"), dtype=np.uint8)
    a = np.fromfile(os.path.join(data, "a.f64"), dtype="<f8")
    b = np.fromfile(os.path.join(data, "b.f64"), dtype="<f8")
    n = len(y)
    out = {"rows": n, "resamples": resamples}

    t0 = time.perf_counter()
    point = {"a": compute(y, a), "b": compute(y, b)}
    out["point_seconds"] = time.perf_counter() - t0
    out["point"] = point

    rng = np.random.default_rng(seed)
    values = {"a": {m: [] for m in METRICS}, "b": {m: [] for m in METRICS}}
    t0 = time.perf_counter()
    c0 = time.process_time()
    for _ in range(resamples):
        idx = rng.integers(0, n, n)
        ys = y[idx]
        for name, s in (("a", a), ("b", b)):
            for m, v in compute(ys, s[idx]).items():
                values[name][m].append(v)
    out["resample_seconds"] = time.perf_counter() - t0
    out["resample_cpu_seconds"] = time.process_time() - c0
    out["values"] = values

    weighted = []
    for f in sorted(glob.glob(os.path.join(data, "weights-*.u8"))):
        w = np.fromfile(f, dtype=np.uint8).astype(np.float64)
        weighted.append({"a": compute(y, a, w), "b": compute(y, b, w)})
    out["weighted"] = weighted
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
