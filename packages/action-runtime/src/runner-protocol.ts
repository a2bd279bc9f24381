import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";

/*
 * The Actions runner's protocol (workflow commands on stdout, env files), byte-compatible with
 * @actions/core 3 — runner-protocol.test.ts compares the two on random inputs. We do not bundle
 * @actions/core itself: its entry point eagerly loads undici through the OIDC client, which
 * alone costs ~90 ms at every step's start (more than twice a bare `node`).
 */

export interface CommandProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  name?: string;
}

export function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return "";
  if (typeof input === "string" || input instanceof String) return input as string;
  return JSON.stringify(input);
}

function escapeData(s: unknown): string {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(s: unknown): string {
  return toCommandValue(s)
    .replace(/%/g, "%25")
    .replace(/\r/g, "%0D")
    .replace(/\n/g, "%0A")
    .replace(/:/g, "%3A")
    .replace(/,/g, "%2C");
}

export function formatCommand(command: string, properties: CommandProperties, message: unknown): string {
  let out = `::${command}`;
  const entries = Object.entries(properties).filter(([, v]) => v !== undefined && v !== null && v !== "");
  if (entries.length) {
    out += " " + entries.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",");
  }
  return `${out}::${escapeData(message)}`;
}

export function issueCommand(command: string, properties: CommandProperties, message: unknown): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL);
}

export function prepareKeyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const converted = toCommandValue(value);
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

function issueFileCommand(envVar: string, message: string): void {
  const file = process.env[envVar];
  if (!file) throw new Error(`Unable to find environment variable for file command ${envVar}`);
  appendFileSync(file, `${message}${EOL}`, { encoding: "utf8" });
}

/** INPUT_<NAME>, spaces → '_', upper-cased, trimmed; "" when not set. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand("GITHUB_OUTPUT", prepareKeyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}

export function exportVariable(name: string, value: unknown): void {
  process.env[name] = toCommandValue(value);
  if (process.env.GITHUB_ENV) {
    issueFileCommand("GITHUB_ENV", prepareKeyValueMessage(name, value));
    return;
  }
  issueCommand("set-env", { name }, toCommandValue(value));
}

export function setSecret(secret: string): void {
  issueCommand("add-mask", {}, secret);
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === "1";
}

export function debug(message: string): void {
  issueCommand("debug", {}, message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function annotate(
  kind: "error" | "warning" | "notice",
  message: unknown,
  properties: CommandProperties = {},
): void {
  issueCommand(kind, properties, message instanceof Error ? message.toString() : message);
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  annotate("error", message);
}

export function startGroup(name: string): void {
  issueCommand("group", {}, name);
}

export function endGroup(): void {
  issueCommand("endgroup", {}, "");
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

/** Appends Markdown to the job summary file, when the runner gave one. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  appendFileSync(file, markdown.endsWith(EOL) ? markdown : markdown + EOL, { encoding: "utf8" });
}
