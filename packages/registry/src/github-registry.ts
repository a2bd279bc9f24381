import type { Logger, RunContext } from "@mlops/core";
import { gitHubRepo, type GitHubRepo, type GitHubRequest, type WriteRetry } from "./github-api.js";
import { GitHubIndexStore } from "./github-index-store.js";
import { IndexedRegistry } from "./indexed-registry.js";
import { ReleaseArtifactStore } from "./release-artifact-store.js";

/*
 * The registry inside the GitHub repository itself: nothing to host, only GITHUB_TOKEN. The
 * registry core over the index on an orphan branch (github-index-store.ts: one Git Data API
 * commit per change, published by a fast-forward-only ref update) and the files as release
 * assets (release-artifact-store.ts: a draft release staged before the index commit, published
 * after it).
 */

export { DEFAULT_REGISTRY_BRANCH, GitHubIndexStore } from "./github-index-store.js";
export { assetNameFor, ReleaseArtifactStore, type ReleaseStorage } from "./release-artifact-store.js";
export type { GitHubRepo, GitHubRequest };

export interface GitHubRegistryOptions {
  request: GitHubRequest;
  repository: string;
  logger: Logger;
  ctx?: RunContext | null;
  branch?: string;
  /** Bound on compare-and-swap retries of one change (default 40). */
  maxAttempts?: number;
  /** Backoff between retries: full jitter in [0, min(maxDelayMs, baseDelayMs·2^attempt)]. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  maxDownloadBytes?: number;
  /** Retries of one write after a transient fault (a 5xx, a dropped connection). */
  retry?: WriteRetry;
  /** Pack a directory of more files than this into one tar asset (release-artifact-store.ts). */
  packThreshold?: number;
}

export class GitHubRegistry extends IndexedRegistry {
  constructor(options: GitHubRegistryOptions) {
    const api = gitHubRepo(options.request, options.repository);
    super({
      indexes: new GitHubIndexStore({ ...options, api }),
      artifacts: new ReleaseArtifactStore({ ...options, api }),
      logger: options.logger,
      ctx: options.ctx ?? null,
      ...(options.maxDownloadBytes !== undefined ? { maxDownloadBytes: options.maxDownloadBytes } : {}),
    });
  }
}

/**
 * The repository's API over the shared client (@mlops/github: retries, throttling,
 * GITHUB_API_URL). Loaded only when the github backend is chosen (open.ts).
 */
export async function openGitHubApi(options: {
  token: string;
  ctx: RunContext;
  logger: Logger;
}): Promise<GitHubRepo> {
  const { createGitHubClient } = await import("@mlops/github");
  const client = createGitHubClient({ token: options.token, ctx: options.ctx, logger: options.logger });
  return gitHubRepo((route, params) => client.request(route, params), options.ctx.repository!);
}
