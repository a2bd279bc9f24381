// npm run bench -- validate [rounds]
// validate-data on flights-3m (vega-datasets, 3,000,000 rows): schema checks + profile + drift
// against its first 300,000 rows, side by side with a pandas/SciPy script doing the same work
// (packages/data/scripts/validate_pandas.py). Each run is a child process measured by
// /usr/bin/time (wall time, peak RSS, CPU). The bundled action is what runs, exactly as in CI.
// Goal: ≥ 3× faster than pandas, ≤ 1/4 of its peak memory; Parquet no slower than CSV; the CSV on
// 2 cores (byte ranges on worker threads, INPUT_THREADS=2) ≥ 1.7× the same action on one core
// (pinned with taskset to CPU 0, then to CPU 1, threads left to the action: what a one-core runner
// gets, one thread that also hashes the files as it reads them; the faster of the two counts),
// peak RSS ≤ 150 MB. The two sides run in turn 3 times a round (BENCH_PAIRED: CPU 0, 2 threads,
// CPU 1, 2 threads; 6 runs a side) and the fastest run of each side counts: on this shared VM
// another tenant's memory traffic slows a run by up to 60% for seconds to minutes, the 2-thread
// run more (both its threads are exposed), and it only ever slows. Also printed: 2 threads vs 1
// thread both on 2 cores (the 1-thread run hashes on a second thread beside its parser, so it
// already uses ~1.25 cores). Beside the end-to-end ratio, the read phase on its own (the action's
// "read phase:" line: data + reference parsed, profiled, checked and hashed, without process
// start-up, drift and report), in MB/s at 1 and 2 threads. The load average is printed: other work
// on the machine skews the ratios; the CPU seconds of each thread do not depend on it.
import { spawnSync } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { readParquet } from "../../packages/data/src/parquet.js";

const root = path.resolve(import.meta.dirname, "../..");
const cache = path.join(root, "test/bench/.data");
const parquet = path.join(root, "node_modules/vega-datasets/data/flights-3m.parquet");
const csv = path.join(cache, "flights-3m.csv");
const reference = path.join(cache, "flights-ref.csv");
const schema = path.join(cache, "flights-schema.json");
const bundle = path.join(root, "actions/validate-data/dist/index.js");
const python = "/usr/bin/python3";
const pandasScript = path.join(root, "packages/data/scripts/validate_pandas.py");
const rounds = Number(process.argv[2] ?? 2);
/**
 * Turns of the 2-core comparison per round (CPU 0, 2 threads, CPU 1, 2 threads; the fastest run of
 * each side counts): BENCH_PAIRED, default 3, i.e. 6 runs a side where CPU 1 can be pinned.
 */
const paired = Math.max(1, Math.floor(Number(process.env.BENCH_PAIRED ?? 3)) || 3);
const tmp = path.join(os.tmpdir(), `mlops-bench-validate-${process.pid}`);
mkdirSync(tmp, { recursive: true });
mkdirSync(cache, { recursive: true });

function toDate(v: unknown, msPerUnit = 1): Date {
  if (v instanceof Date) return v;
  return new Date(Number(v as number | bigint) * msPerUnit);
}

/** flights-3m.parquet → CSV (ISO timestamps), and its first 300,000 rows as the reference. */
async function setup(): Promise<void> {
  if (existsSync(csv) && existsSync(reference)) return;
  console.log("setup: converting flights-3m.parquet to CSV (once; cached in test/bench/.data/)");
  const out = createWriteStream(`${csv}.tmp`);
  const ref = createWriteStream(`${reference}.tmp`);
  const decoder = new TextDecoder();
  let names: string[] = [];
  let datetime: boolean[] = [];
  let chunks: ArrayLike<unknown>[][] = [];
  // readParquet hands datetime columns as counts of units (number or bigint) plus msPerUnit.
  const msPerUnit: (number | undefined)[] = [];
  let written = 0;
  const write = (stream: NodeJS.WritableStream, text: string) =>
    stream.write(text) ? Promise.resolve() : new Promise<void>((r) => stream.once("drain", () => r()));
  const pending: Promise<void>[] = [];
  await readParquet(parquet, {
    columns(info) {
      names = info.map((c) => c.name);
      datetime = info.map((c) => c.datetime);
      chunks = names.map(() => []);
      out.write(names.join(",") + "\n");
      ref.write(names.join(",") + "\n");
    },
    chunk(column, values, _rowStart, unit) {
      chunks[column]!.push(values);
      msPerUnit[column] = unit;
    },
    rowGroup(rows) {
      const cols = chunks.map((parts) => parts.flatMap((p) => Array.from(p)));
      let text = "";
      let refText = "";
      for (let r = 0; r < rows; r++) {
        const line =
          cols
            .map((col, c) => {
              const v = col[r];
              if (datetime[c]) return toDate(v, msPerUnit[c]).toISOString();
              return v instanceof Uint8Array ? decoder.decode(v) : String(v);
            })
            .join(",") + "\n";
        text += line;
        if (written++ < 300_000) refText += line;
      }
      pending.push(write(out, text), write(ref, refText));
      chunks = names.map(() => []);
    },
  });
  await Promise.all(pending);
  await Promise.all([out, ref].map((s) => new Promise((r) => s.end(r))));
  renameSync(`${csv}.tmp`, csv);
  renameSync(`${reference}.tmp`, reference);
}

interface Measure {
  stdout: string;
  /** The read phase as the action logs it: MB and seconds. */
  read?: { mb: number; seconds: number };
  wall: number;
  rssMB: number;
  cpu: number;
  status: number;
}

function measure(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Measure {
  const timeFile = path.join(tmp, "time.txt");
  const r = spawnSync("/usr/bin/time", ["-o", timeFile, "-f", "%e %M %U %S", command, ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) {
    process.stderr.write(r.stdout.toString().slice(-2000) + r.stderr.toString().slice(-2000));
  }
  const [wall, rss, user, sys] = readFileSync(timeFile, "utf8").trim().split(/\s+/).slice(-4).map(Number);
  const phase = /read phase: ([\d.]+) MB .* in ([\d.]+) s/.exec(r.stdout.toString());
  return {
    stdout: r.stdout.toString(),
    ...(phase ? { read: { mb: Number(phase[1]), seconds: Number(phase[2]) } } : {}),
    wall: wall!,
    rssMB: rss! / 1024,
    cpu: user! + sys!,
    status: r.status ?? 1,
  };
}

function ours(data: string, threads: number | null = 1, cpus?: string): Measure {
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: path.join(tmp, "output"),
    GITHUB_STEP_SUMMARY: path.join(tmp, "summary"),
    INPUT_DATA: data,
    INPUT_REFERENCE: reference,
    INPUT_SCHEMA: schema,
    INPUT_REPORT: path.join(tmp, "report.json"),
    "INPUT_FAIL-ON": "never",
    INPUT_FORMAT: "auto",
    ...(threads === null ? {} : { INPUT_THREADS: String(threads) }),
  };
  return cpus === undefined
    ? measure(process.execPath, [bundle], env)
    : measure("taskset", ["-c", cpus, process.execPath, bundle], env);
}

/** The fastest of some runs that succeeded. */
function fastest(runs: (Measure | undefined)[]): Measure | undefined {
  const ok = runs.filter((m): m is Measure => m?.status === 0);
  return ok.length ? ok.reduce((a, b) => (b.wall < a.wall ? b : a)) : undefined;
}

/** The run of median wall time among some that succeeded (the slower middle one of an even count). */
function middle(runs: (Measure | undefined)[]): Measure | undefined {
  const ok = runs.filter((m): m is Measure => m?.status === 0).sort((a, b) => a.wall - b.wall);
  return ok[Math.floor(ok.length / 2)];
}

await setup();
if (!existsSync(bundle)) throw new Error("no bundle: run `npm run build -- validate-data`");
if (!existsSync(schema)) {
  // The schema users would commit: inferred from the reference (write-schema).
  const r = spawnSync(process.execPath, [bundle], {
    env: {
      PATH: process.env.PATH,
      GITHUB_OUTPUT: path.join(tmp, "o"),
      INPUT_DATA: reference,
      "INPUT_WRITE-SCHEMA": schema,
      INPUT_REPORT: path.join(tmp, "r.json"),
    },
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error("write-schema failed");
}
// One core: the action pinned to CPU 0, its threads left to it (one, as availableParallelism() says).
const tasksetOk = spawnSync("taskset", ["-c", "0", "true"]).status === 0;
if (!tasksetOk) console.log("taskset (util-linux) cannot pin to CPU 0 here: skipping the one-core run");
const pandasOk = spawnSync(python, ["-c", "import pandas, scipy"]).status === 0;
if (!pandasOk)
  console.log(
    `pandas/SciPy not found for ${python}: install python3-pandas python3-scipy (apt) to run the reference; skipping it`,
  );

console.log(
  `data: ${path.relative(root, csv)} (${(statSync(csv).size / 1e6).toFixed(0)} MB, 3,000,000 rows), reference: first 300,000 rows`,
);
console.log(
  `node ${process.version}, ${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
/** Each run, in the order run. */
const rows: { round: number; name: string; m: Measure }[] = [];
const cpu1Ok = tasksetOk && spawnSync("taskset", ["-c", "1", "true"]).status === 0;
/** Runs of each side of the 2-core comparison a round. */
const runsEach = paired * (cpu1Ok ? 2 : 1);
for (let round = 1; round <= rounds; round++) {
  const runs: [string, () => Measure][] = [["validate-data (CSV)", () => ours(csv)]];
  // The 2-core comparison, `paired` times in turn: one core (CPU 0: on a shared VM one core can
  // be much slower than the other for a while, and the ratio is taken against the faster, what a
  // one-core runner gets at best), 2 threads, CPU 1, 2 threads again. Another tenant's load only
  // ever slows a run down, and it comes and goes within seconds; the fastest run of each side
  // counts, and each side has as many runs (a side with more runs has more chances at a quiet
  // moment: one core had twice the 2 threads' runs until 2026-12-07).
  for (let k = 1; k <= paired; k++) {
    const of = paired > 1 ? ` ${k}/${paired}` : "";
    if (tasksetOk) runs.push([`validate-data (CSV, one core)${of}`, () => ours(csv, null, "0")]);
    runs.push([`validate-data (CSV, 2 threads)${of}`, () => ours(csv, 2)]);
    if (cpu1Ok) {
      runs.push([`validate-data (CSV, other core)${of}`, () => ours(csv, null, "1")]);
      runs.push([`validate-data (CSV, 2 threads)${of}`, () => ours(csv, 2)]);
    }
  }
  runs.push(["validate-data (Parquet)", () => ours(parquet)]);
  if (pandasOk)
    runs.push([
      "pandas + SciPy (CSV)",
      () => measure(python, [pandasScript, csv, reference, schema, path.join(tmp, "pandas.json")]),
    ]);
  for (const [name, run] of runs) {
    const m = run();
    rows.push({ round, name: name.replace(/ \d+\/\d+$/, ""), m });
    console.log(
      `round ${round}  ${name.padEnd(34)} ${m.wall.toFixed(2).padStart(6)} s wall  ${m.cpu.toFixed(2).padStart(6)} s CPU  ${m.rssMB.toFixed(0).padStart(5)} MB peak RSS${m.read && name.includes("CSV") ? `  read phase ${m.read.seconds.toFixed(2)} s, ${(m.read.mb / m.read.seconds).toFixed(0)} MB/s` : ""}${m.status ? `  (exit ${m.status})` : ""}`,
    );
  }
  // The runs of that name in this round (one, but for the paired ones), and the fastest that
  // succeeded.
  const all = (name: string) => rows.filter((r) => r.round === round && r.name === name).map((r) => r.m);
  const get = (name: string) => fastest(all(name));
  const c = get("validate-data (CSV)");
  const c2 = get("validate-data (CSV, 2 threads)");
  const p = get("validate-data (Parquet)");
  const pd = get("pandas + SciPy (CSV)");
  if (!c || !c2 || !p) {
    console.log(`round ${round}  a run failed (its exit status is above): no ratios for this round`);
    continue;
  }
  // Against a single run (1 thread, pandas): the 2-thread run of median time, not the fastest.
  const c2mid = middle(all("validate-data (CSV, 2 threads)"))!;
  const c2rss = Math.max(...all("validate-data (CSV, 2 threads)").map((m) => m.rssMB));
  // The one-core run to compare with: the faster of the (fastest) runs on CPU 0 and CPU 1.
  const one = fastest([get("validate-data (CSV, one core)"), get("validate-data (CSV, other core)")]);
  if (one)
    console.log(
      `round ${round}  2 cores vs one core (CSV, 2 threads vs the faster core alone${runsEach > 1 ? `, the fastest of ${runsEach} runs each` : ""}${get("validate-data (CSV, other core)") ? `, CPU 0 ${get("validate-data (CSV, one core)")?.wall.toFixed(2) ?? "(failed)"} s / CPU 1 ${get("validate-data (CSV, other core)")!.wall.toFixed(2)} s` : ""}): ${(one.wall / c2.wall).toFixed(2)}× wall (goal ≥ 1.7×: ${one.wall / c2.wall >= 1.7 ? "MET" : "NOT MET"}); read phase ${one.read ? `${(one.read.mb / one.read.seconds).toFixed(0)} → ${c2.read ? (c2.read.mb / c2.read.seconds).toFixed(0) : "?"} MB/s` : "?"}`,
    );
  const both = c.wall / c2mid.wall;
  console.log(
    `round ${round}  2 threads vs 1 thread, both on 2 cores (CSV${runsEach > 1 ? `; 2 threads: the median of ${runsEach} runs` : ""}): ${both.toFixed(2)}× wall, ` +
      `${(c2mid.cpu / c.cpu).toFixed(2)}× CPU, ${c2rss.toFixed(0)} MB peak RSS${runsEach > 1 ? " (the most of the runs)" : ""} (goal ≤ 150 MB: ${c2rss <= 150 ? "MET" : "NOT MET"})` +
      (pd ? `; 2 threads vs pandas: ${(pd.wall / c2mid.wall).toFixed(2)}× wall` : ""),
  );
  if (c.read && c2mid.read) {
    const rate = (m: Measure) => m.read!.mb / m.read!.seconds;
    console.log(
      `round ${round}  read phase (${c.read.mb.toFixed(0)} MB: data + reference): ${rate(c).toFixed(0)} MB/s on 1 thread, ${rate(c2mid).toFixed(0)} MB/s on 2${runsEach > 1 ? " (the median run)" : ""}: ${(rate(c2mid) / rate(c)).toFixed(2)}×; outside it (start-up, drift, report): ${(c.wall - c.read.seconds).toFixed(2)} s / ${(c2mid.wall - c2mid.read.seconds).toFixed(2)} s`,
    );
  }
  // The split of the work between the threads (independent of the machine's load).
  const split = /CPU seconds per thread[^:]*: ([\d., ]+)/.exec(c2.stdout)?.[1];
  const own =
    /this thread hashed bytes 0–([\d,]+) and parsed the rest(?: up to byte [\d,]+ \([^)]*\))? \(of ([\d,]+)\)/.exec(
      c2.stdout,
    );
  if (split)
    console.log(
      `round ${round}  2 threads: CPU seconds per thread ${split.replace(/[,; ]+$/, "")} (main: sha256 + its range${own ? ` from ${((100 * Number(own[1]!.replaceAll(",", ""))) / Number(own[2]!.replaceAll(",", ""))).toFixed(0)}% of the file` : ""}; worker: the rest); 1 thread: ${c.cpu.toFixed(2)} s CPU in all`,
    );
  if (pd) {
    const speed = pd.wall / c.wall;
    const cpu = pd.cpu / c.cpu;
    const mem = c.rssMB / pd.rssMB;
    console.log(
      `round ${round}  speed-up vs pandas: ${speed.toFixed(2)}× wall (goal ≥ 3×: ${speed >= 3 ? "MET" : "NOT MET"}), ${cpu.toFixed(2)}× CPU; ` +
        `memory: ${(mem * 100).toFixed(0)}% of pandas' peak (goal ≤ 25%: ${mem <= 0.25 ? "MET" : "NOT MET"})`,
    );
  }
  console.log(
    `round ${round}  Parquet vs CSV: ${(p.wall / c.wall).toFixed(2)}× the CSV wall time, ${(p.cpu / c.cpu).toFixed(2)}× CPU (goal ≤ 1×: ${p.wall <= c.wall ? "MET" : "NOT MET"})`,
  );
}
// Over all rounds: this VM's speed drifts between runs, so one round's ratio can land either side
// of a goal; the median of the rounds (each ratio from the fastest runs of that round, made in
// turn) is the figure, and the run-by-run median is printed beside it.
if (rounds > 1) {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const span = (xs: number[]) =>
    `median ${median(xs).toFixed(2)}×, ${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}×`;
  const per = (name: string) =>
    Array.from({ length: rounds }, (_, i) =>
      fastest(rows.filter((r) => r.round === i + 1 && r.name === name).map((r) => r.m)),
    );
  const c2s = per("validate-data (CSV, 2 threads)");
  const others = per("validate-data (CSV, other core)");
  const ones = per("validate-data (CSV, one core)").map((m, i) => fastest([m, others[i]]));
  const cs = per("validate-data (CSV)");
  const pds = per("pandas + SciPy (CSV)");
  // Rounds where both sides ran.
  const both = ones.flatMap((o, i) => (o && c2s[i] ? [{ one: o, two: c2s[i] }] : []));
  if (both.length) {
    const wall = both.map(({ one, two }) => one.wall / two.wall);
    const rate = (m: Measure) => m.read!.mb / m.read!.seconds;
    const read = both.flatMap(({ one, two }) => (one.read && two.read ? [rate(two) / rate(one)] : []));
    console.log(
      `${rounds} rounds  2 cores vs one core${runsEach > 1 ? ` (each round: the fastest of ${runsEach} runs each)` : ""}${both.length < rounds ? ` (${both.length} rounds where both sides ran)` : ""}: ${span(wall)} end to end (goal ≥ 1.7× on the median: ${median(wall) >= 1.7 ? "MET" : "NOT MET"})${read.length ? `; read phase ${span(read)}` : ""}`,
    );
  }
  // Run by run as well: each 2-thread run against the one-core run just before it.
  if (tasksetOk) {
    const pairs = rows.flatMap((r, i) => {
      if (r.name !== "validate-data (CSV, 2 threads)" || r.m.status) return [];
      const alone = rows[i - 1];
      return alone?.name.includes("core)") && alone.round === r.round && alone.m.status === 0
        ? [alone.m.wall / r.m.wall]
        : [];
    });
    if (pairs.length)
      console.log(`${rounds} rounds  2 cores vs one core run by run (${pairs.length} pairs): ${span(pairs)}`);
  }
  console.log(
    `${rounds} rounds  2 threads: peak RSS ${Math.max(...rows.filter((r) => r.name === "validate-data (CSV, 2 threads)").map((r) => r.m.rssMB)).toFixed(0)} MB at most, all runs (goal ≤ 150 MB)` +
      (pds.every(Boolean) && cs.every(Boolean)
        ? `; 1 thread vs pandas: ${span(pds.map((pd, i) => pd!.wall / cs[i]!.wall))} wall`
        : ""),
  );
}
rmSync(tmp, { recursive: true, force: true });
