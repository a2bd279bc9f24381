/*
 * Cell-level parsing straight from bytes: the hot path of every reader. Numbers, dates and
 * booleans are recognised without creating a string per cell; strings are created only for
 * cells that are text and only where a check needs them.
 */

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];

/** Kind of the last value parseNumber recognised: 0 not a number, 1 integer, 2 decimal. */
export let numberKind: 0 | 1 | 2 = 0;

const latin1 = new TextDecoder("latin1");

/**
 * Parses a decimal number (`-12`, `3.5`, `.5`, `1e-3`) from bytes, correctly rounded as
 * Number() would (Clinger's fast path, else Number() on the text). Values with a leading zero
 * (`007`, zip codes) are not numbers: they are identifiers and stay text. Sets numberKind.
 */
export function parseNumber(buf: Uint8Array, start: number, end: number): number {
  numberKind = 0;
  let i = start;
  if (i >= end) return NaN;
  const sign = buf[i]!;
  let negative = false;
  if (sign === 45 || sign === 43) {
    negative = sign === 45;
    i++;
    if (i >= end) return NaN;
  }
  let c: number;
  let mantissa = 0;
  let digits = 0;
  let significant = 0;
  let fraction = 0;
  let kind: 1 | 2 = 1;
  const intStart = i;
  while (i < end) {
    c = buf[i]! - 48;
    if (c < 0 || c > 9) break;
    if (significant > 0 || c !== 0) significant++;
    mantissa = mantissa * 10 + c;
    digits++;
    i++;
  }
  if (digits > 1 && buf[intStart] === 48) return NaN; // leading zero: an identifier
  if (i < end && buf[i] === 46) {
    kind = 2;
    i++;
    while (i < end) {
      c = buf[i]! - 48;
      if (c < 0 || c > 9) break;
      if (significant > 0 || c !== 0) significant++;
      mantissa = mantissa * 10 + c;
      digits++;
      fraction++;
      i++;
    }
  }
  if (digits === 0) return NaN;
  let exponent = 0;
  if (i < end && (buf[i] === 101 || buf[i] === 69)) {
    kind = 2;
    i++;
    let expNegative = false;
    if (i < end && (buf[i] === 45 || buf[i] === 43)) {
      expNegative = buf[i] === 45;
      i++;
    }
    const expStart = i;
    while (i < end) {
      c = buf[i]! - 48;
      if (c < 0 || c > 9) break;
      if (exponent < 100000) exponent = exponent * 10 + c;
      i++;
    }
    if (i === expStart) return NaN;
    if (expNegative) exponent = -exponent;
  }
  if (i !== end) return NaN;
  let value: number;
  const scale = exponent - fraction;
  if (significant <= 15 && scale >= -22 && scale <= 22) {
    value = scale < 0 ? mantissa / POW10[-scale]! : mantissa * POW10[scale]!;
  } else {
    value = Number(latin1.decode(buf.subarray(negative || buf[start] === 43 ? start + 1 : start, end)));
    if (!Number.isFinite(value)) return NaN;
  }
  if (kind === 1 && !Number.isSafeInteger(value)) kind = 2;
  numberKind = kind;
  return negative ? -value : value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

let lastYear = -1;
let lastMonth = -1;
let lastDay = -1;
let lastDayMs = 0;

function twoDigits(buf: Uint8Array, i: number): number {
  const a = buf[i]! - 48;
  const b = buf[i + 1]! - 48;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * ISO 8601 date or date-time from bytes: `YYYY-MM-DD`, optionally `T` or space, `HH:MM`,
 * `:SS`, `.fff`, and `Z` or `±HH:MM`. Returns epoch milliseconds (UTC; a time without an offset
 * is read as UTC), or NaN when the cell is not such a date.
 */
export function parseDate(buf: Uint8Array, start: number, end: number): number {
  const len = end - start;
  if (len < 10 || len > 35) return NaN;
  const y1 = twoDigits(buf, start);
  const y2 = twoDigits(buf, start + 2);
  if (y1 < 0 || y2 < 0 || buf[start + 4] !== 45 || buf[start + 7] !== 45) return NaN;
  const year = y1 * 100 + y2;
  const month = twoDigits(buf, start + 5);
  const day = twoDigits(buf, start + 8);
  if (month < 1 || month > 12 || day < 1) return NaN;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > DAYS_IN_MONTH[month - 1]! + (month === 2 && leap ? 1 : 0)) return NaN;
  // Consecutive cells often share the day: reuse the last day's computation.
  if (year !== lastYear || month !== lastMonth || day !== lastDay) {
    lastYear = year;
    lastMonth = month;
    lastDay = day;
    lastDayMs = daysFromCivil(year, month, day) * 86_400_000;
  }
  let ms = lastDayMs;
  let i = start + 10;
  if (i === end) return ms;
  const sep = buf[i];
  if ((sep !== 84 && sep !== 32) || end - i < 6) return NaN;
  const hour = twoDigits(buf, i + 1);
  const minute = twoDigits(buf, i + 4);
  if (hour < 0 || hour > 23 || buf[i + 3] !== 58 || minute < 0 || minute > 59) return NaN;
  ms += hour * 3_600_000 + minute * 60_000;
  i += 6;
  if (i < end && buf[i] === 58) {
    if (end - i < 3) return NaN;
    const second = twoDigits(buf, i + 1);
    if (second < 0 || second > 59) return NaN;
    ms += second * 1000;
    i += 3;
    if (i < end && buf[i] === 46) {
      i++;
      let scale = 100;
      const fracStart = i;
      while (i < end && buf[i]! >= 48 && buf[i]! <= 57) {
        ms += (buf[i]! - 48) * scale;
        scale /= 10;
        i++;
      }
      if (i === fracStart) return NaN;
    }
  }
  if (i === end) return ms;
  if (buf[i] === 90 && i + 1 === end) return ms;
  if ((buf[i] === 43 || buf[i] === 45) && end - i === 6 && buf[i + 3] === 58) {
    const oh = twoDigits(buf, i + 1);
    const om = twoDigits(buf, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    const offset = (oh * 60 + om) * 60_000;
    return buf[i] === 43 ? ms - offset : ms + offset;
  }
  return NaN;
}

/** 1 for true/True/TRUE, 0 for false/False/FALSE, -1 otherwise. */
export function parseBoolean(buf: Uint8Array, start: number, end: number): number {
  const len = end - start;
  if (len === 4) {
    const c = buf[start]! | 32;
    if (
      c === 116 &&
      (buf[start + 1]! | 32) === 114 &&
      (buf[start + 2]! | 32) === 117 &&
      (buf[start + 3]! | 32) === 101
    )
      return isCaseOk(buf, start, end) ? 1 : -1;
  } else if (len === 5) {
    const c = buf[start]! | 32;
    if (
      c === 102 &&
      (buf[start + 1]! | 32) === 97 &&
      (buf[start + 2]! | 32) === 108 &&
      (buf[start + 3]! | 32) === 115 &&
      (buf[start + 4]! | 32) === 101
    )
      return isCaseOk(buf, start, end) ? 0 : -1;
  }
  return -1;
}

/** true, True and TRUE (not tRuE), as pandas and YAML accept. */
function isCaseOk(buf: Uint8Array, start: number, end: number): boolean {
  let upper = 0;
  for (let i = start + 1; i < end; i++) if (buf[i]! < 97) upper++;
  return upper === 0 || upper === end - start - 1;
}

/** pandas' default NA strings (read_csv na_values), besides the empty cell. */
export const MISSING_TOKENS: ReadonlySet<string> = new Set([
  "#N/A",
  "#N/A N/A",
  "#NA",
  "-1.#IND",
  "-1.#QNAN",
  "-NaN",
  "-nan",
  "1.#IND",
  "1.#QNAN",
  "<NA>",
  "N/A",
  "NA",
  "NULL",
  "NaN",
  "None",
  "n/a",
  "nan",
  "null",
]);

/** True for an empty cell or one of MISSING_TOKENS. */
export function isMissing(buf: Uint8Array, start: number, end: number): boolean {
  const len = end - start;
  if (len === 0) return true;
  if (len > 8) return false;
  const c = buf[start];
  if (c !== 35 && c !== 45 && c !== 49 && c !== 60 && c !== 78 && c !== 110) return false;
  return MISSING_TOKENS.has(latin1.decode(buf.subarray(start, end)));
}

/** FNV-1a over bytes, finished with murmur3's fmix32 so every bit avalanches (for HLL). */
export function hashBytes(buf: Uint8Array, start: number, end: number, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  return fmix32(h ^ (end - start));
}

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** Hash of a double's bits (0 and -0 alike). */
export function hashNumber(value: number, seed = 0): number {
  f64[0] = value === 0 ? 0 : value;
  return fmix32(Math.imul(u32[0]! ^ seed, 0x9e3779b1) ^ fmix32(u32[1]! + 0x7f4a7c15));
}

const utf8 = new TextDecoder("utf-8");
export function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  return utf8.decode(buf.subarray(start, end));
}

/** ISO 8601 text of epoch milliseconds (UTC). */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString();
}
