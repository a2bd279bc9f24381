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

/**
 * A set of 64-bit hashes (two independent 32-bit halves), for uniqueness over any row count.
 * With `positions`, the line and row where each value was first seen are kept too (8 more bytes
 * a value), so the set of one part of the data can be merged into another's (threads, shards).
 */
class HashSet64 {
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private used = new Uint8Array(1024);
  private lines: Int32Array | null;
  private rows: Int32Array | null;
  size = 0;
  constructor(positions = false) {
    this.lines = positions ? new Int32Array(1024) : null;
    this.rows = positions ? new Int32Array(1024) : null;
  }
  /** Adds; returns false when already present. */
  add(h1: number, h2: number, line = 0, row = 0): boolean {
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
    if (this.lines) {
      this.lines[i] = line;
      this.rows![i] = row;
    }
    this.size++;
    return true;
  }
  private grow(): void {
    const { a, b, used, lines, rows } = this;
    const n = used.length * 2;
    this.a = new Int32Array(n);
    this.b = new Int32Array(n);
    this.used = new Uint8Array(n);
    if (lines) {
      this.lines = new Int32Array(n);
      this.rows = new Int32Array(n);
    }
    this.size = 0;
    for (let i = 0; i < used.length; i++) if (used[i]) this.add(a[i]!, b[i]!, lines?.[i], rows?.[i]);
  }
  /** The values as [h1, h2, line, row] quadruples, in the order first seen (by row). */
  entries(): Int32Array {
    const out = new Int32Array(this.size * 4);
    let w = 0;
    for (let i = 0; i < this.used.length; i++) {
      if (!this.used[i]) continue;
      out[w++] = this.a[i]!;
      out[w++] = this.b[i]!;
      out[w++] = this.lines?.[i] ?? 0;
      out[w++] = this.rows?.[i] ?? 0;
    }
    return out;
  }
}

/** What a ColumnChecker has seen in one part of the data, to merge into another's (see merge). */
export interface CheckerState {
  tallies: Record<TallyName, { failures: number; checked: number; samples: Sample[] }>;
  /** Unique values as [h1, h2, line, row] quadruples (unique checks only). */
  unique: Int32Array | null;
}

type TallyName = "type" | "min" | "max" | "allowed" | "regex" | "unique" | "missing";

/** The sample value of a duplicate whose first occurrence is in an earlier part of the data. */
export const CROSS_PART_DUPLICATE = "(a value that also occurs in an earlier part of the data)";

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
    /** Keep the position of each unique value, so this part can be merged into another. */
    private readonly mergeable = false,
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
    if (this.unique?.value) this.seen = new HashSet64(mergeable);
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
      if (!this.seen.add(hashBytes(b, from, to), hashBytes(b, from, to, 0x2545f491), line, row + 1))
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

  /** This checker's tallies (and unique values), for merging into the checker of another part. */
  state(): CheckerState {
    const tallies = {} as CheckerState["tallies"];
    for (const [name, t] of Object.entries(this.tallies))
      tallies[name as TallyName] = { failures: t.failures, checked: t.checked, samples: t.samples };
    return { tallies, unique: this.seen && this.mergeable ? this.seen.entries() : null };
  }

  /**
   * Adds the state of the part that follows the data seen so far: its lines are shifted by
   * `lineOffset` (lines of the same file before the part) and its rows by `rowOffset`. A value of
   * a unique column first seen in that part but already seen here is a duplicate at its first
   * position there, as a single pass would have found it.
   */
  merge(state: CheckerState, lineOffset: number, rowOffset: number): void {
    const shift = (s: Sample): Sample => ({
      ...s,
      ...(s.line !== undefined ? { line: s.line + lineOffset } : {}),
      ...(s.row !== undefined ? { row: s.row + rowOffset } : {}),
    });
    for (const name of Object.keys(this.tallies) as TallyName[]) {
      const mine = this.tallies[name];
      const theirs = state.tallies[name];
      if (!theirs) continue;
      mine.failures += theirs.failures;
      mine.checked += theirs.checked;
      let incoming = theirs.samples.map(shift);
      if (name === "unique" && this.seen && state.unique) {
        const cross = this.mergeUnique(state.unique, lineOffset, rowOffset);
        mine.failures += cross.length;
        incoming = [...incoming, ...cross].sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
      }
      for (const s of incoming) {
        if (mine.samples.length >= MAX_SAMPLES) break;
        mine.samples.push(s);
      }
    }
  }

  /** Adds another part's unique values; returns the duplicates (in row order, at most MAX_SAMPLES + their count). */
  private mergeUnique(entries: Int32Array, lineOffset: number, rowOffset: number): Sample[] {
    const cross: Sample[] = [];
    for (let i = 0; i < entries.length; i += 4) {
      const line = entries[i + 2]! + lineOffset;
      const row = entries[i + 3]! + rowOffset;
      if (!this.seen!.add(entries[i]!, entries[i + 1]!, line, row))
        cross.push({ file: this.where.file, line, row, value: CROSS_PART_DUPLICATE });
    }
    return cross;
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
