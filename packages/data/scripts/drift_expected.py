#!/usr/bin/python3
"""Expected drift statistics for packages/data/src/drift.test.ts, computed with SciPy.

Run with Debian's python3 (python3-scipy, python3-numpy):
    /usr/bin/python3 packages/data/scripts/drift_expected.py > packages/data/fixtures/drift-expected.json

The samples are not stored: both this script and the test generate them with the same 32-bit
linear congruential generator and the same IEEE double operations, so they are bit-identical.
Binning, zero filling, thresholds and test choice follow Evidently's stattests
(evidently/calculations/stattests: ks, chisquare, z, wasserstein_distance_norm, jensenshannon, psi).
"""
import json
import math
import sys

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance


def lcg(seed, n):
    x = seed % 4294967296
    out = []
    for _ in range(n):
        x = (1664525 * x + 1013904223) % 4294967296
        out.append(x / 4294967296)
    return out


def numeric(seed, n, scale, shift):
    """Roughly bell-shaped values with one decimal (ties included)."""
    u = lcg(seed, 3 * n)
    return [math.floor((u[3 * i] + u[3 * i + 1] + u[3 * i + 2]) / 3 * scale * 10 + shift * 10) / 10 for i in range(n)]


def categorical(seed, n, k, skew):
    u = lcg(seed, n)
    return ["c%d" % math.floor((v ** skew) * k) for v in u]


def binned(ref, cur, kind, feel_zeroes):
    ref = np.asarray(ref)
    cur = np.asarray(cur)
    if kind == "num" and len(np.unique(ref)) > 20:
        bins = np.histogram_bin_edges(np.concatenate([ref, cur]), bins="sturges")
        rp = np.histogram(ref, bins)[0] / len(ref)
        cp = np.histogram(cur, bins)[0] / len(cur)
    else:
        keys = list(set(ref.tolist()) | set(cur.tolist()))
        rc = dict(zip(*np.unique(ref, return_counts=True)))
        cc = dict(zip(*np.unique(cur, return_counts=True)))
        rp = np.array([rc.get(k, 0) / len(ref) for k in keys])
        cp = np.array([cc.get(k, 0) / len(cur) for k in keys])
    if feel_zeroes:
        for arr in (rp, cp):
            m = min(arr[arr != 0])
            np.place(arr, arr == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return rp, cp


def psi(ref, cur, kind):
    rp, cp = binned(ref, cur, kind, True)
    return float(np.sum((rp - cp) * np.log(rp / cp)))


NUMERIC = [
    # name, (seed, n, scale, shift) reference, (seed, n, scale, shift) current
    ("equal-n exact", (1, 300, 10, 0), (2, 300, 10, 0.4)),
    ("unequal-n exact", (3, 250, 10, 0), (4, 400, 10, 0.3)),
    ("exact tiny", (5, 12, 5, 0), (6, 17, 5, 1)),
    ("exact identical", (7, 200, 10, 0), (7, 200, 10, 0)),
    ("asymp small en (Pomeranz/DMTW)", (8, 60, 10, 0), (9, 10050, 10, 0.5)),
    ("asymp en > 140 (smirnov)", (10, 900, 10, 0), (11, 12000, 10, 0.6)),
    ("asymp en > 140, no drift", (12, 800, 10, 0), (13, 11000, 10, 0)),
    ("wasserstein large", (14, 5000, 20, 0), (15, 8000, 20, 1.5)),
]

CATEGORICAL = [
    ("categorical shift", (16, 500, 6, 1.0), (17, 700, 6, 1.6)),
    ("categorical same", (18, 800, 4, 1.0), (19, 900, 4, 1.0)),
    ("binary", (20, 400, 2, 1.0), (21, 450, 2, 1.4)),
    ("categorical large", (22, 3000, 8, 1.0), (23, 4000, 8, 1.3)),
]


def main():
    out = {"scipy": scipy.__version__, "numpy": np.__version__, "numeric": [], "categorical": []}
    for name, a, b in NUMERIC:
        ref = numeric(*a)
        cur = numeric(*b)
        ks = stats.ks_2samp(ref, cur)
        wd = stats.wasserstein_distance(ref, cur)
        rp, cp = binned(ref, cur, "num", False)
        out["numeric"].append({
            "name": name,
            "reference": list(a),
            "current": list(b),
            "ks_statistic": float(ks.statistic),
            "ks_pvalue": float(ks.pvalue),
            "wasserstein": float(wd),
            "wasserstein_norm": float(wd / max(np.std(ref), 0.001)),
            "jensenshannon": float(distance.jensenshannon(rp, cp, 2)),
            "psi": psi(ref, cur, "num"),
        })
    for name, a, b in CATEGORICAL:
        ref = categorical(*a)
        cur = categorical(*b)
        keys = list(set(ref) | set(cur))
        k_norm = len(cur) / len(ref)
        f_exp = [ref.count(k) * k_norm for k in keys]
        f_obs = [cur.count(k) for k in keys]
        chi = stats.chisquare(f_obs, f_exp)
        rp, cp = binned(ref, cur, "cat", False)
        entry = {
            "name": name,
            "reference": list(a),
            "current": list(b),
            "chi2_statistic": float(chi.statistic),
            "chi2_pvalue": float(chi.pvalue),
            "jensenshannon": float(distance.jensenshannon(rp, cp, 2)),
            "psi": psi(ref, cur, "cat"),
        }
        if len(keys) == 2:
            ordered = sorted(keys)
            r = np.array([0 if x == ordered[0] else 1 for x in ref])
            c = np.array([0 if x == ordered[0] else 1 for x in cur])
            p1, p2 = r.mean(), c.mean()
            P = (p1 * len(r) + p2 * len(c)) / (len(r) + len(c))
            z = (p1 - p2) / np.sqrt(P * (1 - P) * (1 / len(r) + 1 / len(c)))
            entry["z_statistic"] = float(z)
            entry["z_pvalue"] = float(2 * (1 - stats.norm.cdf(abs(z))))
        out["categorical"].append(entry)
    # The one-sample Kolmogorov distribution itself, across all of kolmogn's branches.
    out["kstwo_sf"] = [
        {"n": n, "x": x, "sf": float(stats.kstwo.sf(x, n))}
        for n, x in [(10, 0.08), (10, 0.2), (10, 0.45), (10, 0.6), (50, 0.05), (50, 0.1), (50, 0.2), (50, 0.35),
                     (140, 0.03), (141, 0.05), (300, 0.02), (300, 0.05), (300, 0.1), (1000, 0.01), (1000, 0.03),
                     (1000, 0.06), (5000, 0.005), (5000, 0.02), (20000, 0.004), (200000, 0.002)]
    ]
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
