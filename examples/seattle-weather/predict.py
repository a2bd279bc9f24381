#!/usr/bin/env python3
"""Scores days with a model trained by train.py (model.pkl): the same predictions file the
trainer writes for its holdout, for any data, e.g. the production model on this year's days.

    python3 predict.py --model out/model.pkl --data PATH [--data PATH]... [--out predictions.csv]

--model is model.pkl or the directory holding it (a registered version's files). This is the
Python variant of mlops.yml's predict command: evaluate runs it with MODEL_PATH, EVAL_DATA and
PREDICTIONS set, which are also the defaults of --model, --data and --out. Unpickling runs code
from the file: score only models your own pipeline registered (the registry verifies each file's
sha256, and evaluate scans the files for dangerous imports, model-scan: fail, before this runs).

The weather column is optional in the data; when present it is copied to the label column.
Exit status: 0 on success, 2 on bad input.
"""

import argparse
import csv
import os
import pickle
import sys

from train import CLASSES, InputError, data_files, features, read_rows


def predict(argv, env):
    parser = argparse.ArgumentParser(description="Score days with the Seattle weather model (scikit-learn).")
    parser.add_argument("--model", default=env.get("MODEL_PATH"))
    parser.add_argument("--data", action="append", default=[])
    parser.add_argument("--out", default=env.get("PREDICTIONS"))
    args = parser.parse_args(argv)
    data = args.data or ([env["EVAL_DATA"]] if env.get("EVAL_DATA") else [])
    if not args.model or not data:
        raise InputError("--model and --data are required (or MODEL_PATH and EVAL_DATA)")
    path = os.path.join(args.model, "model.pkl") if os.path.isdir(args.model) else args.model
    try:
        with open(path, "rb") as f:
            saved = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError) as error:
        raise InputError(f"{path}: cannot read the model ({error})")
    if not isinstance(saved, dict) or saved.get("classes") != CLASSES or "model" not in saved:
        raise InputError(f"{path}: not a model written by train.py")
    rows = read_rows(data_files(data), labelled=False)

    import numpy as np

    model = saved["model"]
    seen = model.predict_proba(np.array([features(r) for r in rows]))
    proba = np.zeros((len(rows), len(CLASSES)))
    for j, name in enumerate(model.classes_):
        proba[:, CLASSES.index(name)] = seen[:, j]
    predicted = [CLASSES[i] for i in proba.argmax(axis=1)]
    out = open(args.out, "w", newline="", encoding="utf-8") if args.out else sys.stdout
    try:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["date", "label", "prediction"] + [f"proba_{c}" for c in CLASSES])
        for row, pred, p in zip(rows, predicted, proba):
            writer.writerow([row["date"], row["weather"] or "", pred] + [repr(float(v)) for v in p])
    finally:
        if args.out:
            out.close()
    return len(rows), args.out


def main():
    try:
        n, out = predict(sys.argv[1:], os.environ)
    except InputError as error:
        print(f"predict.py: {error}", file=sys.stderr)
        sys.exit(2)
    if out:
        print(f"scored {n} days")


if __name__ == "__main__":
    main()
