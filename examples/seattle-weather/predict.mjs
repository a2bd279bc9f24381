#!/usr/bin/env node
/*
 * Scores days with a trained model (model.json from train.mjs): the same predictions file the
 * trainer writes for its holdout, for any data — e.g. the production model on this year's days.
 *
 *   node predict.mjs --model out/model.json --data PATH [--data PATH]... [--out predictions.csv]
 *
 * --model is model.json or the directory holding it (a registered version's files). This is
 * mlops.yml's predict command: evaluate runs it with MODEL_PATH, EVAL_DATA and PREDICTIONS set,
 * which are also the defaults of --model, --data and --out.
 *
 * The weather column is optional in the data; when present it is copied to the label column.
 * Exit status: 0 on success, 2 on bad input.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { forestFromJSON, predictProba } from "./forest.mjs";
import {
  CLASSES,
  InputError,
  argmaxClass,
  dataFiles,
  features,
  predictionsCsv,
  readRows,
} from "./weather.mjs";

export function predict(argv, env = process.env) {
  const args = { model: null, data: [], out: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[++i];
    if (next === undefined) throw new InputError(`${arg} needs a value`);
    if (arg === "--model") args.model = next;
    else if (arg === "--data") args.data.push(next);
    else if (arg === "--out") args.out = next;
    else
      throw new InputError(
        `unknown argument ${JSON.stringify(arg)}; usage: node predict.mjs --model FILE --data PATH [--out FILE]`,
      );
  }
  args.model ??= env.MODEL_PATH || null;
  if (args.data.length === 0 && env.EVAL_DATA) args.data.push(env.EVAL_DATA);
  args.out ??= env.PREDICTIONS || null;
  if (!args.model || args.data.length === 0)
    throw new InputError("--model and --data are required (or MODEL_PATH and EVAL_DATA)");
  if (statSync(args.model, { throwIfNoEntry: false })?.isDirectory())
    args.model = join(args.model, "model.json");
  let model;
  try {
    model = JSON.parse(readFileSync(args.model, "utf8"));
  } catch (error) {
    throw new InputError(`${args.model}: cannot read the model (${error.code ?? error.message})`);
  }
  if (
    model?.format !== "mlops-example/seattle-weather-random-forest" ||
    JSON.stringify(model.classes) !== JSON.stringify(CLASSES)
  ) {
    throw new InputError(
      `${args.model}: not a model written by train.mjs (format ${JSON.stringify(model?.format)})`,
    );
  }
  const forest = forestFromJSON(model.forest);
  const rows = readRows(dataFiles(args.data), { labelled: false });
  const proba = predictProba(forest, rows.map(features));
  const csv = predictionsCsv(rows, proba.map(argmaxClass), proba);
  if (args.out) writeFileSync(args.out, csv);
  else process.stdout.write(csv);
  return rows.length;
}

// Run as a script (not imported); import.meta.main exists only from Node 24.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const n = predict(process.argv.slice(2));
    if (process.argv.includes("--out") || process.env.PREDICTIONS) console.log(`scored ${n} days`);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`predict.mjs: ${error.message}`);
    process.exit(2);
  }
}
