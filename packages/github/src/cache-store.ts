/*
 * The Actions cache through @actions/cache v6 (cache service v2: twirp calls to
 * ACTIONS_RESULTS_URL, archives to and from signed blob-storage URLs; v1, ACTIONS_CACHE_URL, on
 * GHES). Loaded on first use. @actions/cache itself turns service errors on restore into a
 * warning and a miss, and on save into a warning; this adapter keeps that contract: a cache that
 * cannot be reached never fails the step.
 */

export interface ActionsCacheStore {
  /** Restores the directory saved under exactly `key` to `dir`; false on a miss. */
  restore(dir: string, key: string): Promise<boolean>;
  /** Saves `dir` under `key`; false when nothing was saved (key exists, service declined…). */
  save(dir: string, key: string): Promise<boolean>;
}

/** Why the Actions cache cannot be used here, or null when it can. */
export function cacheUnavailableReason(env: NodeJS.ProcessEnv = process.env): string | null {
  if (!env.ACTIONS_RUNTIME_TOKEN) return "not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN)";
  const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2);
  const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL;
  if (!url) return `the runner did not provide ${v2 ? "ACTIONS_RESULTS_URL" : "ACTIONS_CACHE_URL"}`;
  return null;
}

export function createCacheStore(): ActionsCacheStore {
  return {
    async restore(dir, key) {
      const cache = await import("@actions/cache");
      const hit = await cache.restoreCache([dir], key, [], { lookupOnly: false });
      return hit === key;
    },
    async save(dir, key) {
      const cache = await import("@actions/cache");
      const id = await cache.saveCache([dir], key);
      return id !== -1;
    },
  };
}
