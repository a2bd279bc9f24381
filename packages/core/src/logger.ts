import type { SourceLocation } from "./errors.js";
import { registerSecret } from "./redact.js";

/**
 * Everything a package may say to the user. Packages take a Logger as a parameter and never
 * import @actions/core: the action wires an @actions/core logger, the CLI a console one, tests
 * a MemoryLogger.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, location?: AnnotationProperties): void;
  warning(message: string, location?: AnnotationProperties): void;
  error(message: string, location?: AnnotationProperties): void;
  /** Runs fn inside a collapsible group (a `::group::` on Actions, an indented block locally). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value that must never appear in logs. */
  setSecret(value: string): void;
}

export interface AnnotationProperties extends SourceLocation {
  title?: string;
  endLine?: number;
}

export interface LogEntry {
  level: "debug" | "info" | "notice" | "warning" | "error";
  message: string;
  location?: AnnotationProperties;
  group?: string;
}

/** Records everything; for tests. */
export class MemoryLogger implements Logger {
  readonly entries: LogEntry[] = [];
  private readonly secrets = new Set<string>();
  private currentGroup: string | undefined;

  private push(level: LogEntry["level"], message: string, location?: AnnotationProperties): void {
    let text = message;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length))
      text = text.split(secret).join("***");
    const entry: LogEntry = { level, message: text };
    if (location) entry.location = location;
    if (this.currentGroup !== undefined) entry.group = this.currentGroup;
    this.entries.push(entry);
  }
  debug(message: string): void {
    this.push("debug", message);
  }
  info(message: string): void {
    this.push("info", message);
  }
  notice(message: string, location?: AnnotationProperties): void {
    this.push("notice", message, location);
  }
  warning(message: string, location?: AnnotationProperties): void {
    this.push("warning", message, location);
  }
  error(message: string, location?: AnnotationProperties): void {
    this.push("error", message, location);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.currentGroup;
    this.currentGroup = name;
    try {
      return await fn();
    } finally {
      this.currentGroup = previous;
    }
  }
  setSecret(value: string): void {
    // The credential after `Bearer`/`Basic`/`token` too (redact.ts), and known to redact().
    if (value) for (const part of [value, ...registerSecret(value)]) this.secrets.add(part);
  }
  messages(level?: LogEntry["level"]): string[] {
    return this.entries.filter((e) => level === undefined || e.level === level).map((e) => e.message);
  }
}

/** Plain terminal output for the CLI: info to stdout, problems to stderr. */
export class ConsoleLogger implements Logger {
  private depth = 0;
  private readonly secrets = new Set<string>();
  constructor(
    private readonly options: {
      verbose?: boolean;
      out?: (line: string) => void;
      err?: (line: string) => void;
    } = {},
  ) {}

  private write(stream: "out" | "err", message: string): void {
    let text = message;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length))
      text = text.split(secret).join("***");
    const indent = "  ".repeat(this.depth);
    const lines = text.split("\n").map((l) => indent + l);
    const sink =
      stream === "out"
        ? (this.options.out ?? ((l: string) => process.stdout.write(l + "\n")))
        : (this.options.err ?? ((l: string) => process.stderr.write(l + "\n")));
    for (const line of lines) sink(line);
  }
  private where(location?: AnnotationProperties): string {
    if (!location?.file) return "";
    let s = location.file;
    if (location.line !== undefined) s += `:${location.line}`;
    if (typeof location.column === "number") s += `:${location.column}`;
    return s + ": ";
  }
  debug(message: string): void {
    if (this.options.verbose) this.write("err", `debug: ${message}`);
  }
  info(message: string): void {
    this.write("out", message);
  }
  notice(message: string, location?: AnnotationProperties): void {
    this.write("out", `${this.where(location)}${message}`);
  }
  warning(message: string, location?: AnnotationProperties): void {
    this.write("err", `warning: ${this.where(location)}${message}`);
  }
  error(message: string, location?: AnnotationProperties): void {
    this.write("err", `error: ${this.where(location)}${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.write("out", `▸ ${name}`);
    this.depth++;
    try {
      return await fn();
    } finally {
      this.depth--;
    }
  }
  setSecret(value: string): void {
    if (value) for (const part of [value, ...registerSecret(value)]) this.secrets.add(part);
  }
}

/** Discards everything. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  notice() {},
  warning() {},
  error() {},
  group: (_name, fn) => fn(),
  setSecret() {},
};
