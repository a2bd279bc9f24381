#!/usr/bin/env node
/*
 * Regenerates data/2012.csv … data/2015.csv from vega-datasets' seattle-weather.csv: the rows are
 * copied byte for byte, grouped by the year of their date, each file with the original header.
 *
 *   node scripts/split-data.mjs            write data/<year>.csv
 *   node scripts/split-data.mjs --check    exit 1 when a committed file differs from the source
 *
 * Source: the vega-datasets npm package (data/seattle-weather.csv, NOAA daily observations for
 * Seattle, 2012-01-01 … 2015-12-31), a dev dependency of the mlops-actions workspace.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const exampleDir = resolve(here, "..");
const dataDir = join(exampleDir, "data");

/** Finds node_modules/vega-datasets/data/seattle-weather.csv in this folder or any parent. */
export function findSource(start = exampleDir) {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", "vega-datasets", "data", "seattle-weather.csv");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(
    "node_modules/vega-datasets/data/seattle-weather.csv not found: run `npm ci` at the root of mlops-actions first",
  );
}

/** Splits the CSV text by the year of the first column; returns Map(year → file text). */
export function splitByYear(text) {
  const lines = text.split(/\r?\n/);
  const header = lines[0];
  if (header !== "date,precipitation,temp_max,temp_min,wind,weather") {
    throw new Error(`unexpected header in seattle-weather.csv: ${JSON.stringify(header)}`);
  }
  const years = new Map();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") continue;
    const match = /^(\d{4})-\d{2}-\d{2},/.exec(line);
    if (!match)
      throw new Error(
        `seattle-weather.csv line ${i + 1}: expected a YYYY-MM-DD date, found ${JSON.stringify(line)}`,
      );
    const year = match[1];
    if (!years.has(year)) years.set(year, [header]);
    years.get(year).push(line);
  }
  return new Map([...years].map(([year, rows]) => [year, rows.join("\n") + "\n"]));
}

function main(argv) {
  const check = argv.includes("--check");
  const source = findSource();
  const files = splitByYear(readFileSync(source, "utf8"));
  let stale = 0;
  if (!check) mkdirSync(dataDir, { recursive: true });
  for (const [year, text] of files) {
    const target = join(dataDir, `${year}.csv`);
    const shown = relative(process.cwd(), target) || target;
    if (check) {
      const current = existsSync(target) ? readFileSync(target, "utf8") : null;
      if (current !== text) {
        console.error(`${shown}: differs from ${source} (run node scripts/split-data.mjs)`);
        stale++;
      }
    } else {
      writeFileSync(target, text);
      console.log(`${shown}: ${text.split("\n").length - 2} rows`);
    }
  }
  if (stale) process.exit(1);
  if (check) console.log(`data/: ${files.size} files match ${source}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
