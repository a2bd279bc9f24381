#!/usr/bin/env node
/*
 * Prints the README's year-by-year table: both trainers on 2012, 2012–2013, … with the committed
 * params, each evaluated on its own holdout. The README's numbers come from this script.
 *
 *   node scripts/year-by-year.mjs            (Python column only when scikit-learn is installed)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const exampleDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const years = ["2012", "2013", "2014", "2015"];
const python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const hasSklearn = spawnSync(python, ["-c", "import sklearn"]).status === 0;
const tmp = mkdtempSync(join(os.tmpdir(), "seattle-years-"));

function train(command, args, out) {
  const result = spawnSync(command, [...args, "--out", out], { cwd: exampleDir, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  return JSON.parse(readFileSync(join(out, "metrics.json"), "utf8"));
}

const f = (x) => x.toFixed(4);
const header = ["data", "train / holdout days", "Node: accuracy", "f1_macro", "log_loss"];
if (hasSklearn) header.push("Python: accuracy", "f1_macro", "log_loss");
console.log(`| ${header.join(" | ")} |`);
console.log(`| ${header.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`);
try {
  for (let n = 1; n <= years.length; n++) {
    const args = years.slice(0, n).flatMap((y) => ["--data", `data/${y}.csv`]);
    const node = train(process.execPath, ["train.mjs", ...args], join(tmp, `node-${n}`));
    const label = n === 1 ? years[0] : `${years[0]}–${years[n - 1]}`;
    const row = [
      label,
      `${node.train_rows} / ${node.holdout_rows}`,
      f(node.accuracy),
      f(node.f1_macro),
      f(node.log_loss),
    ];
    if (hasSklearn) {
      const py = train(python, ["train.py", ...args], join(tmp, `python-${n}`));
      row.push(f(py.accuracy), f(py.f1_macro), f(py.log_loss));
    }
    console.log(`| ${row.join(" | ")} |`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
