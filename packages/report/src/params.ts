/*
 * Params diff, like `dvc params diff`: nested params flattened to dotted paths, only changed
 * ones in the table (modified, added, removed); all params folded below.
 */

export type ParamChange = "modified" | "added" | "removed" | "unchanged";

export interface ParamRow {
  path: string;
  baseline: unknown;
  candidate: unknown;
  change: ParamChange;
}

const MAX_DEPTH = 8;

/** {model: {lr: 0.1}, seed: 1} → {"model.lr": 0.1, seed: 1}. Arrays are values. */
export function flattenParams(params: Record<string, unknown> | null | undefined): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (value: unknown, prefix: string, depth: number) => {
    if (value !== null && typeof value === "object" && !Array.isArray(value) && depth < MAX_DEPTH) {
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length === 0 && prefix) out.set(prefix, {});
      for (const [k, v] of entries) walk(v, prefix ? `${prefix}.${k}` : k, depth + 1);
    } else if (prefix) out.set(prefix, value);
  };
  walk(params ?? {}, "", 0);
  return out;
}

function canonical(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? String(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const keys = Object.keys(value as object).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
}

export function diffParams(
  baseline: Record<string, unknown> | null | undefined,
  candidate: Record<string, unknown> | null | undefined,
): ParamRow[] {
  const b = flattenParams(baseline);
  const c = flattenParams(candidate);
  const paths = [...new Set([...b.keys(), ...c.keys()])].sort();
  return paths.map((path) => {
    const inB = b.has(path);
    const inC = c.has(path);
    const change: ParamChange = !inB
      ? "added"
      : !inC
        ? "removed"
        : canonical(b.get(path)) === canonical(c.get(path))
          ? "unchanged"
          : "modified";
    return { path, baseline: b.get(path), candidate: c.get(path), change };
  });
}

/** A param value as a short string: strings raw, others as JSON. */
export function paramValue(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
