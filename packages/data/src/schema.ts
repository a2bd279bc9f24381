import type { ColumnProfile, SchemaCheckResult, Severity } from "@mlops/core";
import { formatNumber } from "@mlops/core/markdown";
import { decodeUtf8, hashBytes } from "./bytes.js";
import { CellKind, type CellObserver, type ColumnProfiler } from "./column.js";
import type { ColumnSchema, DataSchema } from "./schema-file.js";

/*
 * Schema checks, evaluated cell by cell during the profiling pass (the profiler hands each
 * classified cell to a ColumnChecker), and inference of a schema from profiles (write-schema).
 */

export const MAX_SAMPLES = 5;
const DEFAULT_REGEX_MAX_LENGTH = 1000;

interface Constraint<T> {
  value: T;
  severity: "error" | "warning";
  mostly: number;
}

function constraint<T>(
  raw: T | { value: T; severity?: "error" | "warning"; mostly?: number } | undefined,
  column: ColumnSchema,
): Constraint<T> | undefined {
  if (raw === undefined) return undefined;
  const defaults = { severity: column.severity ?? "error", mostly: column.mostly ?? 1 };
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw) && "value" in (raw as object)) {
    const o = raw as { value: T; severity?: "error" | "warning"; mostly?: number };
    return { value: o.value, severity: o.severity ?? defaults.severity, mostly: o.mostly ?? defaults.mostly };
  }
  return { value: raw as T, ...defaults };
}

type Sample = { file?: string; line?: number; row?: number; value: unknown };

class Tally {
  failures = 0;
  checked = 0;
  samples: Sample[] = [];
}

/** A set of 64-bit hashes (two independent 32-bit halves), for uniqueness over any row count. */
class HashSet64 {
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private used = new Uint8Array(1024);
  private size = 0;
  /** Adds; returns false when already present. */
  add(h1: number, h2: number): boolean {
    if (this.size * 2 >= this.used.length) this.grow();
    const mask = this.used.length - 1;
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    while (this.used[i]) {
      if (this.a[i] === (h1 | 0) && this.b[i] === (h2 | 0)) return false;
      i = (i + 1) & mask;
    }
    this.used[i] = 1;
    this.a[i] = h1;
    this.b[i] = h2;
    this.size++;
    return true;
  }
  private grow(): void {
    const { a, b, used } = this;
    const n = used.length * 2;
    this.a = new Int32Array(n);
    this.b = new Int32Array(n);
    this.used = new Uint8Array(n);
    this.size = 0;
    for (let i = 0; i < used.length; i++) if (used[i]) this.add(a[i]!, b[i]!);
  }
}

/** Bit k set: a cell of kind k conforms to the type. */
const KIND_OK: Record<string, number> = {
  integer: 1 << CellKind.Integer,
  number: (1 << CellKind.Integer) | (1 << CellKind.Number),
  boolean: 1 << CellKind.Boolean,
  datetime: 1 << CellKind.Datetime,
  string: 0b111111,
  categorical: 0b111111,
};

/** Checks one column's cells against its schema entry. */
export class ColumnChecker implements CellObserver {
  private readonly type?: Constraint<string>;
  private readonly typeOk?: number;
  private readonly min?: Constraint<number | string>;
  private readonly max?: Constraint<number | string>;
  private readonly minValue: number = -Infinity;
  private readonly maxValue: number = Infinity;
  private readonly allowed?: Constraint<(string | number | boolean)[]>;
  private readonly allowedSet?: Set<string>;
  private readonly regex?: Constraint<string>;
  private readonly pattern?: RegExp;
  private readonly unique?: Constraint<boolean>;
  private readonly seen?: HashSet64;
  private readonly hasRange: boolean;
  readonly tallies = {
    type: new Tally(),
    min: new Tally(),
    max: new Tally(),
    allowed: new Tally(),
    regex: new Tally(),
    unique: new Tally(),
    missing: new Tally(),
  };

  constructor(
    readonly name: string,
    readonly schema: ColumnSchema,
    private readonly where: { file: string },
    private readonly regexMaxLength = DEFAULT_REGEX_MAX_LENGTH,
  ) {
    if (schema.type) {
      this.type = { value: schema.type, severity: schema.severity ?? "error", mostly: schema.mostly ?? 1 };
      this.typeOk = KIND_OK[schema.type];
    }
    this.min = constraint(schema.min, schema);
    this.max = constraint(schema.max, schema);
    if (this.min) this.minValue = toNumber(this.min.value);
    if (this.max) this.maxValue = toNumber(this.max.value);
    this.hasRange = this.min !== undefined || this.max !== undefined;
    this.allowed = constraint(schema.allowed, schema);
    if (this.allowed) this.allowedSet = new Set(this.allowed.value.map(String));
    this.regex = constraint(schema.regex, schema);
    if (this.regex) this.pattern = new RegExp(this.regex.value, "u");
    this.unique = constraint(schema.unique, schema);
    if (this.unique?.value) this.seen = new HashSet64();
  }

  cell(
    kind: CellKind,
    value: number,
    buf: Uint8Array,
    start: number,
    end: number,
    line: number,
    row: number,
  ): void {
    const t = this.tallies;
    if (kind === CellKind.Missing) {
      t.missing.failures++;
      if (t.missing.samples.length < MAX_SAMPLES)
        t.missing.samples.push({ file: this.where.file, line, row: row + 1, value: null });
      return;
    }
    if (this.typeOk !== undefined) {
      t.type.checked++;
      if (((this.typeOk >> kind) & 1) === 0) this.fail(t.type, kind, value, buf, start, end, line, row);
    }
    if (
      this.hasRange &&
      (kind === CellKind.Integer || kind === CellKind.Number || kind === CellKind.Datetime)
    ) {
      if (this.min !== undefined) {
        t.min.checked++;
        if (value < this.minValue) this.fail(t.min, kind, value, buf, start, end, line, row);
      }
      if (this.max !== undefined) {
        t.max.checked++;
        if (value > this.maxValue) this.fail(t.max, kind, value, buf, start, end, line, row);
      }
    }
    if (this.allowedSet !== undefined) {
      t.allowed.checked++;
      if (!this.allowedSet.has(cellText(kind, value, buf, start, end)))
        this.fail(t.allowed, kind, value, buf, start, end, line, row);
    }
    if (this.pattern !== undefined) {
      t.regex.checked++;
      const s = cellText(kind, value, buf, start, end);
      if (s.length > this.regexMaxLength || !this.pattern.test(s))
        this.fail(t.regex, kind, value, buf, start, end, line, row);
    }
    if (this.seen !== undefined) {
      t.unique.checked++;
      let b = buf;
      let from = start;
      let to = end;
      if (end <= start) {
        b = encoder.encode(cellText(kind, value, buf, start, end));
        from = 0;
        to = b.length;
      }
      if (!this.seen.add(hashBytes(b, from, to), hashBytes(b, from, to, 0x2545f491)))
        this.fail(t.unique, kind, value, buf, start, end, line, row);
    }
  }

  private fail(
    tally: Tally,
    kind: CellKind,
    value: number,
    buf: Uint8Array,
    start: number,
    end: number,
    line: number,
    row: number,
  ): void {
    tally.failures++;
    if (tally.samples.length < MAX_SAMPLES) {
      const s = cellText(kind, value, buf, start, end);
      tally.samples.push({
        file: this.where.file,
        line,
        row: row + 1,
        value: s.length > 200 ? `${s.slice(0, 200)}…` : s,
      });
    }
  }

  /** Results for this column, given its final counts. */
  results(profiler: ColumnProfiler): SchemaCheckResult[] {
    const out: SchemaCheckResult[] = [];
    const s = this.schema;
    const t = this.tallies;
    const result = (
      check: string,
      c: { severity: "error" | "warning"; mostly: number },
      expected: string,
      tally: Tally,
      observed?: string,
    ): SchemaCheckResult => {
      const passed =
        tally.checked === 0
          ? true
          : (tally.checked - tally.failures) / tally.checked >= c.mostly &&
            (c.mostly < 1 ? true : tally.failures === 0);
      const r: SchemaCheckResult = {
        check,
        column: this.name,
        severity: c.severity,
        passed,
        expected,
        failures: tally.failures,
        checked: tally.checked,
        samples: tally.samples,
      };
      if (observed !== undefined) r.observed = observed;
      if (c.mostly < 1) r.mostly = c.mostly;
      return r;
    };
    if (this.type) {
      const kinds = [
        [profiler.integers, "integer"],
        [profiler.decimals, "number"],
        [profiler.booleans, "boolean"],
        [profiler.datetimes, "datetime"],
        [profiler.texts, "text"],
      ]
        .filter(([n]) => (n as number) > 0)
        .map(([n, k]) => `${n as number} ${k as string}`)
        .join(", ");
      out.push(result("type", this.type, this.type.value, t.type, kinds || "no values"));
    }
    const nullable = constraint(s.nullable, s);
    t.missing.checked = profiler.rows;
    if (nullable && nullable.value === false)
      out.push(result("not-null", nullable, "no missing values", t.missing, `${profiler.missing} missing`));
    const ratio = constraint(s.maxMissingRatio, s);
    if (ratio) {
      const observed = profiler.rows ? profiler.missing / profiler.rows : 0;
      const passed = observed <= ratio.value;
      out.push({
        check: "max-missing-ratio",
        column: this.name,
        severity: ratio.severity,
        passed,
        expected: `missing ratio ≤ ${ratio.value}`,
        observed: formatNumber(observed),
        failures: passed ? 0 : profiler.missing,
        checked: profiler.rows,
        samples: passed ? [] : t.missing.samples,
      });
    }
    if (this.min) out.push(result("min", this.min, `≥ ${String(this.min.value)}`, t.min));
    if (this.max) out.push(result("max", this.max, `≤ ${String(this.max.value)}`, t.max));
    if (this.allowed)
      out.push(
        result(
          "allowed",
          this.allowed,
          `one of ${this.allowed.value
            .slice(0, 20)
            .map((v) => JSON.stringify(v))
            .join(", ")}${this.allowed.value.length > 20 ? ", …" : ""}`,
          t.allowed,
        ),
      );
    if (this.regex)
      out.push(
        result(
          "regex",
          this.regex,
          `matches /${this.regex.value}/ (values up to ${this.regexMaxLength} characters)`,
          t.regex,
        ),
      );
    if (this.unique?.value)
      out.push(result("unique", this.unique, "unique values", t.unique, `${t.unique.failures} duplicates`));
    return out;
  }
}

const encoder = new TextEncoder();

function cellText(kind: CellKind, value: number, buf: Uint8Array, start: number, end: number): string {
  if (end > start) return decodeUtf8(buf, start, end);
  if (kind === CellKind.Datetime) return new Date(value).toISOString();
  if (kind === CellKind.Boolean) return value ? "true" : "false";
  return String(value);
}

function toNumber(v: number | string): number {
  if (typeof v === "number") return v;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return Number(v);
  return ms;
}

/** Dataset-level checks: required and unexpected columns, row-count bounds. */
export function datasetChecks(schema: DataSchema, columns: string[], rows: number): SchemaCheckResult[] {
  const out: SchemaCheckResult[] = [];
  const present = new Set(columns);
  for (const [name, col] of Object.entries(schema.columns)) {
    const required = constraint(col.required, col) ?? {
      value: true,
      severity: col.severity ?? "error",
      mostly: 1,
    };
    if (!required.value) continue;
    const ok = present.has(name);
    out.push({
      check: "required-column",
      column: name,
      severity: required.severity,
      passed: ok,
      expected: "column present",
      observed: ok ? "present" : "missing",
      failures: ok ? 0 : 1,
      checked: 1,
      samples: [],
    });
  }
  const policy = schema.unexpectedColumns ?? "error";
  if (policy !== "ignore") {
    for (const name of columns) {
      if (name in schema.columns) continue;
      out.push({
        check: "unexpected-column",
        column: name,
        severity: policy,
        passed: false,
        expected: "only the schema's columns",
        observed: "present",
        failures: 1,
        checked: 1,
        samples: [],
      });
    }
  }
  if (schema.rows && (schema.rows.min !== undefined || schema.rows.max !== undefined)) {
    const { min, max } = schema.rows;
    const ok = (min === undefined || rows >= min) && (max === undefined || rows <= max);
    const expected = [min !== undefined ? `≥ ${min}` : "", max !== undefined ? `≤ ${max}` : ""]
      .filter(Boolean)
      .join(" and ");
    out.push({
      check: "row-count",
      column: null,
      severity: schema.rows.severity ?? "error",
      passed: ok,
      expected: `rows ${expected}`,
      observed: String(rows),
      failures: ok ? 0 : 1,
      checked: 1,
      samples: [],
    });
  }
  return out;
}

/**
 * A schema inferred from profiles, for review: types, nullability, the observed range (as
 * warnings: new extremes are worth a look, not a failure), small category domains, uniqueness.
 */
export function inferSchema(profiles: Record<string, ColumnProfile>, rows: number): DataSchema {
  const columns: Record<string, ColumnSchema> = {};
  for (const [name, p] of Object.entries(profiles)) {
    const c: ColumnSchema = { type: p.type };
    c.nullable = p.missing > 0;
    if (
      (p.type === "integer" || p.type === "number" || p.type === "datetime") &&
      p.min != null &&
      p.max != null
    ) {
      c.min = { value: p.min, severity: "warning" };
      c.max = { value: p.max, severity: "warning" };
    }
    if (p.type === "categorical" && p.top && p.top.length === p.distinct)
      c.allowed = p.top.map((t) => t.value).sort();
    if (
      (p.type === "integer" || p.type === "string") &&
      p.count >= 50 &&
      p.distinct === p.count &&
      exactDistinct(p)
    )
      c.unique = true;
    columns[name] = c;
  }
  return {
    $schema: "https://mlops-actions.dev/schemas/data-schema.v1.json",
    kind: "mlops.data-schema",
    version: 1,
    columns,
    unexpectedColumns: "error",
    rows: { min: rows > 0 ? 1 : 0 },
  };
}

function exactDistinct(p: ColumnProfile): boolean {
  const s = p.sketches as { distribution?: { exact?: unknown }; text?: { exact?: boolean } } | undefined;
  if (p.type === "integer") return s?.distribution?.exact !== undefined;
  return s?.text?.exact === true;
}

export type { Severity };
