import { ConfigurationError, redact, type Logger } from "@mlops/core";
import { describeFetchError, redactUrl, truncate } from "../health.js";
import { formatSeconds } from "../process.js";
import { TargetError, type DeployedModel, type DeployTarget, type TargetResult } from "../types.js";

export interface HttpTargetOptions {
  url: string;
  /** Extra request headers (an Authorization header for the hook, say); values are masked. */
  headers: Record<string, string>;
  /** Time limit of each attempt. */
  timeoutMs: number;
  /** Attempts after the first one, on 5xx, 429, timeouts and connection errors. */
  retries: number;
  /** First backoff; doubles each retry (capped at 30 s); a Retry-After header wins. */
  backoffMs: number;
  logger: Logger;
  sleep: (ms: number) => Promise<void>;
  fetch: typeof fetch;
  /** Facts added to the payload (repository, sha, run url). */
  provenance?: Record<string, string | null>;
}

const PUBLIC_HEADERS = new Set(["accept", "content-type", "user-agent"]);

/** Parses `http-headers`: one `Name: value` per line. */
export function parseHeaders(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!text) return out;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new ConfigurationError(
        `input 'http-headers' line ${i + 1}: expected 'Name: value', found ${JSON.stringify(truncate(line.split(":")[0] ?? line, 40))}`,
        { code: "input-invalid" },
      );
    }
    out[name.toLowerCase()] = line.slice(colon + 1).trim();
  });
  return out;
}

export function checkHttpUrl(url: string, input: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigurationError(
      `input '${input}': expected an http(s) URL, found ${JSON.stringify(truncate(url, 80))}`,
      {
        code: "input-invalid",
      },
    );
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new ConfigurationError(
      `input '${input}': expected an http(s) URL, found the scheme ${parsed.protocol}`,
      {
        code: "input-invalid",
      },
    );
  }
  return parsed;
}

/** The JSON body the hook receives. */
export function deployPayload(model: DeployedModel, provenance: Record<string, string | null> = {}) {
  return {
    kind: "mlops.deploy-request",
    model: model.name,
    version: model.version,
    modelUri: model.uri,
    environment: model.environment,
    role: model.role,
    deploymentId: model.deploymentId,
    files: model.files,
    ...provenance,
  };
}

/**
 * POSTs the model's identity to a serving endpoint's reload hook. 5xx answers, 429, timeouts
 * and connection errors are retried with exponential backoff; any other 4xx is the hook
 * refusing the request and fails at once (retrying would not change its mind).
 */
export class HttpTarget implements DeployTarget {
  readonly kind = "http" as const;
  constructor(private readonly options: HttpTargetOptions) {
    // Headers carry credentials (Authorization, X-Api-Key…); only plainly public ones stay readable.
    for (const [name, value] of Object.entries(options.headers)) {
      if (!PUBLIC_HEADERS.has(name)) options.logger.setSecret(value);
    }
  }

  describe(): string {
    return `http POST ${redactUrl(this.options.url)}`;
  }

  async deploy(model: DeployedModel): Promise<TargetResult> {
    const { logger, retries, timeoutMs } = this.options;
    const body = JSON.stringify(deployPayload(model, this.options.provenance));
    const attempts = retries + 1;
    const where = redactUrl(this.options.url);
    let lastProblem = "";
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let waitMs = Math.min(30_000, this.options.backoffMs * 2 ** (attempt - 1));
      try {
        const response = await this.options.fetch(this.options.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "user-agent": "mlops-actions deploy-model",
            ...this.options.headers,
          },
          body,
          redirect: "manual",
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await response.text().catch(() => "");
        // The reply may echo the request (an Authorization header): redacted before it is shown.
        const snippet = text.trim() ? `: ${truncate(redact(text.trim().replace(/\s+/g, " ")), 200)}` : "";
        if (response.status >= 200 && response.status < 300) {
          logger.info(`POST ${where} → HTTP ${response.status} (attempt ${attempt} of ${attempts})`);
          return {
            detail: `POST ${where} answered HTTP ${response.status} on attempt ${attempt} of ${attempts}`,
          };
        }
        lastProblem = `HTTP ${response.status}${snippet}`;
        const retryable = response.status >= 500 || response.status === 429;
        if (!retryable) {
          throw new TargetError(
            `POST ${where} answered ${lastProblem} on attempt ${attempt}; ${response.status >= 400 ? "a 4xx answer is not retried" : "redirects are not followed"}`,
          );
        }
        const retryAfter = retryAfterMs(response.headers.get("retry-after"));
        if (retryAfter !== null) waitMs = Math.min(retryAfter, 120_000);
      } catch (error) {
        if (error instanceof TargetError) throw error;
        lastProblem = describeFetchError(error, timeoutMs);
      }
      if (attempt < attempts) {
        logger.warning(
          `POST ${where}: ${truncate(lastProblem, 200)} (attempt ${attempt} of ${attempts}); retrying in ${formatSeconds(waitMs)}`,
        );
        await this.options.sleep(waitMs);
      }
    }
    throw new TargetError(`POST ${where} failed after ${attempts} attempt(s); last: ${lastProblem}`);
  }
}

/** Retry-After: seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
