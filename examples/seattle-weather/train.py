#!/usr/bin/env python3
"""Trains the Seattle weather classifier with scikit-learn (a seeded random forest).

    python3 train.py [--data PATH]... [--out DIR]

    --data        a CSV file or a directory of CSV files (default: data)
    --out         where model.pkl, metrics.json and predictions.csv go (default: out)
    MLOPS_PARAMS  path of a JSON file with params (the train action sets it); defaults otherwise

Same contract as train.mjs: the same features, the same holdout (a hash of the date), the same
metric names and the same predictions file, so either trainer can produce the candidate.
Exit status: 0 on success, 2 on bad input (with a message naming the file and line).
"""

import argparse
import csv
import hashlib
import json
import math
import os
import pickle
import re
import sys

CLASSES = ["drizzle", "fog", "rain", "snow", "sun"]
FEATURES = ["precipitation", "temp_max", "temp_min", "wind", "month"]
COLUMNS = ["date", "precipitation", "temp_max", "temp_min", "wind", "weather"]
DEFAULT_PARAMS = {
    "seed": 42,
    "n_estimators": 40,
    "max_depth": 8,
    "max_features": 0.8,
    "min_samples_split": 4,
    "max_samples": 300,
    "holdout_fraction": 0.2,
}


class InputError(Exception):
    pass


def read_params(env):
    path = env.get("MLOPS_PARAMS")
    given = {}
    if path:
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError as error:
            raise InputError(f"MLOPS_PARAMS={path}: cannot read the params file ({error.strerror})")
        try:
            given = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(f"MLOPS_PARAMS={path}: invalid JSON: {error}")
        if not isinstance(given, dict):
            raise InputError(f"MLOPS_PARAMS={path}: expected a JSON object of params, found {json.dumps(given)}")
    params = dict(DEFAULT_PARAMS)
    for key, value in given.items():
        if key not in DEFAULT_PARAMS:
            continue  # params for other tools may share the file
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise InputError(f"MLOPS_PARAMS={path}: '{key}' must be a number, found {json.dumps(value)}")
        params[key] = value
    for key, minimum in (("seed", 0), ("n_estimators", 1), ("max_depth", 1), ("min_samples_split", 2), ("max_samples", 1)):
        value = params[key]
        if float(value) != int(value) or value < minimum:
            raise InputError(f"param '{key}' must be an integer >= {minimum}, found {value}")
        params[key] = int(value)
    if not 0 < params["max_features"] <= 1:
        raise InputError(f"param 'max_features' must be a fraction in (0, 1], found {params['max_features']}")
    if not 0 < params["holdout_fraction"] < 1:
        raise InputError(f"param 'holdout_fraction' must be in (0, 1), found {params['holdout_fraction']}")
    return params


def data_files(paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            inside = sorted(name for name in os.listdir(path) if name.endswith(".csv"))
            if not inside:
                raise InputError(f"{path}: no .csv files in this directory")
            files.extend(os.path.join(path, name) for name in inside)
        elif os.path.isfile(path):
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return files


def read_rows(files, labelled=True):
    """Rows of the weather CSV files; with labelled=False (scoring) the weather column may be absent."""
    rows = []
    seen = {}
    for path in files:
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            header = next(reader, [])
            missing = [c for c in COLUMNS if c not in header and (labelled or c != "weather")]
            if missing:
                raise InputError(f"{path} line 1: missing column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}")
            index = [header.index(c) if c in header else None for c in COLUMNS]
            for cells in reader:
                line = reader.line_num
                if not cells:
                    continue
                if len(cells) != len(header):
                    raise InputError(f"{path} line {line}: expected {len(header)} fields, found {len(cells)}")
                date, precipitation, temp_max, temp_min, wind, weather = (None if j is None else cells[j] for j in index)
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                    raise InputError(f"{path} line {line} column 'date': expected YYYY-MM-DD, found {json.dumps(date)}")

                def number(value, column):
                    try:
                        n = float(value)
                    except ValueError:
                        n = math.nan
                    if not math.isfinite(n):
                        raise InputError(f"{path} line {line} column '{column}': expected a number, found {json.dumps(value)}")
                    return n

                if weather is not None and weather not in CLASSES:
                    raise InputError(
                        f"{path} line {line} column 'weather': expected one of {', '.join(CLASSES)}, found {json.dumps(weather)}"
                    )
                if date in seen:
                    raise InputError(f"{path} line {line}: date {date} already read from {seen[date]}")
                seen[date] = f"{path} line {line}"
                rows.append(
                    {
                        "date": date,
                        "precipitation": number(precipitation, "precipitation"),
                        "temp_max": number(temp_max, "temp_max"),
                        "temp_min": number(temp_min, "temp_min"),
                        "wind": number(wind, "wind"),
                        "weather": weather,
                    }
                )
    if not rows:
        raise InputError(f"no data rows in {', '.join(files)}")
    return rows


def features(row):
    return [row["precipitation"], row["temp_max"], row["temp_min"], row["wind"], int(row["date"][5:7])]


def is_holdout(date, fraction):
    """The same split as weather.mjs: sha256("holdout:" + date) read as a fraction < fraction."""
    digest = hashlib.sha256(f"holdout:{date}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32 < fraction


def clip_rows(proba):
    """Probabilities clipped to [1e-15, 1 - 1e-15] and renormalised (the same in every sklearn)."""
    import numpy as np

    clipped = np.clip(proba, 1e-15, 1 - 1e-15)
    return clipped / clipped.sum(axis=1, keepdims=True)


def train(argv, env):
    parser = argparse.ArgumentParser(description="Train the Seattle weather classifier (scikit-learn).")
    parser.add_argument("--data", action="append", default=[])
    parser.add_argument("--out", default="out")
    args = parser.parse_args(argv)
    params = read_params(env)
    files = data_files(args.data or ["data"])
    rows = read_rows(files)
    train_rows = [r for r in rows if not is_holdout(r["date"], params["holdout_fraction"])]
    holdout = [r for r in rows if is_holdout(r["date"], params["holdout_fraction"])]
    if not train_rows or not holdout:
        raise InputError(f"the split left {len(train_rows)} training and {len(holdout)} holdout rows; use more data")

    import numpy as np
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.metrics import (
        accuracy_score,
        balanced_accuracy_score,
        f1_score,
        log_loss,
        precision_score,
        recall_score,
    )

    model = RandomForestClassifier(
        n_estimators=params["n_estimators"],
        max_depth=params["max_depth"],
        max_features=params["max_features"],
        min_samples_split=params["min_samples_split"],
        max_samples=min(params["max_samples"], len(train_rows)),
        random_state=params["seed"],
        n_jobs=1,
    )
    model.fit(np.array([features(r) for r in train_rows]), [r["weather"] for r in train_rows])

    # predict_proba has a column per class seen in training; spread them over all CLASSES.
    seen = model.predict_proba(np.array([features(r) for r in holdout]))
    proba = np.zeros((len(holdout), len(CLASSES)))
    for j, name in enumerate(model.classes_):
        proba[:, CLASSES.index(name)] = seen[:, j]
    predicted = [CLASSES[i] for i in proba.argmax(axis=1)]
    labels = [r["weather"] for r in holdout]

    quiet = {"zero_division": 0}
    metrics = {
        "accuracy": accuracy_score(labels, predicted),
        "balanced_accuracy": balanced_accuracy_score(labels, predicted),
        "f1_macro": f1_score(labels, predicted, average="macro", **quiet),
        "f1_weighted": f1_score(labels, predicted, average="weighted", **quiet),
        "precision_macro": precision_score(labels, predicted, average="macro", **quiet),
        "recall_macro": recall_score(labels, predicted, average="macro", **quiet),
        "log_loss": log_loss(labels, clip_rows(proba), labels=CLASSES),
        "train_rows": len(train_rows),
        "holdout_rows": len(holdout),
    }
    metrics = {k: float(v) if not isinstance(v, int) else v for k, v in metrics.items()}

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "model.pkl"), "wb") as f:
        pickle.dump({"classes": CLASSES, "features": FEATURES, "params": params, "model": model}, f)
    with open(os.path.join(args.out, "metrics.json"), "w", encoding="utf-8") as f:
        json.dump(metrics, f, indent=2)
        f.write("\n")
    with open(os.path.join(args.out, "predictions.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["date", "label", "prediction"] + [f"proba_{c}" for c in CLASSES])
        for row, pred, p in zip(holdout, predicted, proba):
            writer.writerow([row["date"], row["weather"], pred] + [repr(float(v)) for v in p])
    return metrics, args.out, files


def main():
    try:
        metrics, out, files = train(sys.argv[1:], os.environ)
    except InputError as error:
        print(f"train.py: {error}", file=sys.stderr)
        sys.exit(2)
    print(f"trained on {', '.join(files)}: {metrics['train_rows']} rows, holdout {metrics['holdout_rows']} rows")
    for name, value in metrics.items():
        print(f"  {name}: {round(value, 4)}")
    print(f"wrote {os.path.join(out, 'model.pkl')}, {os.path.join(out, 'metrics.json')}, {os.path.join(out, 'predictions.csv')}")


if __name__ == "__main__":
    main()
