import { ConfigurationError } from "@mlops/core";

/*
 * Windows of the prediction log: calendar windows (day, ISO week from Monday, month; UTC) by
 * each row's timestamp, or a fixed number of rows in the order they were logged. A window is an
 * integer key (days since the epoch, the Monday's day, year·12 + month, or row / N), so a row's
 * window costs arithmetic only.
 */

export type WindowSpec = { kind: "day" | "week" | "month"; rows: null } | { kind: "rows"; rows: number };

const DAY = 86_400_000;

/** `day`, `week`, `month` or a positive row count. */
export function parseWindow(value: string | number): WindowSpec {
  const text = String(value).trim();
  if (text === "day" || text === "week" || text === "month") return { kind: text, rows: null };
  if (/^\d+$/.test(text) && Number(text) > 0 && Number.isSafeInteger(Number(text)))
    return { kind: "rows", rows: Number(text) };
  throw new ConfigurationError(
    `window: expected day, week, month or a number of rows (e.g. 10000), found ${JSON.stringify(value)}`,
    { code: "input-invalid" },
  );
}

/** Days since 1970-01-01 of y-m-d (proleptic Gregorian), as Howard Hinnant's days_from_civil. */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A row's window key; NaN when its timestamp is not a finite time (calendar windows). */
export class Windowing {
  private monthStart = Infinity;
  private monthEnd = -Infinity;
  private monthKey = NaN;

  constructor(readonly spec: WindowSpec) {}

  key(ms: number, row: number): number {
    const spec = this.spec;
    if (spec.kind === "rows") return Math.floor(row / spec.rows);
    if (!Number.isFinite(ms)) return NaN;
    const day = Math.floor(ms / DAY);
    if (spec.kind === "day") return day;
    if (spec.kind === "week") return day - ((((day + 3) % 7) + 7) % 7);
    if (ms >= this.monthStart && ms < this.monthEnd) return this.monthKey;
    const d = new Date(ms);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    this.monthStart = Date.UTC(y, m, 1);
    this.monthEnd = Date.UTC(y, m + 1, 1);
    this.monthKey = y * 12 + m;
    return this.monthKey;
  }

  /** The window's label and its first and last instants (null for row windows). */
  describe(key: number): { label: string; start: string | null; end: string | null } {
    const spec = this.spec;
    if (spec.kind === "rows") {
      return { label: `rows ${key * spec.rows + 1}–${(key + 1) * spec.rows}`, start: null, end: null };
    }
    let start: number;
    let next: number;
    if (spec.kind === "month") {
      const y = Math.floor(key / 12);
      const m = key - y * 12;
      start = Date.UTC(y, m, 1);
      next = Date.UTC(y, m + 1, 1);
    } else {
      start = key * DAY;
      next = start + (spec.kind === "week" ? 7 : 1) * DAY;
    }
    const iso = new Date(start).toISOString();
    return {
      label: spec.kind === "month" ? iso.slice(0, 7) : iso.slice(0, 10),
      start: iso,
      end: new Date(next - 1).toISOString(),
    };
  }

  /** The first instant after the window (ms), or NaN for row windows. */
  endOf(key: number): number {
    const spec = this.spec;
    if (spec.kind === "rows") return NaN;
    if (spec.kind === "month") {
      const y = Math.floor(key / 12);
      return Date.UTC(y, key - y * 12 + 1, 1);
    }
    return (key + (spec.kind === "week" ? 7 : 1)) * DAY;
  }
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HAS_ZONE = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * A timestamp cell as ms since the epoch (NaN when it is not one): ISO 8601 dates and times
 * (without a zone: UTC, whatever the machine's zone), epoch seconds, or epoch milliseconds
 * (numbers above 1e11), and Date values.
 */
const ZERO = 48;

/** Digits at text[from, from + n) as a number; NaN when one is not a digit. */
function digits(text: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return v;
}

/**
 * The common shapes without a regular expression or Date.parse: 2015-03-01, and
 * 2015-03-01T10:30:00 with an optional .fraction and Z (or no zone: UTC). NaN for anything else.
 */
function fastIso(text: string): number {
  const n = text.length;
  if (n < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return NaN;
  const day = daysFromCivil(y, m, d) * DAY;
  if (n === 10) return day;
  const sep = text.charCodeAt(10);
  if ((sep !== 84 && sep !== 32) || n < 19 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58)
    return NaN;
  const hh = digits(text, 11, 2);
  const mm = digits(text, 14, 2);
  const ss = digits(text, 17, 2);
  if (!(hh <= 23 && mm <= 59 && ss <= 59)) return NaN;
  let i = 19;
  let ms = 0;
  if (i < n && text.charCodeAt(i) === 46) {
    let scale = 100;
    i++;
    const from = i;
    while (i < n) {
      const c = text.charCodeAt(i) - ZERO;
      if (c < 0 || c > 9) break;
      ms += c * scale;
      scale /= 10;
      i++;
    }
    if (i === from) return NaN;
  }
  if (i === n - 1 && (text.charCodeAt(i) === 90 || text.charCodeAt(i) === 122)) i++;
  if (i !== n) return NaN;
  return day + ((hh * 60 + mm) * 60 + ss) * 1000 + Math.floor(ms);
}

export function parseTimestamp(value: unknown): number {
  if (typeof value === "number")
    return Number.isFinite(value) ? (Math.abs(value) > 1e11 ? value : value * 1000) : NaN;
  if (typeof value === "bigint") return parseTimestamp(Number(value));
  if (value instanceof Date) return value.getTime();
  if (typeof value !== "string") return NaN;
  const fast = fastIso(value);
  if (fast === fast) return fast;
  const text = value.trim();
  if (text === "") return NaN;
  const d = DATE_ONLY.exec(text);
  if (d) {
    const m = Number(d[2]);
    const day = Number(d[3]);
    if (m < 1 || m > 12 || day < 1 || day > 31) return NaN;
    return daysFromCivil(Number(d[1]), m, day) * DAY;
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) return parseTimestamp(Number(text));
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) return NaN;
  const iso = text.replace(" ", "T");
  return Date.parse(HAS_ZONE.test(iso) ? iso : `${iso}Z`);
}
