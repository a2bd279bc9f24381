import { pathMatcher } from "./http.js";

/*
 * Fault injection per route: what GitHub (or the network in front of it) does on a bad day.
 * A fault matches a method and a path (a route template like
 * "/repos/{owner}/{repo}/issues/{issue_number}/comments", a literal path, or a RegExp) and fires
 * for `times` matching requests after letting `skip` through.
 */

export type FaultAction =
  /** Answer this status without touching state (5xx: GitHub's "Server Error" / an HTML 502). */
  | { kind: "status"; status: 500 | 502 | 503 | 504 }
  /**
   * A rate limit. primary: x-ratelimit-remaining 0 and x-ratelimit-reset `resetAfter` seconds
   * ahead; secondary: GitHub's "secondary rate limit" message. Retry-After only when given.
   */
  | {
      kind: "rate-limit";
      status: 403 | 429;
      limit: "primary" | "secondary";
      retryAfter?: number;
      resetAfter?: number;
    }
  /** Wait before handling (the request still succeeds unless another fault also fires). */
  | { kind: "latency"; ms: number }
  /** Destroy the socket without answering (before the write is applied). */
  | { kind: "drop" }
  /** Apply the write, then answer `status` (or drop the connection): the ambiguous failure. */
  | { kind: "commit-then-fail"; status: 500 | 502 | 503 | 504 | "drop" };

export interface FaultSpec {
  method?: string;
  path: string | RegExp;
  /** How many matching requests fire the fault (default 1; Infinity for all). */
  times?: number;
  /** Let this many matching requests through first. */
  skip?: number;
  action: FaultAction;
}

export class Fault {
  /** Matching requests seen (including skipped ones). */
  seen = 0;
  /** Requests the fault fired on. */
  fired = 0;
  readonly matches: (method: string, path: string) => boolean;
  constructor(readonly spec: FaultSpec) {
    const m = pathMatcher(spec.path);
    const method = spec.method?.toUpperCase();
    this.matches = (reqMethod, path) => (!method || method === reqMethod) && m(path);
  }
  get exhausted(): boolean {
    return this.fired >= (this.spec.times ?? 1);
  }
}

type Match = { method?: string; path: string | RegExp; times?: number; skip?: number };

export class FaultInjector {
  readonly active: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const f = new Fault(spec);
    this.active.push(f);
    return f;
  }

  /** N× 500/502/503/504. */
  serverError(match: Match, status: 500 | 502 | 503 | 504 = 502): Fault {
    return this.add({ ...match, action: { kind: "status", status } });
  }

  /** A primary (remaining 0) or secondary rate limit, as 403 or 429, with optional Retry-After. */
  rateLimit(
    match: Match,
    options: {
      status?: 403 | 429;
      limit?: "primary" | "secondary";
      retryAfter?: number;
      resetAfter?: number;
    } = {},
  ): Fault {
    const action: FaultAction = {
      kind: "rate-limit",
      status: options.status ?? 429,
      limit: options.limit ?? "secondary",
    };
    if (options.retryAfter !== undefined) action.retryAfter = options.retryAfter;
    if (options.resetAfter !== undefined) action.resetAfter = options.resetAfter;
    return this.add({ ...match, action });
  }

  latency(match: Match, ms: number): Fault {
    return this.add({ ...match, times: match.times ?? Infinity, action: { kind: "latency", ms } });
  }

  drop(match: Match): Fault {
    return this.add({ ...match, action: { kind: "drop" } });
  }

  /** The write lands, but the client sees a 502 (or a dropped connection). */
  commitThenFail(match: Match, status: 500 | 502 | 503 | 504 | "drop" = 502): Fault {
    return this.add({ ...match, action: { kind: "commit-then-fail", status } });
  }

  clear(): void {
    this.active.length = 0;
  }

  /** The faults that fire for this request, in the order they were added (consumes them). */
  take(method: string, path: string): FaultAction[] {
    const out: FaultAction[] = [];
    for (const f of this.active) {
      if (f.exhausted || !f.matches(method, path)) continue;
      f.seen++;
      if (f.seen <= (f.spec.skip ?? 0)) continue;
      f.fired++;
      out.push(f.spec.action);
    }
    return out;
  }
}
