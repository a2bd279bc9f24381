#!/usr/bin/env node
/*
 * The production model serves 2015 as it arrives, and the monitor watches it. Nothing is staged:
 * the predictions are what the deployed model says of the real days, the labels are the weather
 * NOAA observed on them.
 *
 *   npm run serve-2015 [-- --out monitoring] [--label-delay-days 7] [--keep DIR]
 *   (node scripts/serve-2015.mjs …: Node 22 or newer, the mlops CLI's)
 *
 * 1. v1 is made as the repository made it: a copy of this example holding only data/2012.csv
 *    runs `mlops run` (validate → train → register v1 → deploy to .serving/seattle-weather, in the
 *    local registry .mlops/registry of the copy), so v1's registered metrics, holdout predictions
 *    and data profile are the ones continuous training registers.
 * 2. Serving: for each month of 2015, the deployed model (.serving/seattle-weather/current.json:
 *    its version and files) scores that month's days with this repository's predict command
 *    (`node predict.mjs`, mlops.yml's `predict:`), and the month's prediction log is
 *    written: <out>/predictions/2015-MM.csv with id (the day), timestamp (when it was served:
 *    the evening of the day), model_version, prediction, proba_<class> and the features.
 * 3. Labels come later: the observed weather of a day arrives --label-delay-days after it, in
 *    the file of the month it arrives in: <out>/labels/2015-MM.csv (id, label, and timestamp:
 *    when it arrived). At the end of 2015 the last days of December are not labelled yet.
 * 4. `mlops monitor` here (this mlops.yml and its `monitor:` rules), against v1 in the copy's
 *    registry, one window a month: at the end of each month on what has arrived by then (one
 *    line each: the newest window, degraded or not), and at the end of the year on everything:
 *    the MonitoringReport .mlops/monitoring-2015.json and the summary <out>/report-2015.md
 *    (printed): the monthly accuracy with its interval next to v1's registered accuracy.
 *
 * The logs in monitoring/ are what this writes (model-monitor.yml reads them). The copy lives in
 * .mlops/serve-2015 (or --keep DIR) and is removed afterwards unless --keep is given.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CLASSES, InputError, readRows } from "../weather.mjs";

const example = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const YEAR = "2015";
const DAY_MS = 86_400_000;
// mlops.yml deploy.directory and predict.command.
const SERVING = ".serving/seattle-weather";
const PREDICT = ["predict.mjs", "--model", "$MODEL_PATH", "--data", "$EVAL_DATA", "--out", "$PREDICTIONS"];

function parseArgs(argv) {
  const args = { out: "monitoring", labelDelayDays: 7, keep: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[++i];
    if (next === undefined) throw new InputError(`${arg} needs a value`);
    if (arg === "--out") args.out = next;
    else if (arg === "--keep") args.keep = next;
    else if (arg === "--label-delay-days") {
      args.labelDelayDays = Number(next);
      if (!Number.isInteger(args.labelDelayDays) || args.labelDelayDays < 0)
        throw new InputError(`--label-delay-days: expected a whole number of days >= 0, found ${next}`);
    } else
      throw new InputError(
        `unknown argument ${JSON.stringify(arg)}; usage: node scripts/serve-2015.mjs [--out DIR] [--label-delay-days N] [--keep DIR]`,
      );
  }
  return args;
}

/** The mlops CLI (mlops-actions-cli) on this Node. */
export function mlopsCli() {
  const require = createRequire(path.join(example, "package.json"));
  let manifest;
  try {
    manifest = require.resolve("mlops-actions-cli/package.json");
  } catch {
    throw new InputError("the mlops CLI is not installed: npm i -D mlops-actions-cli (see the README)");
  }
  const bin = JSON.parse(readFileSync(manifest, "utf8")).bin.mlops;
  return path.join(path.dirname(manifest), bin);
}

function mlops(cli, args, cwd) {
  // On this machine, as a laptop runs it: `registry: auto` is the local registry.
  const env = { ...process.env, NO_COLOR: "1" };
  delete env.GITHUB_ACTIONS;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env });
  if (r.status !== 0)
    throw new Error(`mlops ${args.join(" ")} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** 1. v1 as continuous training makes it: 2012 only, `mlops run` into a local registry. */
export function makeV1(cli, work) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, "data"), { recursive: true });
  for (const entry of [
    "train.mjs",
    "forest.mjs",
    "weather.mjs",
    "predict.mjs",
    "params.yml",
    "schema.json",
    "mlops.yml",
    "scripts",
  ])
    cpSync(path.join(example, entry), path.join(work, entry), { recursive: true });
  cpSync(path.join(example, "data/2012.csv"), path.join(work, "data/2012.csv"));
  mlops(cli, ["run"], work);
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const csvLine = (cells) => cells.map((c) => String(c)).join(",");

/**
 * 2 and 3. Month by month: the month's prediction log, scored by the deployed model with the
 * predict command, and the labels that arrived during the month; then `monthEnd(month)` (the
 * monitor's run at the end of that month). Returns the deployed version and the files written.
 */
export async function serve({ work, out, labelDelayDays, monthEnd = async () => {} }) {
  const serving = path.join(work, SERVING);
  const current = JSON.parse(readFileSync(path.join(serving, "current.json"), "utf8"));
  const modelPath = path.join(serving, current.modelPath);
  const rows = readRows([path.join(example, `data/${YEAR}.csv`)]);
  for (const dir of ["predictions", "labels"]) {
    rmSync(path.join(out, dir), { recursive: true, force: true });
    mkdirSync(path.join(out, dir), { recursive: true });
  }
  // Labels by the month they arrive in; what arrives after 2015 is not here yet.
  const arrivals = new Map();
  for (const day of rows) {
    const when = iso(Date.parse(`${day.date}T23:00:00Z`) + labelDelayDays * DAY_MS);
    if (when.slice(0, 4) !== YEAR) continue;
    const key = when.slice(0, 7);
    if (!arrivals.has(key)) arrivals.set(key, []);
    arrivals.get(key).push(csvLine([day.date, day.weather, `${when}T23:00:00Z`]));
  }
  const tmp = path.join(work, "serving-tmp");
  mkdirSync(tmp, { recursive: true });
  const header = [
    "id",
    "timestamp",
    "model_version",
    "prediction",
    ...CLASSES.map((c) => `proba_${c}`),
    "precipitation",
    "temp_max",
    "temp_min",
    "wind",
  ];
  const written = { predictions: [], labels: [] };
  for (let month = 1; month <= 12; month++) {
    const mm = String(month).padStart(2, "0");
    const days = rows.filter((r) => r.date.slice(5, 7) === mm);
    // What the serving side sees: the day's measurements, not its weather.
    const evalData = path.join(tmp, `${YEAR}-${mm}.csv`);
    writeFileSync(
      evalData,
      [
        csvLine(["date", "precipitation", "temp_max", "temp_min", "wind"]),
        ...days.map((d) => csvLine([d.date, d.precipitation, d.temp_max, d.temp_min, d.wind])),
      ].join("\n") + "\n",
    );
    const predictions = path.join(tmp, `${YEAR}-${mm}-predictions.csv`);
    const env = { MODEL_PATH: modelPath, EVAL_DATA: evalData, PREDICTIONS: predictions };
    const args = PREDICT.map((a) => (a.startsWith("$") ? env[a.slice(1)] : a));
    const r = spawnSync(process.execPath, args, { cwd: work, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`the predict command failed on ${YEAR}-${mm}:\n${r.stderr}`);
    const [head, ...lines] = readFileSync(predictions, "utf8").trim().split("\n");
    const columns = head.split(",");
    const at = (cells, name) => cells[columns.indexOf(name)];
    const log = lines.map((line, i) => {
      const cells = line.split(",");
      const day = days[i];
      if (at(cells, "date") !== day.date) throw new Error(`predictions out of order at ${day.date}`);
      return csvLine([
        day.date,
        `${day.date}T23:00:00Z`,
        current.version,
        at(cells, "prediction"),
        ...CLASSES.map((c) => at(cells, `proba_${c}`)),
        day.precipitation,
        day.temp_max,
        day.temp_min,
        day.wind,
      ]);
    });
    const file = path.join(out, "predictions", `${YEAR}-${mm}.csv`);
    writeFileSync(file, [csvLine(header), ...log].join("\n") + "\n");
    written.predictions.push(file);
    const arrived = arrivals.get(`${YEAR}-${mm}`);
    if (arrived) {
      const labels = path.join(out, "labels", `${YEAR}-${mm}.csv`);
      writeFileSync(labels, [csvLine(["id", "label", "timestamp"]), ...arrived].join("\n") + "\n");
      written.labels.push(labels);
    }
    await monthEnd(`${YEAR}-${mm}`);
  }
  rmSync(tmp, { recursive: true, force: true });
  return { ...written, version: current.version, days: rows.length };
}

/** 4. `mlops monitor` over what has arrived, against the copy's registry; returns the report. */
function monitor(cli, { work, out, report, summary }) {
  const rel = (p) => path.relative(example, p);
  const args = [
    "monitor",
    "--predictions",
    `${rel(out)}/predictions/*.csv`,
    "--labels",
    `${rel(out)}/labels/*.csv`,
    "--window",
    "month",
    "--registry",
    "local",
    "--registry-path",
    path.join(work, ".mlops/registry"),
    "--report-file",
    rel(report),
    "--summary-markdown-file",
    rel(summary),
  ];
  mlops(cli, args, example);
  return JSON.parse(readFileSync(report, "utf8"));
}

const f3 = (x) => (x === null || x === undefined ? "–" : x.toFixed(3));

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const cli = mlopsCli();
  const work = path.resolve(example, args.keep ?? ".mlops/serve-2015");
  const out = path.resolve(example, args.out);
  console.log(`v1: mlops run on 2012 in ${path.relative(example, work)}`);
  makeV1(cli, work);
  // The monitor at the end of each month, as a scheduled run would see the logs then.
  const monthly = {
    report: path.join(work, "monitor-month.json"),
    summary: path.join(work, "monitor-month.md"),
  };
  const served = await serve({
    work,
    out,
    labelDelayDays: args.labelDelayDays,
    monthEnd: async (month) => {
      const report = monitor(cli, { work, out, ...monthly });
      const last = report.windows.at(-1);
      const accuracy = last?.metrics.find((m) => m.name === "accuracy");
      console.log(
        `end of ${month}: ${last?.label ?? "–"} labelled ${last?.labelled ?? 0}/${last?.rows ?? 0}, accuracy ${f3(accuracy?.value)} ` +
          `(registered ${f3(accuracy?.registered)}) → ${report.degraded ? `DEGRADED: ${report.reason}` : "healthy"}`,
      );
    },
  });
  console.log(
    `served ${served.days} days of ${YEAR} with v${served.version}: ${served.predictions.length} prediction logs, ${served.labels.length} label files in ${path.relative(example, out)}`,
  );
  const final = {
    // The MonitoringReport stays out of git (.mlops/); the summary is committed.
    report: path.join(example, `.mlops/monitoring-${YEAR}.json`),
    summary: path.join(out, `report-${YEAR}.md`),
  };
  monitor(cli, { work, out, ...final });
  console.log(readFileSync(final.summary, "utf8"));
  if (!args.keep) rmSync(work, { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`serve-2015.mjs: ${error.message}`);
    process.exit(error instanceof InputError ? 2 : 1);
  });
}
