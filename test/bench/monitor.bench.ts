// npm run bench -- monitor [rows] [rounds] [ours]   (ours: skip the pandas reference)
// monitor-model on 10,000,000 logged predictions (two versions over a year, a score and two
// features) joined by id with 9,000,000 late labels: weekly metrics with 1000-resample intervals,
// label coverage, prediction drift against each version's holdout predictions and feature drift
// against its reference profile; side by side with a pandas script doing the windowed metrics
// (read, join, groupby week × version: test/bench/monitor_pandas.py). Each run is a child process
// measured by /usr/bin/time (wall, peak RSS, CPU); ours is the bundled action, as in CI.
// Goal: ≤ 500 MB peak RSS. The weekly accuracy of both must agree exactly.
import { spawnSync } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const rowsWanted = Number(process.argv[2] ?? 10_000_000);
const rounds = Number(process.argv[3] ?? 1);
const oursOnly = process.argv[4] === "ours";
const cache = path.join(root, "test/bench/.data", `monitor-${rowsWanted}`);
const log = path.join(cache, "log.csv");
const labels = path.join(cache, "labels.csv");
const train = path.join(cache, "train.csv");
const holdout = path.join(cache, "holdout-v{version}.csv");
const bundle = path.join(root, "actions/monitor-model/dist/index.js");
const validateBundle = path.join(root, "actions/validate-data/dist/index.js");
const registerBundle = path.join(root, "actions/register-model/dist/index.js");
const python = "/usr/bin/python3";
const pandasScript = path.join(root, "test/bench/monitor_pandas.py");
const tmp = path.join(os.tmpdir(), `mlops-bench-monitor-${process.pid}`);
mkdirSync(tmp, { recursive: true });
mkdirSync(cache, { recursive: true });

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

/** A seeded generator (the same data on every machine). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
}

async function writeLines(file: string, header: string, n: number, line: (i: number) => string | null) {
  const out = createWriteStream(`${file}.tmp`);
  out.write(header + "\n");
  let buf = "";
  for (let i = 0; i < n; i++) {
    const l = line(i);
    if (l !== null) buf += l + "\n";
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once("drain", () => r()));
      buf = "";
    }
  }
  out.write(buf);
  await new Promise<void>((r) => out.end(() => r()));
  renameSync(`${file}.tmp`, file);
}

/** One row: a model that is right ~85% of the time, worse in the second half (v2's drifted data). */
function row(rand: () => number, i: number, n: number) {
  const ms = START + Math.floor((i / n) * 364 * DAY) + Math.floor(rand() * 3_600_000);
  const late = i >= n / 2;
  const y = rand() < 0.4 ? 1 : 0;
  const noise = (late ? 0.3 : 0.22) * normal(rand);
  const score = Math.min(0.999, Math.max(0.001, (y ? 0.7 : 0.3) + noise));
  const f1 = (late ? 0.4 : 0) + normal(rand);
  const f2 = rand() * 10;
  return { ms, version: late ? 2 : 1, y, score, pred: score > 0.5 ? 1 : 0, f1, f2 };
}

async function setup(): Promise<void> {
  if (!existsSync(log) || !existsSync(labels)) {
    console.log(
      `setup: writing ${rowsWanted.toLocaleString("en-US")} logged predictions and their labels (once; cached in ${path.relative(root, cache)})`,
    );
    const rand = lcg(42);
    rmSync(`${labels}.tmp`, { force: true });
    const labelLines: string[] = [];
    await writeLines(log, "id,timestamp,model_version,prediction,score,f1,f2", rowsWanted, (i) => {
      const r = row(rand, i, rowsWanted);
      // 90% get a label, two days later (the newest ones are not in yet).
      if (rand() < 0.9 && r.ms + 2 * DAY < START + 364 * DAY)
        labelLines.push(`p${i},${r.y},${new Date(r.ms + 2 * DAY).toISOString()}`);
      if (labelLines.length >= 100_000) flushLabels(labelLines);
      return `p${i},${new Date(r.ms).toISOString()},v${r.version},${r.pred},${r.score.toFixed(4)},${r.f1.toFixed(3)},${r.f2.toFixed(3)}`;
    });
    flushLabels(labelLines);
    renameSync(`${labels}.tmp`, labels);
  }
  if (!existsSync(train)) {
    const rand = lcg(7);
    await writeLines(train, "f1,f2", 200_000, () => `${normal(rand).toFixed(3)},${(rand() * 10).toFixed(3)}`);
    for (const version of [1, 2]) {
      const r2 = lcg(version);
      await writeLines(holdout.replace("{version}", String(version)), "id,prediction,score", 20_000, (i) => {
        const r = row(r2, version === 1 ? i : 20_000 + i, 40_000);
        return `h${i},${r.pred},${r.score.toFixed(4)}`;
      });
    }
  }
}

let labelsStarted = false;
function flushLabels(lines: string[]): void {
  const text = (labelsStarted ? "" : "id,label,timestamp\n") + lines.join("\n") + (lines.length ? "\n" : "");
  labelsStarted = true;
  writeFileSync(`${labels}.tmp`, text, { flag: "a" });
  lines.length = 0;
}

interface Measure {
  wall: number;
  rssMB: number;
  cpu: number;
  status: number;
  stdout: string;
}

function measure(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Measure {
  const timeFile = path.join(tmp, "time.txt");
  const r = spawnSync("/usr/bin/time", ["-o", timeFile, "-f", "%e %M %U %S", command, ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 << 20,
  });
  if (r.status !== 0)
    process.stderr.write(r.stdout.toString().slice(-3000) + r.stderr.toString().slice(-3000));
  const [wall, rss, user, sys] = readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-4).map(Number);
  return {
    wall: wall!,
    rssMB: rss! / 1024,
    cpu: user! + sys!,
    status: r.status ?? 1,
    stdout: r.stdout.toString(),
  };
}

function action(bundlePath: string, inputs: Record<string, string>): Measure {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: cache,
    GITHUB_OUTPUT: path.join(tmp, "output"),
    GITHUB_STEP_SUMMARY: path.join(tmp, "summary"),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return measure(process.execPath, [bundlePath], env);
}

/** The profile of the training features and two registered versions with their metrics. */
function registry(): void {
  if (existsSync(path.join(cache, "reference.json")) && existsSync(path.join(cache, "reg"))) return;
  const v = action(validateBundle, {
    data: train,
    report: path.join(cache, "reference.json"),
    "fail-on": "never",
  });
  if (v.status) throw new Error("validate-data (reference profile) failed");
  for (const [version, accuracy] of [
    [1, 0.87],
    [2, 0.86],
  ] as const) {
    const dir = path.join(cache, `model-v${version}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "model.json"), JSON.stringify({ version }));
    writeFileSync(
      path.join(dir, "metrics.json"),
      JSON.stringify({ accuracy, f1: accuracy - 0.05, log_loss: 0.35 }),
    );
    const r = action(registerBundle, {
      model: "bench",
      "model-path": dir,
      metrics: path.join(dir, "metrics.json"),
      registry: "local",
      "registry-path": path.join(cache, "reg"),
      "model-scan": "off",
    });
    if (r.status) throw new Error("register-model failed");
  }
}

await setup();
if (!existsSync(bundle))
  throw new Error("no bundle: run `npm run build -- monitor-model validate-data register-model`");
registry();
const pandasOk = !oursOnly && spawnSync(python, ["-c", "import pandas"]).status === 0;
if (!pandasOk)
  console.log(
    `pandas not found for ${python}: install python3-pandas (apt) to run the reference; skipping it`,
  );
console.log(
  `data: ${path.relative(root, log)} (${(statSync(log).size / 1e6).toFixed(0)} MB, ${rowsWanted.toLocaleString("en-US")} rows), ${path.relative(root, labels)} (${(statSync(labels).size / 1e6).toFixed(0)} MB)`,
);
console.log(
  `node ${process.version}, ${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);

const report = path.join(tmp, "monitoring.json");
for (let round = 1; round <= rounds; round++) {
  const ours = action(bundle, {
    model: "bench",
    predictions: log,
    labels,
    "score-column": "score",
    window: "week",
    rules: "accuracy: { min_absolute_change: -0.05 }\nlog_loss: { threshold: 0.6 }",
    "min-labelled-rows": "1000",
    "consecutive-windows": "2",
    reference: path.join(cache, "reference.json"),
    "holdout-predictions": holdout,
    registry: "local",
    "registry-path": path.join(cache, "reg"),
    "report-file": report,
    "summary-markdown-file": path.join(tmp, "monitoring.md"),
  });
  console.log(
    `round ${round}  monitor-model (bundle)      ${ours.wall.toFixed(2).padStart(7)} s wall  ${ours.cpu.toFixed(2).padStart(7)} s CPU  ${ours.rssMB.toFixed(0).padStart(5)} MB peak RSS${ours.status ? `  (exit ${ours.status})` : ""}`,
  );
  if (!pandasOk) continue;
  const pdOut = path.join(tmp, "pandas.json");
  const pd = measure(python, [pandasScript, log, labels, pdOut]);
  console.log(
    `round ${round}  pandas groupby (metrics)    ${pd.wall.toFixed(2).padStart(7)} s wall  ${pd.cpu.toFixed(2).padStart(7)} s CPU  ${pd.rssMB.toFixed(0).padStart(5)} MB peak RSS${pd.status ? `  (exit ${pd.status})` : ""}`,
  );
  console.log(
    `round ${round}  ours vs pandas: ${(pd.wall / ours.wall).toFixed(2)}× faster (wall), ${(pd.cpu / ours.cpu).toFixed(2)}× (CPU); memory ${((ours.rssMB / pd.rssMB) * 100).toFixed(0)}% of pandas' peak; goal ≤ 500 MB: ${ours.rssMB <= 500 ? "MET" : "NOT MET"}`,
  );
  if (ours.status || pd.status) continue;
  // Both computed the same thing: every (week, version)'s labelled rows and accuracy agree.
  const mine = JSON.parse(readFileSync(report, "utf8")) as {
    windows: {
      label: string;
      version: number;
      labelled: number;
      metrics: { name: string; value: number | null }[];
    }[];
    degraded: boolean;
    reason: string;
  };
  const theirs = JSON.parse(readFileSync(pdOut, "utf8")) as {
    week: string;
    model_version: string;
    labelled: number;
    accuracy: number | null;
  }[];
  let worst = 0;
  let mismatched = 0;
  for (const t of theirs) {
    const w = mine.windows.find((x) => x.label === t.week && `v${x.version}` === t.model_version);
    if (!w || w.labelled !== t.labelled) {
      mismatched++;
      continue;
    }
    const acc = w.metrics.find((m) => m.name === "accuracy")?.value ?? null;
    if (acc !== null && t.accuracy !== null) worst = Math.max(worst, Math.abs(acc - t.accuracy));
  }
  console.log(
    `round ${round}  agreement: ${theirs.length} (week, version) groups, ${mismatched} with other labelled counts, largest accuracy difference ${worst.toExponential(1)}; monitor verdict: ${mine.degraded ? `degraded (${mine.reason.slice(0, 160)})` : "healthy"}`,
  );
}
rmSync(tmp, { recursive: true, force: true });
