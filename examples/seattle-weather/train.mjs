#!/usr/bin/env node
/*
 * Trains the Seattle weather classifier: a random forest of ml-cart trees (forest.mjs, seeded) on the daily
 * measurements, evaluated on a holdout of days chosen by a hash of the date.
 *
 *   node train.mjs [--data PATH]... [--out DIR]
 *
 *   --data   a CSV file or a directory of CSV files (default: data)
 *   --out    where model.json, metrics.json and predictions.csv go (default: out)
 *   MLOPS_PARAMS  path of a JSON file with params (the train action sets it); defaults otherwise
 *
 * Exit status: 0 on success, 2 on bad input (with a message naming the file and line).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { forestToJSON, predictProba, trainForest } from "./forest.mjs";
import {
  CLASSES,
  FEATURES,
  InputError,
  argmaxClass,
  classificationMetrics,
  dataFiles,
  features,
  predictionsCsv,
  readParams,
  readRows,
  split,
} from "./weather.mjs";

function parseArgs(argv) {
  const args = { data: [], out: "out" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new InputError(`${arg} needs a value`);
      return next;
    };
    if (arg === "--data") args.data.push(value());
    else if (arg === "--out") args.out = value();
    else
      throw new InputError(
        `unknown argument ${JSON.stringify(arg)}; usage: node train.mjs [--data PATH]... [--out DIR]`,
      );
  }
  if (args.data.length === 0) args.data.push("data");
  return args;
}

export function train(argv = [], env = process.env) {
  const args = parseArgs(argv);
  const params = readParams(env);
  const files = dataFiles(args.data);
  const rows = readRows(files);
  const { train: trainRows, holdout } = split(rows, params.holdout_fraction);

  const forest = trainForest(
    trainRows.map(features),
    trainRows.map((row) => CLASSES.indexOf(row.weather)),
    CLASSES.length,
    params,
  );
  const proba = predictProba(forest, holdout.map(features));
  const predicted = proba.map(argmaxClass);
  const metrics = {
    ...classificationMetrics(
      holdout.map((row) => row.weather),
      predicted,
      proba,
    ),
    train_rows: trainRows.length,
    holdout_rows: holdout.length,
  };

  mkdirSync(args.out, { recursive: true });
  const model = {
    format: "mlops-example/seattle-weather-random-forest",
    library: "ml-cart",
    classes: CLASSES,
    features: FEATURES,
    params,
    data: files,
    forest: forestToJSON(forest),
  };
  writeFileSync(join(args.out, "model.json"), JSON.stringify(model));
  writeFileSync(join(args.out, "metrics.json"), JSON.stringify(metrics, null, 2) + "\n");
  writeFileSync(join(args.out, "predictions.csv"), predictionsCsv(holdout, predicted, proba));
  return { metrics, out: args.out, files };
}

// Run as a script (not imported); import.meta.main exists only from Node 24.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { metrics, out, files } = train(process.argv.slice(2));
    console.log(
      `trained on ${files.join(", ")}: ${metrics.train_rows} rows, holdout ${metrics.holdout_rows} rows`,
    );
    for (const [name, value] of Object.entries(metrics))
      console.log(`  ${name}: ${Number(value.toFixed(4))}`);
    console.log(
      `wrote ${join(out, "model.json")}, ${join(out, "metrics.json")}, ${join(out, "predictions.csv")}`,
    );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`train.mjs: ${error.message}`);
    process.exit(2);
  }
}
