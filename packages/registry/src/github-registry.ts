import { ConfigurationError, type Logger, type RunContext } from "@mlops/core";
import type { Registry } from "./types.js";

export async function openGitHubRegistry(options: {
  token: string;
  ctx: RunContext;
  logger: Logger;
  branch?: string | undefined;
}): Promise<Registry> {
  void options;
  throw new ConfigurationError(
    "registry: the github backend is not available in this build yet; use registry: local",
    {
      code: "not-implemented",
    },
  );
}
