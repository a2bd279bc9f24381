import { withConfigFallback, type StepContext } from "@mlops/action-runtime";
import { assertDeployed, deployConfigSection, runDeployStep } from "@mlops/deploy";

/*
 * deploy-model: resolve a registered version, record a GitHub Deployment, run the target,
 * check health, move the environment alias or roll back. The logic is @mlops/deploy's
 * runDeployStep, shared with `mlops deploy`; this file only wires the GitHub recorder.
 */
export async function main({ io, ctx, config }: StepContext): Promise<void> {
  const input = withConfigFallback(io.input, deployConfigSection(config));
  const result = await runDeployStep({
    io,
    ctx,
    input,
    githubRecorder: async (token) => {
      const { createGitHubClient, GitHubDeployments, splitRepository } = await import("@mlops/github");
      const client = createGitHubClient({ token, ctx, logger: io.logger });
      return new GitHubDeployments(client, {
        ...splitRepository(ctx.repository),
        defaultRef: ctx.sha,
        serverUrl: ctx.serverUrl,
      });
    },
  });
  assertDeployed(result);
}
