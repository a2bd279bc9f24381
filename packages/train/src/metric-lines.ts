import { StringDecoder } from "node:string_decoder";

/*
 * The `::mlops` line protocol: a training command reports metrics and tool versions by printing
 * lines (on stdout or stderr) of the form
 *
 *   ::mlops metric <name>=<value> [<name>=<value> ...]
 *   ::mlops tool <name>=<version> [<name>=<version> ...]
 *
 * at the start of a line. Later values win (a loop may print `loss` every epoch). Names are
 * letters, digits and `_ . - /` (at most 200 characters); metric values are numbers as
 * JavaScript's Number() reads them; NaN, ±Infinity and anything else are errors naming the key.
 * The lines are passed through to the log unchanged: the Actions runner prints workflow
 * commands it does not know as ordinary text.
 */

export const MLOPS_LINE_PREFIX = "::mlops ";
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]{0,199}$/;
/** Lines longer than this are not parsed (a runaway line without a newline must not grow memory). */
const MAX_LINE = 64 * 1024;

export interface LineProblem {
  /** Which stream and line: "stdout line 12". */
  where: string;
  message: string;
  /** The metric the problem is about, when there is one. */
  key?: string;
}

export interface ReportedValues {
  metrics: Record<string, number>;
  tools: Record<string, string>;
  /** Values that are not finite numbers, malformed lines: errors, reported after the command. */
  errors: LineProblem[];
  /** Unknown `::mlops` sub-commands: warnings. */
  warnings: LineProblem[];
}

export function emptyReport(): ReportedValues {
  return { metrics: {}, tools: {}, errors: [], warnings: [] };
}

/** Sets an own property whatever the key (`__proto__` included): names come from the command. */
function setOwn<T>(out: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Parses one output line into `report`; lines that are not `::mlops` commands are ignored. */
export function parseMlopsLine(line: string, where: string, report: ReportedValues): void {
  if (!line.startsWith(MLOPS_LINE_PREFIX)) return;
  const body = line.slice(MLOPS_LINE_PREFIX.length).trim();
  const space = body.search(/\s/);
  const verb = space === -1 ? body : body.slice(0, space);
  const rest = space === -1 ? "" : body.slice(space).trim();
  if (verb !== "metric" && verb !== "tool") {
    report.warnings.push({
      where,
      message: `unknown ::mlops command '${verb.slice(0, 40)}' (expected 'metric' or 'tool'); line ignored`,
    });
    return;
  }
  if (rest === "") {
    report.errors.push({ where, message: `'::mlops ${verb}' needs at least one name=value pair` });
    return;
  }
  for (const pair of rest.split(/\s+/)) {
    const eq = pair.indexOf("=");
    const name = eq === -1 ? pair : pair.slice(0, eq);
    const value = eq === -1 ? undefined : pair.slice(eq + 1);
    if (!NAME.test(name)) {
      report.errors.push({
        where,
        message: `::mlops ${verb}: invalid name ${JSON.stringify(name.slice(0, 80))} (expected letters, digits, '_', '.', '-' or '/', at most 200)`,
      });
      continue;
    }
    if (value === undefined || value === "") {
      report.errors.push({
        where,
        key: name,
        message: `::mlops ${verb} '${name}': expected ${name}=<${verb === "metric" ? "number" : "version"}>, found no value`,
      });
      continue;
    }
    if (verb === "tool") {
      setOwn(report.tools, name, value.slice(0, 200));
      continue;
    }
    const n = value.trim() === "" ? Number.NaN : Number(value);
    if (!Number.isFinite(n)) {
      report.errors.push({
        where,
        key: name,
        message: `metric '${name}': expected a finite number, found ${JSON.stringify(value.slice(0, 80))}`,
      });
      continue;
    }
    setOwn(report.metrics, name, n);
  }
}

/**
 * Splits a byte stream into lines (UTF-8, `\n` or `\r\n`) and feeds the `::mlops` ones to the
 * parser. Call `end()` when the stream closes to parse a last line without a newline.
 */
export class MlopsLineScanner {
  private readonly decoder = new StringDecoder("utf8");
  private partial = "";
  private overflow = false;
  private line = 0;

  constructor(
    private readonly stream: string,
    private readonly report: ReportedValues,
  ) {}

  write(chunk: Buffer | string): void {
    const text = typeof chunk === "string" ? chunk : this.decoder.write(chunk);
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl === -1) break;
      this.finishLine(text.slice(start, nl));
      start = nl + 1;
    }
    if (start < text.length) this.append(text.slice(start));
  }

  end(): void {
    const rest = this.decoder.end();
    if (rest) this.append(rest);
    if (this.partial !== "" || this.overflow) this.finishLine("");
  }

  private append(text: string): void {
    if (this.overflow) return;
    this.partial += text;
    if (this.partial.length > MAX_LINE) {
      this.overflow = true;
      this.partial = "";
    }
  }

  private finishLine(tail: string): void {
    this.line++;
    if (this.overflow) {
      this.overflow = false;
      this.partial = "";
      return;
    }
    let line = this.partial + tail;
    this.partial = "";
    if (line.length > MAX_LINE) return;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    parseMlopsLine(line, `${this.stream} line ${this.line}`, this.report);
  }
}
