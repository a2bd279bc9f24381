import { promises as fs } from "node:fs";
import path from "node:path";
import { ConfigurationError, parseJson, parseYamlWithLocations } from "@mlops/core";

/*
 * The `params` input: a path to a YAML or JSON file, or inline YAML (`lr: 0.1`, or a flow
 * mapping `{lr: 0.1, depth: 3}`, or several lines). A single line that names an existing file
 * is that file; a single line that looks like a file name (ends in .json/.yaml/.yml) but does
 * not exist is an error rather than being read as YAML. The result must be a mapping; it is
 * written as JSON for the command (MLOPS_PARAMS) and recorded in the RunRecord.
 */

export type Params = Record<string, unknown>;

export interface LoadedParams {
  params: Params;
  /** The file the params came from (as given), or null for inline YAML / none. */
  source: string | null;
}

const FILE_LIKE = /\.(json|ya?ml)$/i;

export async function loadParams(value: string | undefined, baseDir: string): Promise<LoadedParams> {
  if (value === undefined || value.trim() === "") return { params: {}, source: null };
  const text = value.trim();
  if (!text.includes("\n")) {
    const file = path.resolve(baseDir, text);
    let stat: Awaited<ReturnType<typeof fs.stat>> | undefined;
    try {
      stat = await fs.stat(file);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) return { params: await readParamsFile(file, text), source: text };
    if (stat?.isDirectory()) {
      throw new ConfigurationError(`params ${text}: is a directory; expected a YAML or JSON file`, {
        code: "params-invalid",
        location: { file: text },
      });
    }
    if (FILE_LIKE.test(text) && !/[:{}]/.test(text)) {
      throw new ConfigurationError(
        `params file ${text} not found (looked in ${baseDir}); give an existing YAML/JSON file or inline YAML such as 'lr: 0.1'`,
        { code: "params-missing", location: { file: text } },
      );
    }
  }
  const { value: parsed } = await parseYamlWithLocations(text, "params (inline YAML)");
  return { params: checkParams(parsed, "params (inline YAML)"), source: null };
}

async function readParamsFile(file: string, display: string): Promise<Params> {
  const text = await fs.readFile(file, "utf8");
  if (text.trim() === "") return {};
  if (/\.json$/i.test(file)) return checkParams(parseJson(text, display), display);
  const { value, locate } = await parseYamlWithLocations(text, display);
  return checkParams(value, display, locate);
}

function checkParams(
  value: unknown,
  source: string,
  locate?: (path: PropertyKey[]) => { line: number; column: number } | undefined,
): Params {
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new ConfigurationError(
      `${source}: expected a mapping of parameter names to values (e.g. 'lr: 0.1'), found ${Array.isArray(value) ? "a list" : typeof value}`,
      { code: "params-invalid", location: { file: source } },
    );
  }
  const check = (v: unknown, at: string[]): unknown => {
    if (typeof v === "number" && !Number.isFinite(v)) {
      const where = locate?.(at);
      throw new ConfigurationError(
        `${source}${where ? ` line ${where.line} column ${where.column}` : ""}: param '${at.join(".")}': ${v} cannot be passed as JSON; use a finite number or a string`,
        { code: "params-invalid", location: { file: source, ...(where ?? {}) } },
      );
    }
    if (v instanceof Date) return v.toISOString();
    if (Array.isArray(v)) return v.map((x, i) => check(x, [...at, String(i)]));
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        // An own property whatever the key: `__proto__: …` in a params file stays a param.
        Object.defineProperty(out, k, {
          value: check(x, [...at, k]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  return check(value, []) as Params;
}
