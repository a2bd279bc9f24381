import { redact, redactUrl as coreRedactUrl, type Logger } from "@mlops/core";
import { describeShellResult, formatSeconds, runShell } from "./process.js";
import type { HealthCheckOptions, HealthResult, Measurement, MeasurementPhase } from "./types.js";

/*
 * Health checks after a deploy, with the semantics of an Argo Rollouts analysis run:
 * `count` measurements `interval` apart; the check fails as soon as more than `failureLimit`
 * measurements failed, or more than `consecutiveErrorLimit` in a row gave no data at all.
 * A measurement without data (timeout, connection refused, command not found) also counts as
 * a failure, and a check that ends without a single healthy measurement fails: silence is
 * never health.
 */

export const DEFAULT_HEALTH: Omit<HealthCheckOptions, "command" | "url"> = {
  count: 3,
  intervalMs: 5_000,
  timeoutMs: 10_000,
  initialDelayMs: 0,
  failureLimit: 0,
  consecutiveErrorLimit: 4,
};

export interface HealthDeps {
  logger: Logger;
  env: NodeJS.ProcessEnv;
  cwd: string;
  sleep: (ms: number) => Promise<void>;
  fetch: typeof fetch;
}

export function healthConfigured(options: HealthCheckOptions): boolean {
  return Boolean(options.command || options.url);
}

export function describeHealthCheck(options: HealthCheckOptions): string {
  const parts: string[] = [];
  if (options.url) parts.push(`GET ${redactUrl(options.url)} (expects 2xx)`);
  if (options.command)
    parts.push(`command ${JSON.stringify(truncate(options.command, 80))} (expects exit 0)`);
  return parts.join(" and ");
}

export async function runHealthCheck(
  options: HealthCheckOptions,
  deps: HealthDeps,
  env: Record<string, string>,
): Promise<HealthResult> {
  if (!healthConfigured(options)) {
    return {
      healthy: true,
      skipped: true,
      measurements: [],
      summary: "no health check configured (health-check-url or health-check-command)",
    };
  }
  const what = describeHealthCheck(options);
  const measurements: Measurement[] = [];
  let failures = 0;
  let consecutiveErrors = 0;
  let stopped: string | null = null;
  if (options.initialDelayMs > 0) await deps.sleep(options.initialDelayMs);
  for (let i = 1; i <= options.count; i++) {
    if (i > 1 && options.intervalMs > 0) await deps.sleep(options.intervalMs);
    const m = await measure(options, deps, env, i);
    measurements.push(m);
    deps.logger.info(`health ${i}/${options.count}: ${m.phase} (${m.detail})`);
    if (m.phase === "success") {
      consecutiveErrors = 0;
      continue;
    }
    failures++;
    consecutiveErrors = m.phase === "error" ? consecutiveErrors + 1 : 0;
    if (consecutiveErrors > options.consecutiveErrorLimit) {
      stopped = `${consecutiveErrors} measurements in a row gave no data (limit ${options.consecutiveErrorLimit})`;
      break;
    }
    if (failures > options.failureLimit) {
      stopped = `${failures} of ${i} measurements failed (failure limit ${options.failureLimit})`;
      break;
    }
  }
  const successes = measurements.filter((m) => m.phase === "success").length;
  if (!stopped && successes === 0) stopped = "no measurement was healthy";
  const last = [...measurements].reverse().find((m) => m.phase !== "success");
  if (stopped) {
    return {
      healthy: false,
      skipped: false,
      measurements,
      summary: `health check ${what} failed: ${stopped}; last: ${last?.detail ?? "none"}`,
    };
  }
  return {
    healthy: true,
    skipped: false,
    measurements,
    summary:
      `health check ${what} passed: ${successes} of ${measurements.length} measurements healthy` +
      (failures ? ` (${failures} failed, within the failure limit ${options.failureLimit})` : ""),
  };
}

async function measure(
  options: HealthCheckOptions,
  deps: HealthDeps,
  env: Record<string, string>,
  index: number,
): Promise<Measurement> {
  const started = performance.now();
  const results: { phase: MeasurementPhase; detail: string }[] = [];
  if (options.url) results.push(await measureUrl(options.url, options.timeoutMs, deps.fetch));
  if (options.command) {
    const r = await runShell(options.command, {
      cwd: deps.cwd,
      env: { ...deps.env, ...env },
      timeoutMs: options.timeoutMs,
      killGraceMs: 1_000,
      onLine: (line) => deps.logger.debug(`health-check-command: ${line}`),
      tailLines: 3,
    });
    const output = r.tail.filter((l) => l.trim()).slice(-1)[0];
    const suffix = output ? `; last output: ${truncate(output.trim(), 200)}` : "";
    if (r.exitCode === 0) results.push({ phase: "success", detail: "command exited 0" });
    else if (r.spawnError || r.timedOut || r.exitCode === 127)
      results.push({
        phase: "error",
        detail: `command ${describeShellResult(r, options.timeoutMs)}${suffix}`,
      });
    else
      results.push({
        phase: "failure",
        detail: `command ${describeShellResult(r, options.timeoutMs)}${suffix}`,
      });
  }
  // A measurement is as bad as its worst part: failure > error > success.
  const rank: Record<MeasurementPhase, number> = { success: 0, error: 1, failure: 2 };
  const worst = results.reduce((a, b) => (rank[b.phase] > rank[a.phase] ? b : a));
  return {
    index,
    phase: worst.phase,
    detail: results.map((r) => r.detail).join("; "),
    durationMs: performance.now() - started,
  };
}

async function measureUrl(
  url: string,
  timeoutMs: number,
  fetchImpl: typeof fetch,
): Promise<{ phase: MeasurementPhase; detail: string }> {
  try {
    const response = await fetchImpl(url, {
      method: "GET",
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "user-agent": "mlops-actions deploy-model health check" },
    });
    // Drain the body so the connection is released; its content is not judged.
    await response.arrayBuffer().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) {
      return { phase: "success", detail: `HTTP ${response.status}` };
    }
    return { phase: "failure", detail: `HTTP ${response.status} ${response.statusText}`.trim() };
  } catch (error) {
    return { phase: "error", detail: describeFetchError(error, timeoutMs) };
  }
}

/** `connection refused`, `timed out after 10 s`… from what fetch (undici) throws. */
export function describeFetchError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError")
    return `timed out after ${formatSeconds(timeoutMs)}`;
  const code = e?.cause?.code;
  const names: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ECONNRESET: "connection reset",
    ENOTFOUND: "host not found",
    EAI_AGAIN: "DNS lookup failed",
    ETIMEDOUT: "connection timed out",
    UND_ERR_SOCKET: "connection closed by the server",
    UND_ERR_CONNECT_TIMEOUT: "connect timed out",
    UND_ERR_HEADERS_TIMEOUT: "no response headers in time",
  };
  if (code && names[code]) return names[code];
  // undici's own text names the URL (with its credentials and query): redacted.
  return redact(e?.cause?.message ?? e?.message ?? String(error));
}

/** A URL without credentials or query string, for logs (tokens often travel there): core's redactUrl. */
export const redactUrl = coreRedactUrl;

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
