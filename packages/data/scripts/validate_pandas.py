#!/usr/bin/python3
"""The pandas/SciPy reference for `npm run bench -- validate`: the same work as validate-data.

    /usr/bin/python3 validate_pandas.py DATA.csv REFERENCE.csv SCHEMA.json REPORT.json

Reads both CSVs, checks the schema (types, nullability, min/max), profiles every column (count,
missing, min, max, mean, std, quantiles, distinct, top values, histogram) and tests drift with
Evidently's defaults for a reference above 1000 rows (Wasserstein distance normed by the reference
std for numeric columns, Jensen-Shannon distance for categorical ones, PSI for both).
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]


def parse_dates(df, schema):
    """Datetime columns parsed once (invalid values become NaT), as the type check needs anyway."""
    return {name: pd.to_datetime(df[name], errors="coerce", utc=True)
            for name, spec in schema["columns"].items() if spec.get("type") == "datetime" and name in df.columns}


def profile(df, schema, dates):
    out = {}
    for name in df.columns:
        s = df[name]
        kind = schema["columns"].get(name, {}).get("type")
        p = {"count": int(s.count()), "missing": int(s.isna().sum())}
        if kind == "datetime":
            t = dates[name]
            p.update(min=str(t.min()), max=str(t.max()), distinct=int(t.nunique()))
        elif pd.api.types.is_numeric_dtype(s):
            p.update(min=float(s.min()), max=float(s.max()), mean=float(s.mean()), std=float(s.std()),
                     quantiles={str(q): float(v) for q, v in s.quantile(QUANTILES).items()},
                     distinct=int(s.nunique()))
            counts, edges = np.histogram(s.dropna(), bins=20)
            p["histogram"] = {"edges": edges.tolist(), "counts": counts.tolist()}
            p["top"] = {str(k): int(v) for k, v in s.value_counts().head(10).items()}
        else:
            p.update(distinct=int(s.nunique()), top={str(k): int(v) for k, v in s.value_counts().head(10).items()})
        out[name] = p
    return out


def check(df, schema, dates):
    results = []
    for name, spec in schema["columns"].items():
        if name not in df.columns:
            results.append({"column": name, "check": "required-column", "failures": 1})
            continue
        s = df[name]
        kind = spec.get("type")
        if kind in ("integer", "number"):
            bad = pd.to_numeric(s, errors="coerce").isna() & s.notna()
            if kind == "integer" and not bad.any():
                bad = bad | (pd.to_numeric(s) % 1 != 0)
            results.append({"column": name, "check": "type", "failures": int(bad.sum())})
        elif kind == "datetime":
            bad = dates[name].isna() & s.notna()
            results.append({"column": name, "check": "type", "failures": int(bad.sum())})
        if spec.get("nullable") is False:
            results.append({"column": name, "check": "not-null", "failures": int(s.isna().sum())})
        for bound in ("min", "max"):
            if bound in spec:
                v = spec[bound]["value"] if isinstance(spec[bound], dict) else spec[bound]
                col = dates[name] if kind == "datetime" else s
                limit = pd.Timestamp(v) if kind == "datetime" else v
                fails = (col < limit) if bound == "min" else (col > limit)
                results.append({"column": name, "check": bound, "failures": int(fails.sum()),
                                "lines": (np.flatnonzero(fails.to_numpy())[:5] + 2).tolist()})
    return results


def binned(ref, cur, numeric):
    if numeric and ref.nunique() > 20:
        bins = np.histogram_bin_edges(pd.concat([ref, cur]).values, bins="sturges")
        return np.histogram(ref, bins)[0] / len(ref), np.histogram(cur, bins)[0] / len(cur)
    rc, cc = ref.value_counts(), cur.value_counts()
    keys = list(set(rc.index) | set(cc.index))
    return (np.array([rc.get(k, 0) / len(ref) for k in keys]), np.array([cc.get(k, 0) / len(cur) for k in keys]))


def drift(df, ref, schema):
    out = []
    for name in df.columns:
        if schema["columns"].get(name, {}).get("type") == "datetime" or name not in ref.columns:
            continue
        r, c = ref[name].dropna(), df[name].dropna()
        numeric = pd.api.types.is_numeric_dtype(c)
        if numeric and pd.concat([r, c]).nunique() > 5:
            stat, test = stats.wasserstein_distance(r, c) / max(np.std(r), 0.001), "wasserstein"
        else:
            rp, cp = binned(r, c, numeric)
            stat, test = float(distance.jensenshannon(rp, cp, 2)), "jensen-shannon"
        rp, cp = binned(r, c, numeric)
        for arr in (rp, cp):
            m = min(arr[arr != 0])
            np.place(arr, arr == 0, m / 10**6 if m <= 0.0001 else 0.0001)
        psi = float(np.sum((rp - cp) * np.log(rp / cp)))
        out.append({"column": name, "test": test, "statistic": float(stat), "drifted": bool(stat >= 0.1), "psi": psi})
    return out


def main():
    data, reference, schema_path, report = sys.argv[1:5]
    schema = json.load(open(schema_path))
    ref = pd.read_csv(reference)
    df = pd.read_csv(data)
    dates, ref_dates = parse_dates(df, schema), parse_dates(ref, schema)
    result = {
        "rows": len(df),
        "schema": check(df, schema, dates),
        "profile": profile(df, schema, dates),
        "reference_profile": profile(ref, schema, ref_dates),
        "drift": drift(df, ref, schema),
    }
    json.dump(result, open(report, "w"), indent=1, default=str)


if __name__ == "__main__":
    main()
