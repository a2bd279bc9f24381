/*
 * Number formatting for reviewers: enough digits to see a difference, no more. Minus signs are
 * U+2212 (−) so a negative delta reads as one; counts get thousands separators.
 */

const MINUS = "\u2212";

/** Decimals that show `x` with `significant` significant digits (0 for large values). */
function decimalsFor(x: number, significant: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  return Math.max(0, significant - 1 - magnitude);
}

function trimZeros(s: string): string {
  return s.includes(".") && !s.includes("e") ? s.replace(/\.?0+$/, "") : s;
}

function sign(s: string): string {
  return s.startsWith("-") ? MINUS + s.slice(1) : s;
}

/** An integer count: 12,345. */
export function formatCount(n: number): string {
  return sign(Math.round(n).toLocaleString("en-US"));
}

/**
 * One value: integers as they are (with separators from 10,000), others with 4 significant
 * digits; very small or very large values in scientific notation (1.23e−5).
 */
export function formatNumber(x: number | null | undefined, decimals?: number): string {
  if (x === null || x === undefined) return "—";
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : `${MINUS}∞`;
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (decimals === undefined) {
    if (Number.isInteger(x) && abs < 1e15) return abs >= 10_000 ? formatCount(x) : sign(String(x));
    if (abs >= 1e9 || abs < 1e-4) return scientific(x);
    decimals = decimalsFor(x, 4);
  }
  if (abs >= 1e15 || (abs < 10 ** -decimals && decimals >= 8)) return scientific(x);
  return sign(trimZeros(x.toFixed(Math.min(decimals, 20))));
}

function scientific(x: number): string {
  const [mantissa, exponent] = x.toExponential(2).split("e") as [string, string];
  return `${sign(trimZeros(mantissa))}e${sign(exponent.replace("+", ""))}`;
}

/**
 * Decimals for a row of related values (baseline, candidate, delta): the baseline and candidate
 * must show the digit where they differ, so the delta's second significant digit decides.
 */
export function rowDecimals(
  values: (number | null | undefined)[],
  delta: number | null | undefined,
): number | undefined {
  const finite = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (
    finite.every((v) => Number.isInteger(v)) &&
    (delta === null || delta === undefined || Number.isInteger(delta))
  )
    return undefined;
  let decimals = 0;
  for (const v of finite) if (v !== 0) decimals = Math.max(decimals, decimalsFor(v, 4));
  if (delta !== null && delta !== undefined && Number.isFinite(delta) && delta !== 0)
    decimals = Math.max(decimals, decimalsFor(delta, 2));
  return Math.min(decimals, 8);
}

/** A signed difference: +0.012, −3, 0. */
export function formatSigned(x: number | null | undefined, decimals?: number): string {
  if (x === null || x === undefined) return "—";
  const s = formatNumber(x, decimals);
  if (x > 0 && Number.isFinite(x) && s !== "0") return `+${s}`;
  return s;
}

/** A fraction as a signed percentage: 0.0271 → +2.71%. */
export function formatPercent(fraction: number | null | undefined, signed = true): string {
  if (fraction === null || fraction === undefined) return "—";
  if (!Number.isFinite(fraction)) return fraction > 0 ? "+∞%" : `${MINUS}∞%`;
  const pct = fraction * 100;
  const abs = Math.abs(pct);
  const decimals = abs === 0 ? 0 : abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 0.01 ? 2 : 3;
  let s = sign(trimZeros(pct.toFixed(decimals)));
  if (s === "0" || s === `${MINUS}0`) s = abs === 0 ? "0" : pct > 0 ? "+<0.001" : `${MINUS}<0.001`;
  else if (signed && pct > 0) s = `+${s}`;
  return `${s}%`;
}

/** Milliseconds as 1.2 s, 3 min 4 s, 1 h 2 min. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${trimZeros(s.toFixed(1))} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(s - minutes * 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Bytes as 1.2 MB (decimal units, as GitHub shows sizes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return "—";
  const units = ["B", "kB", "MB", "GB", "TB"];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return u === 0 ? `${v} B` : `${trimZeros(v.toFixed(v >= 100 ? 0 : 1))} ${units[u]}`;
}

/**
 * A number for a Mermaid data list: its lexer accepts only `[+-]?(\d+(\.\d+)?|\.\d+)`, so no
 * exponent, no separators, no Unicode minus.
 */
export function mermaidNumber(x: number): string {
  if (!Number.isFinite(x)) return "0";
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs >= 1e21) return BigInt(Math.round(x)).toString();
  const decimals = Math.min(20, decimalsFor(x, 6));
  const s = x.toFixed(decimals);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}
