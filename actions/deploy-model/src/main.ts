import { runStep, type ActionHost } from "@mlops/action-runtime";
import { deployStep, type DeployServices } from "@mlops/deploy";
import type { StepServices } from "@mlops/core";

/** GitHub Deployments as the deployment recorder (the step falls back to the local log without a token). */
export const githubDeployments: StepServices<unknown, DeployServices> = (_options, { run: ctx, logger }) => ({
  githubRecorder: async (token) => {
    const { createGitHubClient, GitHubDeployments, splitRepository } = await import("@mlops/github");
    const client = createGitHubClient({ token, ctx, logger });
    return new GitHubDeployments(client, {
      ...splitRepository(ctx.repository),
      defaultRef: ctx.sha,
      serverUrl: ctx.serverUrl,
    });
  },
});

/** deploy-model: the step definition (packages/deploy) over the runner, recording to GitHub Deployments. */
export function main(host?: ActionHost): Promise<void> {
  return runStep(deployStep, githubDeployments, host);
}
