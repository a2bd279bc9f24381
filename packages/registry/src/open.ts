import path from "node:path";
import { ConfigurationError, isConfigurationError, type Logger, type RunContext } from "@mlops/core";
import { DirectoryArtifactStore } from "./directory-artifact-store.js";
import type { GitHubRepo } from "./github-api.js";
import { IndexedRegistry } from "./indexed-registry.js";
import { LocalIndexStore } from "./local-index-store.js";
import { ociArtifactStore } from "./oci-artifact-store.js";
import type { ArtifactStore, IndexStore } from "./ports.js";
import { ReleaseArtifactStore } from "./release-artifact-store.js";
import type { Registry } from "./types.js";

export type RegistryBackend = "auto" | "local" | "github";

/** What an artifact store may be built from: the run, and the backend the index lives in. */
export interface ArtifactStoreContext {
  ctx: RunContext;
  logger: Logger;
  /** The registry directory (backend local), else null. */
  root: string | null;
  /** The repository's API (backend github), else null. */
  github: GitHubRepo | null;
  /** mlops.yml registry.oci: the OCI repository of the oci store (host/name), else null. */
  oci?: string | null;
  /** The step's token (for ghcr.io when no other OCI credentials are found), else null. */
  token?: string | null;
}

function needs<T>(value: T | null, store: string, backend: string): T {
  if (value === null) {
    throw new ConfigurationError(
      `registry: the ${store} artifact store works with the ${backend} backend only`,
      {
        code: "input-invalid",
      },
    );
  }
  return value;
}

/**
 * Where new versions' files go, by name; the index stays with the backend. Adding a store is
 * one file implementing ArtifactStore (ports.ts) and one line here.
 */
export const ARTIFACT_STORES = {
  directory: (c: ArtifactStoreContext) =>
    new DirectoryArtifactStore({ root: needs(c.root, "directory", "local"), logger: c.logger }),
  "release-assets": (c: ArtifactStoreContext) =>
    new ReleaseArtifactStore({
      api: needs(c.github, "release-assets", "github"),
      logger: c.logger,
      ctx: c.ctx,
    }),
  oci: (c: ArtifactStoreContext) => ociArtifactStore(c.oci ?? null, c.logger, c.token ?? null),
} satisfies Record<string, (context: ArtifactStoreContext) => ArtifactStore>;

export type ArtifactStoreName = keyof typeof ARTIFACT_STORES;

export interface OpenRegistryOptions {
  backend: RegistryBackend;
  /** Local registry directory (default .mlops/registry under the workspace). */
  path?: string;
  /** Token for the GitHub backend (contents: write to register or move aliases; read to resolve). */
  token?: string;
  ctx: RunContext;
  logger: Logger;
  /** GitHub backend: the registry branch (default mlops-registry). */
  branch?: string;
  /** Where the files of new versions go (default: directory for local, release-assets for github). */
  artifacts?: ArtifactStoreName;
  /** The OCI repository (host/name) of the oci artifact store. */
  oci?: string;
}

export const DEFAULT_LOCAL_REGISTRY = ".mlops/registry";

/**
 * Opens the registry a step should use. `auto` picks GitHub inside Actions when a token is
 * there, else the local directory; the choice is logged. The GitHub backend (and octokit) is
 * loaded only when chosen.
 */
export async function openRegistry(options: OpenRegistryOptions): Promise<Registry> {
  const { ctx, logger } = options;
  const token = options.token?.trim() || undefined;
  let backend = options.backend;
  const auto = backend === "auto";
  if (backend !== "auto" && backend !== "local" && backend !== "github") {
    throw new ConfigurationError(
      `registry: expected one of 'auto', 'local', 'github', found ${JSON.stringify(backend)}`,
      { code: "input-invalid" },
    );
  }
  if (backend === "auto") {
    const github = ctx.inActions && Boolean(token) && Boolean(ctx.repository);
    backend = github ? "github" : "local";
    logger.info(
      github
        ? `registry: auto → github (running in GitHub Actions with a token; registry branch of ${ctx.repository})`
        : `registry: auto → local (${ctx.inActions ? "no token given" : "not running in GitHub Actions"})`,
    );
  }
  if (backend === "local") {
    const root = path.resolve(ctx.workspace, options.path?.trim() || DEFAULT_LOCAL_REGISTRY);
    (auto ? logger.debug : logger.info).call(logger, `registry: local directory ${root}`);
    const indexes = new LocalIndexStore({ root, logger });
    return registryOver(indexes, options.artifacts ?? "directory", {
      ctx,
      logger,
      root,
      github: null,
      oci: options.oci ?? null,
      token: token ?? null,
    });
  }
  if (!token) {
    throw new ConfigurationError(
      "registry: github needs a token: pass token: ${{ github.token }} (with permissions: contents: write to register, contents: read to resolve)",
      { code: "token-missing" },
    );
  }
  if (!ctx.repository) {
    throw new ConfigurationError("registry: github needs the repository (GITHUB_REPOSITORY is not set)", {
      code: "repository-missing",
    });
  }
  const { openGitHubApi, GitHubIndexStore } = await import("./github-registry.js");
  const github = await openGitHubApi({ token, ctx, logger });
  const indexes = new GitHubIndexStore({
    api: github,
    logger,
    ...(options.branch ? { branch: options.branch } : {}),
  });
  return registryOver(indexes, options.artifacts ?? "release-assets", {
    ctx,
    logger,
    root: null,
    github,
    oci: options.oci ?? null,
    token,
  });
}

function registryOver(indexes: IndexStore, artifacts: string, context: ArtifactStoreContext): Registry {
  if (!Object.hasOwn(ARTIFACT_STORES, artifacts)) {
    throw new ConfigurationError(
      `registry artifacts: expected one of ${Object.keys(ARTIFACT_STORES)
        .map((name) => `'${name}'`)
        .join(", ")}, found ${JSON.stringify(artifacts)}`,
      { code: "input-invalid" },
    );
  }
  const store = ARTIFACT_STORES[artifacts as ArtifactStoreName](context);
  // The other stores this backend can reach read the versions stored before a switch of store.
  const readers = Object.entries(ARTIFACT_STORES)
    .filter(([name]) => name !== artifacts)
    .flatMap(([, make]) => {
      try {
        return [make(context)];
      } catch (error) {
        if (isConfigurationError(error)) return [];
        throw error;
      }
    });
  return new IndexedRegistry({
    indexes,
    artifacts: store,
    readers,
    logger: context.logger,
    ctx: context.ctx,
  });
}
