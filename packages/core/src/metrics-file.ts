import { promises as fs } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "./errors.js";
import type { Metrics } from "./documents.js";

/*
 * Metrics files as training scripts write them:
 * - JSON or YAML: nested keys flattened with '.', e.g. {"val": {"f1": 0.8}} → val.f1. Python's
 *   json.dump writes NaN/Infinity literally; they are read so that they can be reported.
 * - CSV: a header and one row per step (epoch); for each column the last non-empty value wins.
 * Values must be finite numbers: NaN, ±Infinity, booleans and strings are errors naming the key.
 */

const NON_FINITE = "\u0000mlops-nonfinite:";

export async function readMetricsFile(file: string, format?: "json" | "yaml" | "csv"): Promise<Metrics> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ConfigurationError(`${file}: metrics file not found (did the command write it?)`, {
        code: "metrics-missing",
        location: { file },
      });
    }
    throw error;
  }
  return parseMetrics(text, file, format);
}

export async function parseMetrics(
  text: string,
  file: string,
  format?: "json" | "yaml" | "csv",
): Promise<Metrics> {
  const ext = path.extname(file).toLowerCase();
  const kind = format ?? (ext === ".csv" ? "csv" : ext === ".yaml" || ext === ".yml" ? "yaml" : "json");
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") {
    throw new ConfigurationError(`${file}: metrics file is empty`, {
      code: "metrics-empty",
      location: { file },
    });
  }
  if (kind === "csv") return parseCsvMetrics(body, file);
  let value: unknown;
  if (kind === "json") {
    try {
      value = JSON.parse(body);
    } catch {
      // Python's json module writes NaN, Infinity and -Infinity; read them so we can name the key.
      const patched = body.replace(/(?<=[:[,]\s*)(-?Infinity|NaN)(?=\s*[,}\]])/g, (m) =>
        JSON.stringify(NON_FINITE + m),
      );
      try {
        value = JSON.parse(patched);
      } catch (error) {
        throw new ConfigurationError(`${file}: invalid JSON metrics: ${(error as Error).message}`, {
          code: "metrics-syntax",
          location: { file },
        });
      }
    }
  } else {
    const { parse: parseYaml } = await import("yaml");
    try {
      value = parseYaml(body);
    } catch (error) {
      throw new ConfigurationError(
        `${file}: invalid YAML metrics: ${(error as Error).message.split("\n")[0]}`,
        {
          code: "metrics-syntax",
          location: { file },
        },
      );
    }
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigurationError(
      `${file}: expected an object of metric names to numbers, found ${Array.isArray(value) ? "an array" : typeof value}`,
      {
        code: "metrics-shape",
        location: { file },
      },
    );
  }
  const out: Metrics = {};
  flatten(value as Record<string, unknown>, "", out, file);
  return out;
}

function flatten(obj: Record<string, unknown>, prefix: string, out: Metrics, file: string): void {
  for (const [key, value] of Object.entries(obj)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      flatten(value as Record<string, unknown>, name, out, file);
      continue;
    }
    setOwn(out, name, checkMetricValue(name, value, file));
  }
}

/** Sets an own property, whatever the key (`__proto__` included): metric names come from users' files. */
function setOwn(out: Metrics, key: string, value: number): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A metric value must be a finite number; anything else is an error that names the key. */
export function checkMetricValue(name: string, value: unknown, file: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  let found: string;
  if (typeof value === "number") found = String(value);
  else if (typeof value === "string" && value.startsWith(NON_FINITE)) found = value.slice(NON_FINITE.length);
  else found = JSON.stringify(value) ?? String(value);
  throw new ConfigurationError(`${file}: metric '${name}': expected a finite number, found ${found}`, {
    code: "metric-invalid",
    location: { file, column: name },
  });
}

function parseCsvMetrics(text: string, file: string): Metrics {
  const rows = parseSmallCsv(text, file);
  const header = rows[0];
  if (!header || header.length === 0) {
    throw new ConfigurationError(`${file}: CSV metrics need a header row`, {
      code: "metrics-shape",
      location: { file },
    });
  }
  if (rows.length < 2) {
    throw new ConfigurationError(`${file}: CSV metrics have a header but no rows`, {
      code: "metrics-empty",
      location: { file, line: 1 },
    });
  }
  const out: Metrics = {};
  header.forEach((name, col) => {
    for (let r = rows.length - 1; r >= 1; r--) {
      const cell = rows[r]![col];
      if (cell === undefined || cell.trim() === "") continue;
      const n = Number(cell.trim());
      if (!Number.isFinite(n)) {
        throw new ConfigurationError(
          `${file} line ${r + 1}: metric '${name}': expected a finite number, found ${JSON.stringify(cell)}`,
          {
            code: "metric-invalid",
            location: { file, line: r + 1, column: name },
          },
        );
      }
      setOwn(out, name.trim(), n);
      return;
    }
  });
  return out;
}

/** RFC 4180 for small files (metrics logs); the streaming reader for datasets lives in @mlops/data. */
function parseSmallCsv(text: string, file: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      startLine = line;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      line++;
    } else field += c;
  }
  if (quoted) {
    throw new ConfigurationError(`${file} line ${startLine}: unterminated quoted field`, {
      code: "csv-unterminated-quote",
      location: { file, line: startLine },
    });
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}
