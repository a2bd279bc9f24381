import type { Logger } from "@mlops/core";
import { isAmbiguousFailure, translateGitHubError } from "./errors.js";

/*
 * A POST that failed ambiguously (a 5xx — GitHub's edge answers 502 even when the write
 * committed — or a dropped / timed-out connection) may have landed. Re-sending it blindly
 * duplicates comments, check runs, releases, issues. createOnce asks `findExisting` (which looks
 * for the marker / idempotency field the create carried) before each re-send.
 */

export interface CreateOnceOptions<T> {
  /** What is being created, for logs and errors ("the sticky comment on #7"). */
  what: string;
  create: () => Promise<T>;
  /** Finds what an earlier attempt created (by a hidden marker, external_id, tag, payload key). */
  findExisting: () => Promise<T | undefined>;
  /** Create attempts in all (default 4). */
  attempts?: number;
  /** Backoff unit between attempts: 1, 4, 9… × this (default 1000 ms). */
  baseDelayMs?: number;
  logger?: Logger;
}

export interface CreateOnceResult<T> {
  value: T;
  /** True when an earlier attempt had landed and was found instead of re-sending. */
  recovered: boolean;
  attempts: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function createOnce<T>(options: CreateOnceOptions<T>): Promise<CreateOnceResult<T>> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const base = options.baseDelayMs ?? 1000;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      const existing = await options.findExisting();
      if (existing !== undefined) {
        options.logger?.info(`${options.what}: the earlier attempt had landed; not sending it again`);
        return { value: existing, recovered: true, attempts: attempt - 1 };
      }
      await sleep((attempt - 1) ** 2 * base);
    }
    try {
      return { value: await options.create(), recovered: false, attempts: attempt };
    } catch (error) {
      // The client already translated a final 5xx into a GitHubApiError that keeps the status.
      if (!isAmbiguousFailure(error)) throw error;
      lastError = error;
      options.logger?.debug(
        `${options.what}: attempt ${attempt} failed ambiguously (${(error as Error).message})`,
      );
    }
  }
  const existing = await options.findExisting();
  if (existing !== undefined) return { value: existing, recovered: true, attempts };
  throw translateGitHubError(lastError, attempts);
}
