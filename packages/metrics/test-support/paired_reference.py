#!/usr/bin/python3
"""Reference numbers for paired evaluation, from Debian's scikit-learn and SciPy.

    /usr/bin/python3 packages/metrics/test-support/paired_reference.py generate
        Fits two real models per task on scikit-learn's synthetic generators (seeded, no
        download) and writes their holdout predictions as the candidate's and the baseline's
        files in test-support/paired/ (the baseline's rows shuffled: evaluate must join them on
        the id column), then DeLong's test by its definition (every positive/negative pair,
        O(m·n), independent of the O(n log n) midrank form evaluate uses) to
        paired/reference-delong.json. Run once; the outputs are committed.

    /usr/bin/python3 packages/metrics/test-support/paired_reference.py reference CAND BASE TASK RESAMPLES SEED
        Prints JSON for one pair of files joined on `id`: every metric of both models with
        scikit-learn, McNemar's exact p (scipy.stats.binomtest on the discordant counts), and
        percentile intervals of each metric's difference from a plain paired resample loop
        (rows drawn with replacement, the same rows for both models). The test runs this live.
"""
import csv
import json
import os
import sys

import numpy as np
from scipy import stats
from sklearn import metrics

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "paired")


def binary_metrics(y, pred, score):
    return {
        "accuracy": metrics.accuracy_score(y, pred),
        "balanced_accuracy": metrics.balanced_accuracy_score(y, pred),
        "precision": metrics.precision_score(y, pred, zero_division=0),
        "recall": metrics.recall_score(y, pred, zero_division=0),
        "f1": metrics.f1_score(y, pred, zero_division=0),
        "f1_macro": metrics.f1_score(y, pred, average="macro", zero_division=0),
        "f1_weighted": metrics.f1_score(y, pred, average="weighted", zero_division=0),
        "roc_auc": metrics.roc_auc_score(y, score),
        "log_loss": metrics.log_loss(y, score, labels=[0, 1]),
    }


def binary_metrics_resample(y, pred, score):
    """binary_metrics with one precision_recall_fscore_support call for the six precision/recall/F1
    values: precision_score, recall_score and f1_score (binary, macro, weighted) each make that
    call and take class 1, the mean, or the support-weighted mean (np.average), as here. Half
    the calls per resample, the same numbers."""
    p, r, f, support = metrics.precision_recall_fscore_support(y, pred, labels=[0, 1], zero_division=0)
    return {
        "accuracy": metrics.accuracy_score(y, pred),
        "balanced_accuracy": metrics.balanced_accuracy_score(y, pred),
        "precision": p[1],
        "recall": r[1],
        "f1": f[1],
        "f1_macro": np.average(f),
        "f1_weighted": np.average(f, weights=support) if support.sum() else 0.0,
        "roc_auc": metrics.roc_auc_score(y, score),
        "log_loss": metrics.log_loss(y, score, labels=[0, 1]),
    }


def regression_metrics(y, pred):
    mse = metrics.mean_squared_error(y, pred)
    return {
        "rmse": float(np.sqrt(mse)),
        "mse": mse,
        "mae": metrics.mean_absolute_error(y, pred),
        "r2": metrics.r2_score(y, pred),
    }


def delong_by_definition(y, a, b):
    pos, neg = y == 1, y == 0

    def psi(s):
        x, z = s[pos][:, None], s[neg][None, :]
        return (x > z) + 0.5 * (x == z)

    pa, pb = psi(a), psi(b)
    m, n = pa.shape
    v10 = np.stack([pa.mean(axis=1), pb.mean(axis=1)])
    v01 = np.stack([pa.mean(axis=0), pb.mean(axis=0)])
    s = np.cov(v10) / m + np.cov(v01) / n
    var = s[0, 0] + s[1, 1] - 2 * s[0, 1]
    z = (pa.mean() - pb.mean()) / np.sqrt(var)
    return {"aucA": pa.mean(), "aucB": pb.mean(), "variance": var, "z": z, "pValue": 2 * stats.norm.sf(abs(z))}


def write(path, header, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def generate():
    from sklearn.datasets import make_classification, make_regression
    from sklearn.linear_model import LinearRegression, LogisticRegression
    from sklearn.model_selection import train_test_split
    from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

    os.makedirs(HERE, exist_ok=True)
    rng = np.random.default_rng(7)
    X, y = make_classification(n_samples=2400, n_features=8, n_informative=4, flip_y=0.08, random_state=3)
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.5, random_state=4)
    ids = 100000 + np.arange(len(yte)) * 3
    a = LogisticRegression(max_iter=5000).fit(Xtr, ytr).predict_proba(Xte)[:, 1]
    b = DecisionTreeClassifier(max_depth=4, random_state=0).fit(Xtr, ytr).predict_proba(Xte)[:, 1]  # ties
    order = rng.permutation(len(yte))
    write(os.path.join(HERE, "binary-candidate.csv"), ["id", "label", "score"],
          [[ids[i], yte[i], repr(float(a[i]))] for i in range(len(yte))])
    write(os.path.join(HERE, "binary-baseline.csv"), ["id", "label", "score"],
          [[ids[i], yte[i], repr(float(b[i]))] for i in order])
    X, y = make_regression(n_samples=1600, n_features=6, noise=25.0, random_state=5)
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.5, random_state=6)
    ids = 500000 + np.arange(len(yte))
    ra = LinearRegression().fit(Xtr, ytr).predict(Xte)
    rb = DecisionTreeRegressor(max_depth=5, random_state=0).fit(Xtr, ytr).predict(Xte)
    order = rng.permutation(len(yte))
    write(os.path.join(HERE, "regression-candidate.csv"), ["id", "label", "prediction"],
          [[ids[i], repr(float(yte[i])), repr(float(ra[i]))] for i in range(len(yte))])
    write(os.path.join(HERE, "regression-baseline.csv"), ["id", "label", "prediction"],
          [[ids[i], repr(float(yte[i])), repr(float(rb[i]))] for i in order])
    y, sa, sb = joined(os.path.join(HERE, "binary-candidate.csv"), os.path.join(HERE, "binary-baseline.csv"), "score")
    out = {k: float(v) for k, v in delong_by_definition(y.astype(int), sa, sb).items()}
    with open(os.path.join(HERE, "reference-delong.json"), "w") as f:
        json.dump({"source": "paired_reference.py generate: DeLong by definition (all pairs)",
                   "binary": out}, f, indent=2)
        f.write("\n")
    print("wrote", HERE)


def joined(cand, base, column):
    def read(path):
        with open(path, newline="") as f:
            return {r["id"]: r for r in csv.DictReader(f)}

    c, b = read(cand), read(base)
    ids = list(c)
    y = np.array([float(c[i]["label"]) for i in ids])
    return y, np.array([float(c[i][column]) for i in ids]), np.array([float(b[i][column]) for i in ids])


def reference(cand, base, task, resamples, seed):
    column = "score" if task == "binary" else "prediction"
    y, a, b = joined(cand, base, column)
    if task == "binary":
        y = y.astype(int)
        pa, pb = (a > 0.5).astype(int), (b > 0.5).astype(int)
        compute = lambda idx, s, p: binary_metrics_resample(y[idx], p[idx], s[idx])  # noqa: E731
        a_only = int(((pa == y) & (pb != y)).sum())
        b_only = int(((pa != y) & (pb == y)).sum())
        out = {
            "a": binary_metrics(y, pa, a),
            "b": binary_metrics(y, pb, b),
            # the resample loop's form, checked against the direct calls on the full rows
            "resample_form": {"a": binary_metrics_resample(y, pa, a), "b": binary_metrics_resample(y, pb, b)},
            "mcnemar": {"aOnly": a_only, "bOnly": b_only,
                        "pValue": stats.binomtest(min(a_only, b_only), a_only + b_only, 0.5).pvalue},
        }
    else:
        pa = pb = None
        compute = lambda idx, s, p: regression_metrics(y[idx], s[idx])  # noqa: E731
        out = {"a": regression_metrics(y, a), "b": regression_metrics(y, b)}
    rng = np.random.default_rng(seed)
    n = len(y)
    deltas = {}
    for _ in range(resamples):
        idx = rng.integers(0, n, n)
        ma, mb = compute(idx, a, pa), compute(idx, b, pb)
        for k in ma:
            deltas.setdefault(k, []).append(ma[k] - mb[k])
    out["delta_intervals"] = {k: [float(np.percentile(v, 2.5)), float(np.percentile(v, 97.5))] for k, v in deltas.items()}
    out["resamples"] = resamples
    for side in ("a", "b"):
        out[side] = {k: float(v) for k, v in out[side].items()}
        if "resample_form" in out:
            out["resample_form"][side] = {k: float(v) for k, v in out["resample_form"][side].items()}
    if "mcnemar" in out:
        out["mcnemar"]["pValue"] = float(out["mcnemar"]["pValue"])
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        generate()
    else:
        reference(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]))
