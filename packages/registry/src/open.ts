import path from "node:path";
import { ConfigurationError, type Logger, type RunContext } from "@mlops/core";
import { LocalRegistry } from "./local-registry.js";
import type { Registry } from "./types.js";

export type RegistryBackend = "auto" | "local" | "github";

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
    return new LocalRegistry({ root, logger, ctx });
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
  const { openGitHubRegistry } = await import("./github-registry.js");
  return await openGitHubRegistry({ token, ctx, logger, branch: options.branch });
}
