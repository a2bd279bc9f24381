/*
 * Workflow artifacts through @actions/artifact v6 (the Actions results service: twirp calls to
 * ACTIONS_RESULTS_URL, then the zip goes to the signed blob-storage URL it returns). The module
 * is loaded on first upload: it pulls in @azure/storage-blob, archiver and @actions/core, which a
 * step that uploads nothing must not pay for at start-up.
 */

export interface ArtifactUploadResult {
  id: number | null;
  size: number | null;
}

export interface ActionsArtifactStore {
  upload(name: string, rootDirectory: string, files: string[]): Promise<ArtifactUploadResult>;
}

/** True when the host is GitHub Enterprise Server, where @actions/artifact v2+ cannot upload. */
export function isGhesServer(env: NodeJS.ProcessEnv = process.env): boolean {
  const host = new URL(env.GITHUB_SERVER_URL || "https://github.com").hostname.trimEnd().toUpperCase();
  return host !== "GITHUB.COM" && !host.endsWith(".GHE.COM") && !host.endsWith(".LOCALHOST");
}

/**
 * Why artifacts cannot be uploaded here, or null when they can: the runner gives actions
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL; outside Actions (or on GHES) there is no service.
 */
export function artifactsUnavailableReason(env: NodeJS.ProcessEnv = process.env): string | null {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return "not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL)";
  }
  if (isGhesServer(env)) {
    return "GitHub Enterprise Server is not supported by @actions/artifact v6 (use actions/upload-artifact@v3-node20 there)";
  }
  return null;
}

export interface ArtifactStoreOptions {
  retentionDays?: number;
  /**
   * Delete an artifact of the same name in this workflow run before uploading. For re-runs
   * (GITHUB_RUN_ATTEMPT > 1): names are unique per run, and a re-run job is the same run.
   */
  replaceExisting?: boolean;
}

export function createArtifactStore(options: ArtifactStoreOptions = {}): ActionsArtifactStore {
  return {
    async upload(name, rootDirectory, files) {
      const { DefaultArtifactClient } = await import("@actions/artifact");
      const client = new DefaultArtifactClient();
      if (options.replaceExisting) {
        const { artifacts } = await client.listArtifacts({ latest: true });
        if (artifacts.some((a) => a.name === name)) await client.deleteArtifact(name);
      }
      try {
        const result = await client.uploadArtifact(
          name,
          files,
          rootDirectory,
          options.retentionDays ? { retentionDays: options.retentionDays } : {},
        );
        return { id: result.id ?? null, size: result.size ?? null };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (/\(409\)|already exists/.test(message)) {
          throw new Error(
            `an artifact named '${name}' already exists in this workflow run (names are unique per run; in a matrix give each job its own, e.g. artifact-name: model-\${{ strategy.job-index }})`,
            { cause: error },
          );
        }
        throw error;
      }
    },
  };
}
