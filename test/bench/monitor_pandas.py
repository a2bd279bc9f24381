# The reference of `npm run bench -- monitor`: what a pandas user writes to get the windowed
# metrics of a prediction log joined with late labels: read both, left-join on id, week of each
# prediction, then one groupby (week, version) with accuracy, precision/recall/F1 of the positive
# class, log loss (clipped as scikit-learn does) and label coverage. Vectorised throughout.
import json
import sys

import numpy as np
import pandas as pd

log_path, labels_path, out_path = sys.argv[1:4]
log = pd.read_csv(log_path, usecols=["id", "timestamp", "model_version", "prediction", "score"])
labels = pd.read_csv(labels_path, usecols=["id", "label"])
labels = labels.drop_duplicates("id", keep="last")
df = log.drop_duplicates("id", keep="first").merge(labels, on="id", how="left")
ts = pd.to_datetime(df["timestamp"], utc=True)
df["week"] = (ts - pd.to_timedelta(ts.dt.weekday, unit="D")).dt.strftime("%Y-%m-%d")
has = df["label"].notna()
y = df["label"].fillna(0).astype(np.int8)
p = df["prediction"].astype(np.int8)
eps = np.finfo(np.float64).eps
s = df["score"].clip(eps, 1 - eps)
df["labelled"] = has
df["correct"] = has & (y == p)
df["tp"] = has & (y == 1) & (p == 1)
df["fp"] = has & (y == 0) & (p == 1)
df["fn"] = has & (y == 1) & (p == 0)
df["loss"] = np.where(has, np.where(y == 1, -np.log(s), -np.log(1 - s)), 0.0)
g = df.groupby(["week", "model_version"]).agg(
    rows=("id", "size"),
    labelled=("labelled", "sum"),
    correct=("correct", "sum"),
    tp=("tp", "sum"),
    fp=("fp", "sum"),
    fn=("fn", "sum"),
    loss=("loss", "sum"),
)
g["accuracy"] = g["correct"] / g["labelled"]
g["precision"] = g["tp"] / (g["tp"] + g["fp"])
g["recall"] = g["tp"] / (g["tp"] + g["fn"])
g["f1"] = 2 * g["tp"] / (2 * g["tp"] + g["fp"] + g["fn"])
g["log_loss"] = g["loss"] / g["labelled"]
g["coverage"] = g["labelled"] / g["rows"]
out = g.reset_index()[["week", "model_version", "rows", "labelled", "accuracy", "precision", "recall", "f1", "log_loss", "coverage"]]
with open(out_path, "w") as f:
    json.dump(json.loads(out.to_json(orient="records")), f)
