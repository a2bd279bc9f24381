import type { ColumnProfile, ColumnType } from "@mlops/core";
import {
  decodeUtf8,
  formatDate,
  hashNumber,
  isMissing,
  numberKind,
  parseBoolean,
  parseDate,
  parseNumber,
} from "./bytes.js";
import { FIELD_ESCAPED, unescapeField } from "./csv.js";
import {
  Distribution,
  quantile,
  rankOf,
  type DistributionState,
  type Weighted,
} from "./sketches/distribution.js";
import { Frequencies, type FrequencyState } from "./sketches/frequencies.js";
import { HyperLogLog } from "./sketches/hll.js";
import { Moments, type MomentsState } from "./sketches/moments.js";

/** What one cell turned out to be. */
export enum CellKind {
  Missing = 0,
  Integer = 1,
  Number = 2,
  Boolean = 3,
  Datetime = 4,
  Text = 5,
}

/** Receives each classified cell (schema checks hook in here). */
export interface CellObserver {
  cell(
    kind: CellKind,
    value: number,
    buf: Uint8Array,
    start: number,
    end: number,
    line: number,
    row: number,
  ): void;
}

/** Serialised state of a column profile: enough to merge, or to act as a drift reference. */
export interface ColumnSketches {
  rows: number;
  missing: number;
  kinds: { integer: number; number: number; boolean: number; datetime: number; text: number };
  moments: MomentsState;
  distribution: DistributionState;
  text: FrequencyState;
  /**
   * `exact`: the distinct dates while there are at most `exactLimit` of them (the HyperLogLog
   * estimate is approximate: 365 dates could read "distinct 366"); absent beyond.
   */
  dates: { min: number; max: number; hll: string; exact?: number[] } | null;
}

const encoder = new TextEncoder();
export const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
const HISTOGRAM_BINS = 20;
const TOP_VALUES = 10;

/**
 * One pass over a column: counts, moments, value distribution, text frequencies, date range.
 * Cells arrive as bytes (CSV) or JS values (JSON Lines, Parquet) and are classified once.
 */
export class ColumnProfiler {
  rows = 0;
  missing = 0;
  integers = 0;
  decimals = 0;
  booleans = 0;
  datetimes = 0;
  texts = 0;
  readonly moments = new Moments();
  readonly distribution: Distribution;
  readonly text: Frequencies;
  dateMin = Infinity;
  dateMax = -Infinity;
  private dateHll: HyperLogLog | null = null;
  /** Distinct dates, exactly, until there are more than `exactLimit` of them (then null). */
  private dateExact: Set<number> | null = new Set();
  private lastDate = NaN;
  private scratch = { bytes: new Uint8Array(256) };
  observer: CellObserver | null = null;

  /**
   * `exactLimit`: distinct values counted exactly before switching to sketches (the dataset
   * lowers it for wide files, so memory stays bounded whatever the column count).
   */
  constructor(
    readonly name: string,
    readonly exactLimit = 20_000,
  ) {
    this.distribution = new Distribution(exactLimit);
    this.text = new Frequencies(exactLimit, Math.min(2_000, exactLimit));
  }

  /** A CSV cell: buf[start, end) with the reader's field flags. */
  addField(buf: Uint8Array, start: number, end: number, flags: number, line: number): void {
    if (flags & FIELD_ESCAPED) {
      const len = unescapeField(buf, start, end, this.scratch);
      this.addBytes(this.scratch.bytes, 0, len, line);
    } else this.addBytes(buf, start, end, line);
  }

  addBytes(buf: Uint8Array, start: number, end: number, line: number): void {
    const row = this.rows++;
    if (end - start === this.lastDateLength && this.sameAsLastDateBytes(buf, start, end)) {
      // The same text as the last timestamp: the same value, nothing to parse or update.
      this.datetimes++;
      this.observer?.cell(CellKind.Datetime, this.lastDate, buf, start, end, line, row);
      return;
    }
    const x = parseNumber(buf, start, end);
    if (numberKind !== 0) {
      if (numberKind === 1) this.integers++;
      else this.decimals++;
      this.moments.add(x);
      this.distribution.add(x);
      this.observer?.cell(numberKind as number as CellKind, x, buf, start, end, line, row);
      return;
    }
    if (isMissing(buf, start, end)) {
      this.missing++;
      this.observer?.cell(CellKind.Missing, NaN, buf, start, end, line, row);
      return;
    }
    const b = parseBoolean(buf, start, end);
    if (b >= 0) {
      this.booleans++;
      this.text.addBytes(buf, start, end);
      this.observer?.cell(CellKind.Boolean, b, buf, start, end, line, row);
      return;
    }
    const d = this.parseDateCell(buf, start, end);
    if (d === d) {
      this.datetimes++;
      if (d !== this.lastDate) {
        if (d < this.dateMin) this.dateMin = d;
        if (d > this.dateMax) this.dateMax = d;
        this.addDate(d);
        this.lastDate = d;
      }
      this.observer?.cell(CellKind.Datetime, d, buf, start, end, line, row);
      return;
    }
    this.texts++;
    this.text.addBytes(buf, start, end);
    this.observer?.cell(CellKind.Text, NaN, buf, start, end, line, row);
  }

  /**
   * One dictionary-encoded page (Parquet): `indices` into a dictionary classified once by
   * planDictionary, `defs` the definition levels (a cell is present when defs[i] === maxDef; no
   * defs means all present). Statistics are updated once per distinct entry of the page, so a
   * cell costs a counter increment (plus the schema observer, when there is one).
   */
  addDictionaryPage(
    plan: DictionaryPlan,
    indices: ArrayLike<number>,
    defs: ArrayLike<number> | undefined,
    maxDef: number,
    line0: number,
  ): void {
    const counts = plan.counts;
    const observer = this.observer;
    const n = defs && defs.length ? defs.length : indices.length;
    const hasDefs = defs !== undefined && defs.length > 0;
    let j = 0;
    for (let i = 0; i < n; i++) {
      if (hasDefs && defs[i] !== maxDef) {
        this.addMissing(line0 + i);
        continue;
      }
      const e = indices[j++]!;
      counts[e]!++;
      const row = this.rows++;
      if (observer !== null) {
        const bytes = plan.bytes[e];
        observer.cell(
          plan.kinds[e] as CellKind,
          plan.values[e]!,
          bytes ?? EMPTY,
          0,
          bytes ? bytes.length : 0,
          line0 + i,
          row,
        );
      }
    }
    for (let e = 0; e < counts.length; e++) {
      const c = counts[e]!;
      if (c === 0) continue;
      counts[e] = 0;
      const x = plan.values[e]!;
      switch (plan.kinds[e] as CellKind) {
        case CellKind.Integer:
        case CellKind.Number:
          if (plan.kinds[e] === CellKind.Integer) this.integers += c;
          else this.decimals += c;
          this.moments.addMany(x, c);
          this.distribution.addCount(x, c);
          break;
        case CellKind.Datetime:
          this.datetimes += c;
          if (x < this.dateMin) this.dateMin = x;
          if (x > this.dateMax) this.dateMax = x;
          this.addDate(x);
          break;
        case CellKind.Boolean:
          this.booleans += c;
          this.text.addBytes(plan.bytes[e]!, 0, plan.bytes[e]!.length, c);
          break;
        case CellKind.Text:
          this.texts += c;
          this.text.addBytes(plan.bytes[e]!, 0, plan.bytes[e]!.length, c);
          break;
        default:
          this.missing += c;
      }
    }
  }

  /** A number from a typed source (Parquet); NaN and infinities count as missing. */
  addNumber(value: number, line: number): void {
    if (!Number.isFinite(value)) return this.addMissing(line);
    const row = this.rows++;
    const kind = Number.isSafeInteger(value) ? CellKind.Integer : CellKind.Number;
    if (kind === CellKind.Integer) this.integers++;
    else this.decimals++;
    this.moments.add(value);
    this.distribution.add(value);
    this.observer?.cell(kind, value, EMPTY, 0, 0, line, row);
  }

  private lastDateBytes = new Uint8Array(40);
  private lastDateLength = -1;

  private sameAsLastDateBytes(buf: Uint8Array, start: number, end: number): boolean {
    const len = end - start;
    if (len !== this.lastDateLength) return false;
    const last = this.lastDateBytes;
    for (let i = len - 1; i >= 0; i--) if (last[i] !== buf[start + i]) return false;
    return true;
  }

  private parseDateCell(buf: Uint8Array, start: number, end: number): number {
    const d = parseDate(buf, start, end);
    if (d === d) {
      this.lastDateBytes.set(buf.subarray(start, end));
      this.lastDateLength = end - start;
    }
    return d;
  }

  /** A typed value from JSON Lines or Parquet. */
  addValue(value: unknown, line: number): void {
    if (typeof value === "number") {
      if (Number.isFinite(value)) {
        const row = this.rows++;
        const kind = Number.isSafeInteger(value) ? CellKind.Integer : CellKind.Number;
        if (kind === CellKind.Integer) this.integers++;
        else this.decimals++;
        this.moments.add(value);
        this.distribution.add(value);
        this.observer?.cell(kind, value, EMPTY, 0, 0, line, row);
        return;
      }
      return this.addMissing(line);
    }
    if (value === null || value === undefined) return this.addMissing(line);
    if (value instanceof Uint8Array) return this.addBytes(value, 0, value.length, line);
    if (typeof value === "bigint") return this.addValue(Number(value), line);
    if (typeof value === "boolean") return this.addText(value ? "true" : "false", line);
    if (value instanceof Date) {
      const ms = value.getTime();
      if (!Number.isFinite(ms)) return this.addMissing(line);
      return this.addText(formatDate(ms), line);
    }
    if (typeof value === "string") return this.addText(value, line);
    let text: string;
    try {
      text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    } catch {
      text = "[unserialisable value]"; // e.g. nesting deeper than the stack
    }
    return this.addText(text, line);
  }

  /** A timestamp (epoch milliseconds) from a typed source such as a Parquet TIMESTAMP column. */
  addDatetime(ms: unknown, line: number): void {
    const x = typeof ms === "bigint" ? Number(ms) : ms;
    if (typeof x !== "number" || !Number.isFinite(x)) return this.addMissing(line);
    const row = this.rows++;
    this.datetimes++;
    this.lastDateLength = -1; // lastDate no longer belongs to lastDateBytes
    if (x !== this.lastDate) {
      if (x < this.dateMin) this.dateMin = x;
      if (x > this.dateMax) this.dateMax = x;
      this.addDate(x);
      this.lastDate = x;
    }
    this.observer?.cell(CellKind.Datetime, x, EMPTY, 0, 0, line, row);
  }

  private addMissing(line: number): void {
    const row = this.rows++;
    this.missing++;
    this.observer?.cell(CellKind.Missing, NaN, EMPTY, 0, 0, line, row);
  }

  private addText(value: string, line: number): void {
    const need = value.length * 3;
    if (this.scratch.bytes.length < need) this.scratch.bytes = new Uint8Array(need);
    const { written } = encoder.encodeInto(value, this.scratch.bytes);
    this.addBytes(this.scratch.bytes, 0, written, line);
  }

  /** Non-missing cells. */
  get count(): number {
    return this.rows - this.missing;
  }

  /** The inferred type (see README: a single non-numeric cell makes a column text). */
  inferType(): ColumnType {
    const count = this.count;
    if (count === 0) return "string";
    if (this.integers + this.decimals === count) return this.decimals === 0 ? "integer" : "number";
    if (this.booleans === count) return "boolean";
    if (this.datetimes === count) return "datetime";
    const distinct =
      this.text.distinct() + (this.integers + this.decimals > 0 ? this.distribution.distinct() : 0);
    if (this.text.exact && this.distribution.exact && distinct <= 50 && distinct * 2 <= count)
      return "categorical";
    return "string";
  }

  /** Text frequencies including numeric cells (as their canonical text), for a column typed string. */
  private allFrequencies(): Frequencies {
    if (this.integers + this.decimals === 0) return this.text;
    const merged = Frequencies.from(this.text.toJSON());
    const counts = this.distribution.valueCounts();
    if (counts) for (const [v, c] of counts) merged.addString(String(v), c);
    return merged;
  }

  profile(type: ColumnType = this.inferType()): ColumnProfile {
    const sketches = this.sketches();
    const freq = type === "string" || type === "categorical" ? this.allFrequencies() : this.text;
    return buildProfile(type, sketches, freq, this.distribution);
  }

  sketches(): ColumnSketches {
    return {
      rows: this.rows,
      missing: this.missing,
      kinds: {
        integer: this.integers,
        number: this.decimals,
        boolean: this.booleans,
        datetime: this.datetimes,
        text: this.texts,
      },
      moments: this.moments.toJSON(),
      distribution: this.distribution.toJSON(),
      text: this.text.toJSON(),
      dates: this.dateHll
        ? {
            min: this.dateMin,
            max: this.dateMax,
            hll: this.dateHll.toJSON(),
            ...(this.dateExact ? { exact: [...this.dateExact].sort((a, b) => a - b) } : {}),
          }
        : null,
    };
  }

  /** Adds another profile of the same column (another file of the dataset, or a saved profile). */
  merge(s: ColumnSketches): void {
    this.rows += s.rows;
    this.missing += s.missing;
    this.integers += s.kinds.integer;
    this.decimals += s.kinds.number;
    this.booleans += s.kinds.boolean;
    this.datetimes += s.kinds.datetime;
    this.texts += s.kinds.text;
    this.moments.merge(s.moments);
    this.distribution.merge(s.distribution);
    this.text.merge(s.text);
    if (s.dates) {
      this.dateMin = Math.min(this.dateMin, s.dates.min);
      this.dateMax = Math.max(this.dateMax, s.dates.max);
      (this.dateHll ??= new HyperLogLog()).merge(HyperLogLog.from(s.dates.hll));
      if (!s.dates.exact) this.dateExact = null;
      else if (this.dateExact) {
        for (const d of s.dates.exact) this.dateExact.add(d);
        if (this.dateExact.size > this.exactLimit) this.dateExact = null;
      }
    }
  }

  private addDate(x: number): void {
    (this.dateHll ??= new HyperLogLog()).add(hashNumber(x));
    if (this.dateExact) {
      this.dateExact.add(x);
      if (this.dateExact.size > this.exactLimit) this.dateExact = null;
    }
  }

  static fromSketches(name: string, s: ColumnSketches): ColumnProfiler {
    const p = new ColumnProfiler(name);
    p.merge(s);
    return p;
  }

  dateDistinct(): number {
    if (!this.dateHll) return 0;
    return this.dateExact
      ? this.dateExact.size
      : Math.min(Math.round(this.dateHll.estimate()), this.datetimes);
  }
}

const EMPTY = new Uint8Array(0);
const BOOL_TEXT = [encoder.encode("false"), encoder.encode("true")];

/** A Parquet dictionary, each entry classified once (kind, numeric value, bytes). */
export interface DictionaryPlan {
  kinds: Uint8Array;
  values: Float64Array;
  bytes: (Uint8Array | null)[];
  counts: Float64Array;
}

export function planDictionary(dictionary: ArrayLike<unknown>, msPerUnit?: number): DictionaryPlan {
  const n = dictionary.length;
  const plan: DictionaryPlan = {
    kinds: new Uint8Array(n),
    values: new Float64Array(n),
    bytes: new Array<Uint8Array | null>(n).fill(null),
    counts: new Float64Array(n),
  };
  for (let e = 0; e < n; e++) {
    const v = dictionary[e];
    let kind: CellKind = CellKind.Missing;
    let x = NaN;
    if (msPerUnit !== undefined) {
      x = Number(v) * msPerUnit;
      kind = Number.isFinite(x) ? CellKind.Datetime : CellKind.Missing;
    } else if (typeof v === "number" || typeof v === "bigint") {
      x = Number(v);
      kind = !Number.isFinite(x)
        ? CellKind.Missing
        : Number.isSafeInteger(x)
          ? CellKind.Integer
          : CellKind.Number;
    } else if (typeof v === "boolean") {
      kind = CellKind.Boolean;
      x = v ? 1 : 0;
      plan.bytes[e] = BOOL_TEXT[x]!;
    } else if (v instanceof Uint8Array || typeof v === "string") {
      const bytes = typeof v === "string" ? encoder.encode(v) : v;
      plan.bytes[e] = bytes;
      x = parseNumber(bytes, 0, bytes.length);
      if (numberKind !== 0) kind = numberKind as number as CellKind;
      else if (isMissing(bytes, 0, bytes.length)) kind = CellKind.Missing;
      else if ((x = parseBoolean(bytes, 0, bytes.length)) >= 0) kind = CellKind.Boolean;
      else if ((x = parseDate(bytes, 0, bytes.length)) === x) kind = CellKind.Datetime;
      else kind = CellKind.Text;
    } else if (v !== null && v !== undefined) {
      const bytes = encoder.encode(
        JSON.stringify(v, (_k, y: unknown) => (typeof y === "bigint" ? y.toString() : y)),
      );
      plan.bytes[e] = bytes;
      kind = CellKind.Text;
    }
    plan.kinds[e] = kind;
    plan.values[e] = x;
  }
  return plan;
}

function round(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

/** Equal-width histogram of weighted points between min and max (numpy's rule: last bin closed). */
export function histogram(
  w: Weighted,
  min: number,
  max: number,
  bins: number,
): { edges: number[]; counts: number[] } {
  let lo = min;
  let hi = max;
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const edges: number[] = [];
  for (let i = 0; i <= bins; i++) edges.push(lo + ((hi - lo) * i) / bins);
  const counts: number[] = [];
  let previous = 0;
  for (let i = 1; i <= bins; i++) {
    const upTo = i === bins ? w.total : rankOf(w, edges[i]!, false);
    counts.push(Math.max(0, Math.round(upTo - previous)));
    previous = upTo;
  }
  return { edges, counts };
}

function buildProfile(
  type: ColumnType,
  s: ColumnSketches,
  freq: Frequencies,
  dist: Distribution,
): ColumnProfile {
  const count = s.rows - s.missing;
  const profile: ColumnProfile = { type, count, missing: s.missing };
  if (type === "integer" || type === "number") {
    const m = Moments.from(s.moments);
    profile.min = m.n ? m.min : null;
    profile.max = m.n ? m.max : null;
    profile.mean = m.n ? m.mean : null;
    profile.std = m.std();
    const w = dist.weighted();
    if (w.values.length) {
      profile.quantiles = Object.fromEntries(QUANTILES.map((q) => [String(q), round(quantile(w, q))]));
      profile.histogram = histogram(w, m.min, m.max, HISTOGRAM_BINS);
      const counts = dist.valueCounts();
      if (counts) {
        profile.top = [...counts]
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .slice(0, TOP_VALUES)
          .map(([v, c]) => ({ value: String(v), count: c }));
      }
    }
    profile.distinct = dist.distinct();
  } else if (type === "datetime") {
    if (s.dates) {
      profile.min = formatDate(s.dates.min);
      profile.max = formatDate(s.dates.max);
      // Exact while small; an estimate can never exceed the number of dates seen.
      profile.distinct =
        s.dates.exact?.length ??
        Math.min(Math.round(HyperLogLog.from(s.dates.hll).estimate()), s.kinds.datetime);
    }
  } else {
    profile.distinct = freq.distinct();
    profile.top = freq
      .entries()
      .slice(0, type === "categorical" ? 50 : TOP_VALUES)
      .map(([value, c]) => ({ value, count: c }));
  }
  profile.sketches = s as unknown as Record<string, unknown>;
  return profile;
}

export { decodeUtf8 };
