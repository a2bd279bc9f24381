/*
 * Parsers for what an action hands back to the runner: the key/value env files
 * (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) and the workflow commands on stdout/stderr.
 * They follow the runner's own parsers (actions/runner: SetEnvFileCommand, ActionCommand.TryParseV2).
 */

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export class RunnerFileError extends Error {
  override readonly name = "RunnerFileError";
}

/**
 * Parses a file-command file: `name=value` lines and `name<<DELIM` heredocs (value lines up to
 * a line equal to DELIM). Later keys win, as with the runner. Throws on a heredoc that never
 * ends or a line that is neither form — the runner fails the step on those.
 */
export function parseKeyValueFile(content: string, label = "file command"): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = content.split(/\r?\n/);
  // A trailing newline leaves one empty last element; it is not a line.
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const eq = line.indexOf("=");
    const heredoc = line.indexOf("<<");
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const key = line.slice(0, eq);
      if (!key) throw new RunnerFileError(`${label} line ${i + 1}: empty name in '${line}'`);
      out[key] = line.slice(eq + 1);
      continue;
    }
    if (heredoc > 0) {
      const key = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!delimiter) throw new RunnerFileError(`${label} line ${i + 1}: empty delimiter in '${line}'`);
      const value: string[] = [];
      let closed = false;
      for (i = i + 1; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]!);
      }
      if (!closed)
        throw new RunnerFileError(`${label}: matching delimiter not found '${delimiter}' for '${key}'`);
      out[key] = value.join("\n");
      continue;
    }
    throw new RunnerFileError(`${label} line ${i + 1}: invalid format '${line}'`);
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%25/g, "%");
}

function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/gi, "\r")
    .replace(/%0A/gi, "\n")
    .replace(/%3A/gi, ":")
    .replace(/%2C/gi, ",")
    .replace(/%25/g, "%");
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

/** `::cmd k=v,k2=v2::data` (and the legacy `##[cmd k=v;]data`) or null for an ordinary line. */
export function parseWorkflowCommand(rawLine: string): WorkflowCommand | null {
  const line = rawLine.replace(/\r$/, "").trimStart();
  if (line.startsWith("::")) {
    const end = line.indexOf("::", 2);
    if (end < 0) return null;
    const head = line.slice(2, end);
    const data = unescapeData(line.slice(end + 2));
    const space = head.indexOf(" ");
    const command = (space < 0 ? head : head.slice(0, space)).trim();
    if (!command) return null;
    const properties: Record<string, string> = {};
    if (space >= 0) {
      for (const pair of head.slice(space + 1).split(",")) {
        const eq = pair.indexOf("=");
        if (eq <= 0) continue;
        properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
      }
    }
    return { command, properties, data };
  }
  const legacy = /^##\[([^\] ]+)(?: ([^\]]*))?\](.*)$/.exec(line);
  if (legacy) {
    const properties: Record<string, string> = {};
    for (const pair of (legacy[2] ?? "").split(";")) {
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    return { command: legacy[1]!, properties, data: unescapeData(legacy[3] ?? "") };
  }
  return null;
}

export interface CommandLog {
  annotations: Annotation[];
  /** Values registered with ::add-mask:: (the token must be among them). */
  masks: string[];
  /** Legacy ::set-output:: values (the runner still honours them, with a deprecation warning). */
  legacyOutputs: Record<string, string>;
  debug: string[];
  groups: string[];
}

function toInt(v: string | undefined): number | undefined {
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Processes workflow commands in the order they were printed, honouring
 * `::stop-commands::TOKEN` … `::TOKEN::` as the runner does.
 */
export function parseCommandStream(text: string): CommandLog {
  const log: CommandLog = { annotations: [], masks: [], legacyOutputs: {}, debug: [], groups: [] };
  let stopToken: string | null = null;
  for (const line of text.split("\n")) {
    const cmd = parseWorkflowCommand(line);
    if (!cmd) continue;
    if (stopToken !== null) {
      if (cmd.command === stopToken) stopToken = null;
      continue;
    }
    switch (cmd.command) {
      case "stop-commands":
        stopToken = cmd.data;
        break;
      case "error":
      case "warning":
      case "notice": {
        const a: Annotation = { level: cmd.command, message: cmd.data };
        const p = cmd.properties;
        if (p.file) a.file = p.file;
        const lineNo = toInt(p.line);
        if (lineNo !== undefined) a.line = lineNo;
        const endLine = toInt(p.endLine);
        if (endLine !== undefined) a.endLine = endLine;
        const col = toInt(p.col);
        if (col !== undefined) a.col = col;
        const endColumn = toInt(p.endColumn);
        if (endColumn !== undefined) a.endColumn = endColumn;
        if (p.title) a.title = p.title;
        log.annotations.push(a);
        break;
      }
      case "add-mask":
        if (cmd.data) log.masks.push(cmd.data);
        break;
      case "set-output":
        if (cmd.properties.name) log.legacyOutputs[cmd.properties.name] = cmd.data;
        break;
      case "debug":
        log.debug.push(cmd.data);
        break;
      case "group":
        log.groups.push(cmd.data);
        break;
      default:
        break;
    }
  }
  return log;
}
