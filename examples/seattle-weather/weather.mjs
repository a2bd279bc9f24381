/*
 * Data, features, the holdout split and the metrics of the Seattle weather classifier, shared by
 * train.mjs. train.py implements the same contract in Python (same features, same split, same
 * metric definitions as scikit-learn), so either trainer can produce the candidate.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every weather type of the data set, in a fixed order: the columns of the probability output. */
export const CLASSES = ["drizzle", "fog", "rain", "snow", "sun"];
export const FEATURES = ["precipitation", "temp_max", "temp_min", "wind", "month"];
const COLUMNS = ["date", "precipitation", "temp_max", "temp_min", "wind", "weather"];

export const DEFAULT_PARAMS = {
  seed: 42,
  n_estimators: 40,
  max_depth: 8,
  max_features: 0.8,
  min_samples_split: 4,
  max_samples: 300,
  holdout_fraction: 0.2,
};

export class InputError extends Error {}

/** Reads MLOPS_PARAMS (a JSON file path) over the defaults; every value is checked. */
export function readParams(env = process.env) {
  const file = env.MLOPS_PARAMS;
  let given = {};
  if (file) {
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new InputError(
        `MLOPS_PARAMS=${file}: cannot read the params file (${error.code ?? error.message})`,
      );
    }
    try {
      given = JSON.parse(text);
    } catch (error) {
      throw new InputError(`MLOPS_PARAMS=${file}: invalid JSON: ${error.message}`);
    }
    if (given === null || typeof given !== "object" || Array.isArray(given)) {
      throw new InputError(
        `MLOPS_PARAMS=${file}: expected a JSON object of params, found ${JSON.stringify(given)}`,
      );
    }
  }
  const params = { ...DEFAULT_PARAMS };
  for (const [key, value] of Object.entries(given)) {
    if (!(key in DEFAULT_PARAMS)) continue; // params for other tools may share the file
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new InputError(`MLOPS_PARAMS=${file}: '${key}' must be a number, found ${JSON.stringify(value)}`);
    }
    params[key] = value;
  }
  const integer = (key, min) => {
    if (!Number.isInteger(params[key]) || params[key] < min) {
      throw new InputError(`param '${key}' must be an integer >= ${min}, found ${params[key]}`);
    }
  };
  integer("seed", 0);
  integer("n_estimators", 1);
  integer("max_depth", 1);
  integer("min_samples_split", 2);
  integer("max_samples", 1);
  if (!(params.max_features > 0 && params.max_features <= 1)) {
    throw new InputError(`param 'max_features' must be a fraction in (0, 1], found ${params.max_features}`);
  }
  if (!(params.holdout_fraction > 0 && params.holdout_fraction < 1)) {
    throw new InputError(`param 'holdout_fraction' must be in (0, 1), found ${params.holdout_fraction}`);
  }
  return params;
}

/** Expands data arguments: a CSV file, or a directory whose *.csv files are read in name order. */
export function dataFiles(paths) {
  const files = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new InputError(`${path}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const inside = readdirSync(path)
        .filter((name) => name.endsWith(".csv"))
        .sort()
        .map((name) => join(path, name));
      if (inside.length === 0) throw new InputError(`${path}: no .csv files in this directory`);
      files.push(...inside);
    } else {
      files.push(path);
    }
  }
  return files;
}

/**
 * Reads the weather CSV files; every problem names the file, line and column. With
 * `labelled: false` (scoring new days) the weather column may be absent; its value is then null.
 */
export function readRows(files, { labelled = true } = {}) {
  const rows = [];
  const seen = new Map();
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new InputError(`${file}: cannot read (${error.code ?? error.message})`);
    }
    const lines = text.split(/\r?\n/);
    const header = lines[0]?.split(",") ?? [];
    const index = COLUMNS.map((name) => header.indexOf(name));
    const missing = COLUMNS.filter((name, i) => index[i] < 0 && (labelled || name !== "weather"));
    if (missing.length) {
      throw new InputError(
        `${file} line 1: missing column(s) ${missing.join(", ")}; expected ${COLUMNS.join(",")}`,
      );
    }
    for (let i = 1; i < lines.length; i++) {
      if (lines[i] === "") continue;
      const cells = lines[i].split(",");
      if (cells.length !== header.length) {
        throw new InputError(
          `${file} line ${i + 1}: expected ${header.length} fields, found ${cells.length}`,
        );
      }
      const [date, precipitation, tempMax, tempMin, wind, weather = null] = index.map((j) =>
        j < 0 ? undefined : cells[j],
      );
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
        throw new InputError(
          `${file} line ${i + 1} column 'date': expected YYYY-MM-DD, found ${JSON.stringify(date)}`,
        );
      }
      const number = (value, column) => {
        const n = value.trim() === "" ? NaN : Number(value);
        if (!Number.isFinite(n)) {
          throw new InputError(
            `${file} line ${i + 1} column '${column}': expected a number, found ${JSON.stringify(value)}`,
          );
        }
        return n;
      };
      if (weather !== null && !CLASSES.includes(weather)) {
        throw new InputError(
          `${file} line ${i + 1} column 'weather': expected one of ${CLASSES.join(", ")}, found ${JSON.stringify(weather)}`,
        );
      }
      if (seen.has(date)) {
        throw new InputError(`${file} line ${i + 1}: date ${date} already read from ${seen.get(date)}`);
      }
      seen.set(date, `${file} line ${i + 1}`);
      rows.push({
        date,
        precipitation: number(precipitation, "precipitation"),
        temp_max: number(tempMax, "temp_max"),
        temp_min: number(tempMin, "temp_min"),
        wind: number(wind, "wind"),
        weather,
      });
    }
  }
  if (rows.length === 0) throw new InputError(`no data rows in ${files.join(", ")}`);
  return rows;
}

/** The feature vector of a row: the four measurements and the month (1-12), for the season. */
export function features(row) {
  return [row.precipitation, row.temp_max, row.temp_min, row.wind, Number(row.date.slice(5, 7))];
}

/**
 * A row is in the holdout when sha256("holdout:" + date) read as a fraction is below
 * holdout_fraction. The split depends only on the date, so a day never moves between train and
 * holdout when new data arrives, and train.py makes exactly the same split.
 */
export function isHoldout(date, fraction) {
  const digest = createHash("sha256").update(`holdout:${date}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < fraction;
}

export function split(rows, fraction) {
  const train = [];
  const holdout = [];
  for (const row of rows) (isHoldout(row.date, fraction) ? holdout : train).push(row);
  if (train.length === 0 || holdout.length === 0) {
    throw new InputError(
      `the split left ${train.length} training and ${holdout.length} holdout rows; use more data`,
    );
  }
  return { train, holdout };
}

/** The predicted class: the most probable one (ties: the first in CLASSES order). */
export function argmaxClass(p) {
  return CLASSES[p.indexOf(Math.max(...p))];
}

/** Probabilities clipped to [1e-15, 1 - 1e-15] and renormalised, as scikit-learn's log_loss does. */
function clipRow(p) {
  const eps = 1e-15;
  const clipped = p.map((v) => Math.min(Math.max(v, eps), 1 - eps));
  const sum = clipped.reduce((a, b) => a + b, 0);
  return clipped.map((v) => v / sum);
}

/**
 * Classification metrics with scikit-learn's definitions: macro/weighted averages over the labels
 * present in the true or predicted values, F1 of a class with no support or no prediction is 0.
 */
export function classificationMetrics(labels, predicted, probabilities) {
  const n = labels.length;
  const present = CLASSES.filter((c) => labels.includes(c) || predicted.includes(c));
  let correct = 0;
  for (let i = 0; i < n; i++) if (labels[i] === predicted[i]) correct++;
  const perClass = present.map((c) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < n; i++) {
      if (predicted[i] === c && labels[i] === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (labels[i] === c) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { support: tp + fn, precision, recall, f1 };
  });
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  const supported = perClass.filter((c) => c.support > 0);
  let logLoss = 0;
  for (let i = 0; i < n; i++) logLoss -= Math.log(clipRow(probabilities[i])[CLASSES.indexOf(labels[i])]);
  return {
    accuracy: correct / n,
    balanced_accuracy: mean(supported.map((c) => c.recall)),
    f1_macro: mean(perClass.map((c) => c.f1)),
    f1_weighted: perClass.reduce((a, c) => a + c.f1 * c.support, 0) / n,
    precision_macro: mean(perClass.map((c) => c.precision)),
    recall_macro: mean(perClass.map((c) => c.recall)),
    log_loss: logLoss / n,
  };
}

/** The predictions file: one row per holdout day, label, predicted class and P(class) columns. */
export function predictionsCsv(rows, predicted, probabilities) {
  const header = ["date", "label", "prediction", ...CLASSES.map((c) => `proba_${c}`)].join(",");
  const lines = rows.map((row, i) =>
    [row.date, row.weather ?? "", predicted[i], ...probabilities[i].map((p) => String(p))].join(","),
  );
  return [header, ...lines].join("\n") + "\n";
}
