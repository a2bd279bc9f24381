#!/usr/bin/env node
// npm run demo: the local MLOps pipeline on real data (Seattle weather, vega-datasets), no GitHub.
//
// It copies examples/seattle-weather into .mlops/demo/seattle-weather (fresh each time) and runs
// `mlops run` as data arrives year by year:
//   1. 2012 arrives: validate → train v1 → no baseline yet → register v1 → deploy to production
//   2. 2013 arrives: validate 2013 against 2012 (drift shown) → retrain on 2012–2013 → compare
//      with production (v1) under the gates → register v2 and promote it only if the gates pass
//   3. the same again: nothing changes (run-cache hit, already registered, already deployed)
// Then it lists the registry (`mlops models show`) and what is being served.
//
// Each run's full output goes to logs/<stage>.log in the demo folder and its report to
// report-<stage>.md (report-2013.md is the v1 → v2 comparison); the terminal gets a compact
// story: each step as it finishes with its elapsed time, the training command's own output, then
// the verdict, the key metric's change with its interval, and what was registered and deployed.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const example = path.join(root, "examples/seattle-weather");
// MLOPS_DEMO_DIR: another folder for the demo (the test of this script uses one of its own).
const demo = process.env.MLOPS_DEMO_DIR
  ? path.resolve(process.env.MLOPS_DEMO_DIR)
  : path.join(root, ".mlops/demo/seattle-weather");
const cli = path.join(root, "packages/cli/dist/index.js");

if (!existsSync(cli)) {
  console.error("packages/cli/dist/index.js is missing: run `npm run build` first");
  process.exit(1);
}

rmSync(demo, { recursive: true, force: true });
mkdirSync(path.join(demo, "data"), { recursive: true });
mkdirSync(path.join(demo, "incoming"), { recursive: true });
for (const entry of [
  "train.mjs",
  "forest.mjs",
  "weather.mjs",
  "predict.mjs",
  "params.yml",
  "schema.json",
  "scripts",
]) {
  cpSync(path.join(example, entry), path.join(demo, entry), { recursive: true });
}

// The example's mlops.yml, with validation pointed at the data that has just arrived and, from
// the second year on, at the data the production model was trained on as the drift reference.
const config = parse(readFileSync(path.join(example, "mlops.yml"), "utf8"));
config.registry = { backend: "local", path: ".mlops/registry" };
config.validate = { ...config.validate, data: "incoming/*.csv", report: "out/validation.json" };
delete config.validate.reference;

function writeConfig(reference) {
  const c = structuredClone(config);
  if (reference) c.validate.reference = reference;
  writeFileSync(path.join(demo, "mlops.yml"), stringify(c));
}

function mlops(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: demo, stdio: "inherit" });
  return r.status ?? 1;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * `mlops run`, its output to logs/<stage>.log; prints each step when it finishes (with its time)
 * and the training command's output as it comes; returns { code, log }.
 */
function run(stage) {
  mkdirSync(path.join(demo, "logs"), { recursive: true });
  const logFile = path.join(demo, "logs", `${stage}.log`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, "run"], {
      cwd: demo,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    const times = new Map();
    let pending = "";
    let step = null;
    let stepStart = Date.now();
    let inCommand = false;
    const start = Date.now();
    const onLine = (line) => {
      const header = line.match(/^━━ (\w+) ━/);
      if (header) {
        if (step && step !== "pipeline") times.set(step, Date.now() - stepStart);
        step = header[1];
        stepStart = Date.now();
        inCommand = false;
        return;
      }
      if (step === "train") {
        if (line.startsWith("▸ Run:")) {
          inCommand = true;
          console.log(`  ${line}`);
        } else if (inCommand && /^run \S+: /.test(line)) inCommand = false;
        else if (inCommand && line.trim()) console.log(`  │ ${line}`);
      }
    };
    const onData = (d) => {
      const text = d.toString("utf8");
      log += text;
      pending += text;
      const lines = pending.split("\n");
      pending = lines.pop();
      lines.forEach(onLine);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("close", (code) => {
      if (pending) onLine(pending);
      writeFileSync(logFile, log);
      console.log(
        `  (${seconds(Date.now() - start)} in all; full output: ${path.relative(process.cwd(), logFile)})`,
      );
      resolve({ code: code ?? 1, log, times });
    });
  });
}

const signed = (x, d) => (x > 0 ? `+${x.toFixed(d)}` : x.toFixed(d));

/** The story of one run: its step lines, the verdict with the key metric, and the report kept. */
function story(stage, { log, times }) {
  const steps = log.match(/^[✔✖·⚠] \w+ .*$/gm) ?? [];
  for (const line of steps) {
    const time = times.get(line.split(/\s+/)[1]);
    console.log(`  ${line}${time !== undefined ? ` (${seconds(time)})` : ""}`);
  }
  const comparisonFile = path.join(demo, ".mlops/run/comparison.json");
  if (existsSync(comparisonFile)) {
    const c = JSON.parse(readFileSync(comparisonFile, "utf8"));
    const key = c.metrics.find((m) => m.gate && !m.slice && m.delta !== null) ?? null;
    const base = c.baseline
      ? `v${c.baseline.version}${c.baseline.alias ? ` (${c.baseline.alias})` : ""}`
      : null;
    let line = `  verdict: ${c.verdict}${base ? ` against ${base}` : ""}`;
    if (key) {
      const iv = key.interval?.delta;
      const sig = iv ? (iv[0] > 0 || iv[1] < 0 ? "significant" : "not significant") : null;
      line += `; ${key.name} ${key.baseline.toFixed(3)} → ${key.candidate.toFixed(3)} (${signed(key.delta, 3)}`;
      line += iv
        ? `, ${Math.round(key.interval.level * 100)}% CI [${signed(iv[0], 2)}, ${signed(iv[1], 2)}], ${sig})`
        : ")";
    }
    console.log(line);
  }
  const report = path.join(demo, ".mlops/run/report.md");
  if (existsSync(report)) {
    const kept = path.join(demo, `report-${stage}.md`);
    cpSync(report, kept);
    console.log(`  report: ${path.relative(process.cwd(), kept)}`);
  }
}

function arrive(year) {
  rmSync(path.join(demo, "incoming"), { recursive: true, force: true });
  mkdirSync(path.join(demo, "incoming"));
  cpSync(path.join(example, "data", `${year}.csv`), path.join(demo, "incoming", `${year}.csv`));
  cpSync(path.join(example, "data", `${year}.csv`), path.join(demo, "data", `${year}.csv`));
}

function chapter(title) {
  console.log(`\n\n████ ${title}\n`);
}

const results = [];

chapter("2012 arrives: the first model");
arrive(2012);
writeConfig(null);
let r = await run("2012");
story("2012", r);
results.push(["2012", r.code]);

chapter("2013 arrives: validate it against 2012, retrain, compare with production");
arrive(2013);
writeConfig("data/2012.csv");
r = await run("2013");
story("2013", r);
results.push(["2013", r.code]);

chapter("2013 again: nothing has changed, so nothing happens");
r = await run("2013-again");
story("2013-again", r);
results.push(["2013 again", r.code]);

chapter("The registry and what is served");
mlops(["models", "show", "seattle-weather"]);
const current = path.join(
  demo,
  config.deploy?.directory ?? ".mlops/serving/seattle-weather/production",
  "current",
);
console.log(`\nproduction serves: ${existsSync(current) ? current : "(nothing)"}`);
console.log(
  `demo folder: ${path.relative(process.cwd(), demo)} (mlops.yml, .mlops/registry, report-2012.md, report-2013.md, report-2013-again.md, logs/)`,
);

console.log("\nsummary:");
for (const [stage, code] of results)
  console.log(`  ${stage.padEnd(11)} ${code === 0 ? "ok" : `exit ${code}`}`);
// A run whose gates reject the candidate exits 1 by design; the demo fails only on other errors.
process.exit(results.some(([, code]) => code !== 0 && code !== 1) ? 1 : 0);
