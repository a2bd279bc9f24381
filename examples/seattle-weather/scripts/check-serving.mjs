#!/usr/bin/env node
/*
 * Health check of a deployed model directory: finds the model (model.json from train.mjs or
 * model.pkl from train.py), loads it and scores the first days of the newest data file in data/
 * (or of --data FILE). Exit 0 when the model answers with a probability distribution for every
 * day, 1 otherwise.
 *
 *   node scripts/check-serving.mjs .serving/seattle-weather [--data data/2015.csv]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { forestFromJSON, predictProba } from "../forest.mjs";
import { CLASSES, InputError, dataFiles, features, readRows } from "../weather.mjs";

const exampleDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLE_DAYS = 31;

function find(dir, names, depth = 3) {
  for (const name of names) if (existsSync(join(dir, name))) return join(dir, name);
  if (depth === 0) return null;
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      const found = find(path, names, depth - 1);
      if (found) return found;
    }
  }
  return null;
}

function fail(message) {
  console.error(`check-serving: ${message}`);
  process.exit(1);
}

const [dir, flag, dataArg] = process.argv.slice(2);
if (!dir || (flag !== undefined && (flag !== "--data" || !dataArg))) {
  fail("usage: node scripts/check-serving.mjs <deployed model directory> [--data FILE]");
}
if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`${dir}: not a directory`);
const model = find(dir, ["model.json", "model.pkl"]);
if (!model) fail(`${dir}: no model.json or model.pkl in it`);
let days;
try {
  const newest = dataArg ?? dataFiles([join(exampleDir, "data")]).at(-1);
  days = readRows([newest], { labelled: false }).slice(0, SAMPLE_DAYS);
} catch (error) {
  if (error instanceof InputError) fail(error.message);
  throw error;
}

let proba;
if (model.endsWith(".json")) {
  const saved = JSON.parse(readFileSync(model, "utf8"));
  proba = predictProba(forestFromJSON(saved.forest), days.map(features));
} else {
  const script = [
    "import json, pickle, sys",
    "saved = pickle.load(open(sys.argv[1], 'rb'))",
    "rows = json.loads(sys.stdin.read())",
    "print(json.dumps(saved['model'].predict_proba(rows).tolist()))",
  ].join("\n");
  const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  const result = spawnSync(python, ["-c", script, model], {
    input: JSON.stringify(days.map(features)),
    encoding: "utf8",
  });
  if (result.status !== 0) fail(`${model}: python could not score with it:\n${result.stderr}`);
  proba = JSON.parse(result.stdout);
}
if (proba.length !== days.length) fail(`${model}: scored ${proba.length} of ${days.length} days`);
for (const [i, p] of proba.entries()) {
  const sum = p.reduce((a, b) => a + b, 0);
  if (!(p.length <= CLASSES.length && Math.abs(sum - 1) < 1e-9))
    fail(`${model}: day ${days[i].date}: not a distribution: ${JSON.stringify(p)}`);
}
console.log(`check-serving: ${model} scores ${days.length} days from ${days[0].date} on`);
