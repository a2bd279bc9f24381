import { ConfigurationError } from "@mlops/core";

/*
 * GitHub Deployments and deployment statuses, as deploy-model records them.
 *
 * - A deployment is created with auto_merge: false (never merge the default branch into the
 *   ref as a side effect) and an explicit required_contexts: [] (commit statuses were already
 *   judged by the workflow that decided to deploy; GitHub's default would re-check every
 *   context and answer 409 on any failing one).
 * - Statuses go queued → in_progress → success | failure | error. `auto_inactive` (GitHub's
 *   default) marks earlier successful deployments of a non-production, non-transient
 *   environment inactive when a new one succeeds.
 * - Environment protection rules (required reviewers, wait timers, branch policies) gate the
 *   *job* that names the environment (`environment: production`), before it starts; they do
 *   not apply to deployments created through this API. See packages/deploy/README.md.
 *
 * This class satisfies @mlops/deploy's DeploymentRecorder structurally (github does not import
 * deploy).
 */

/** The one call this module needs; an Octokit from createGitHubClient satisfies it. */
export interface GitHubRequester {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
}

export type GitHubDeploymentState =
  "queued" | "in_progress" | "success" | "failure" | "error" | "inactive" | "pending";

export interface CreateDeploymentRequest {
  /** Branch, tag or SHA the deployment is recorded against (GITHUB_SHA inside Actions). */
  ref: string | null;
  environment: string;
  task: string;
  description: string;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  payload: Record<string, unknown>;
}

export interface DeploymentStatusRequest {
  state: GitHubDeploymentState;
  description: string;
  environmentUrl?: string | null;
  logUrl?: string | null;
  /** Default true, as GitHub's. */
  autoInactive?: boolean;
}

export interface GitHubDeploymentsOptions {
  owner: string;
  repo: string;
  /** Used when a request gives no ref. */
  defaultRef?: string | null;
  /** https://github.com, or the GHES server: for links to the environment page. */
  serverUrl?: string;
}

/** GitHub's limit on a status description. */
export const STATUS_DESCRIPTION_MAX = 140;

function clip(text: string, max = STATUS_DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function httpUrlOrEmpty(url: string | null | undefined): string {
  if (!url) return "";
  return /^https?:\/\//i.test(url) ? url : "";
}

interface RequestErrorLike {
  status?: number;
  message?: string;
  response?: { data?: { message?: string; errors?: unknown } };
}

function describeFailure(error: unknown, what: string, repo: string): Error {
  const e = error as RequestErrorLike;
  const status = e?.status;
  if (typeof status !== "number") return error as Error;
  const message = e.response?.data?.message ?? e.message ?? "";
  const details = e.response?.data?.errors ? ` ${JSON.stringify(e.response.data.errors).slice(0, 300)}` : "";
  if (status === 403 || status === 404) {
    return new ConfigurationError(
      `${what} in ${repo}: GitHub answered ${status} ${message}; the job needs permissions: deployments: write (add it under permissions: in the workflow)`,
      { code: "github-permission", cause: error },
    );
  }
  if (status === 409) {
    return new ConfigurationError(
      `${what} in ${repo}: GitHub answered 409 ${message}: a required commit status check is not successful${details}`,
      { code: "deployment-conflict", cause: error },
    );
  }
  if (status === 422) {
    return new ConfigurationError(`${what} in ${repo}: GitHub rejected it (422 ${message})${details}`, {
      code: "github-validation",
      cause: error,
    });
  }
  return error as Error;
}

export class GitHubDeployments {
  readonly kind = "github" as const;
  readonly location: string;

  constructor(
    private readonly client: GitHubRequester,
    private readonly options: GitHubDeploymentsOptions,
  ) {
    this.location = `${options.owner}/${options.repo}`;
  }

  /** Creates a deployment; returns its id and the environment's page on GitHub. */
  async create(request: CreateDeploymentRequest): Promise<{ id: string; url: string | null }> {
    const ref = request.ref ?? this.options.defaultRef;
    if (!ref) {
      throw new ConfigurationError(
        "a GitHub deployment needs a ref (GITHUB_SHA is not set); run inside GitHub Actions or give the commit",
        { code: "ref-missing" },
      );
    }
    let response: { status: number; data: unknown };
    try {
      response = await this.client.request("POST /repos/{owner}/{repo}/deployments", {
        owner: this.options.owner,
        repo: this.options.repo,
        ref,
        task: request.task,
        auto_merge: false,
        required_contexts: [],
        payload: request.payload,
        environment: request.environment,
        description: clip(request.description),
        transient_environment: request.transientEnvironment,
        production_environment: request.productionEnvironment,
      });
    } catch (error) {
      throw describeFailure(error, `could not create a deployment of ${request.environment}`, this.location);
    }
    const data = response.data as { id?: number; message?: string };
    if (response.status === 202 || typeof data.id !== "number") {
      // Only with auto_merge, which is off: GitHub merged instead of deploying.
      throw new Error(
        `GitHub did not create the deployment (HTTP ${response.status}: ${data.message ?? "no id"})`,
      );
    }
    const server = (this.options.serverUrl ?? "https://github.com").replace(/\/$/, "");
    return {
      id: String(data.id),
      url: `${server}/${this.options.owner}/${this.options.repo}/deployments/${encodeURIComponent(request.environment)}`,
    };
  }

  async setStatus(id: string, update: DeploymentStatusRequest): Promise<void> {
    try {
      await this.client.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        owner: this.options.owner,
        repo: this.options.repo,
        deployment_id: Number(id),
        state: update.state,
        description: clip(update.description),
        // GitHub links these on the deployment page; only web URLs make sense there.
        environment_url: httpUrlOrEmpty(update.environmentUrl),
        log_url: httpUrlOrEmpty(update.logUrl),
        auto_inactive: update.autoInactive ?? true,
      });
    } catch (error) {
      throw describeFailure(error, `could not set deployment ${id} to ${update.state}`, this.location);
    }
  }

  /** Statuses of one deployment, oldest first. */
  async statuses(
    id: string,
  ): Promise<{ state: GitHubDeploymentState; description: string; environment_url?: string }[]> {
    const response = await this.client.request(
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
      {
        owner: this.options.owner,
        repo: this.options.repo,
        deployment_id: Number(id),
        per_page: 100,
      },
    );
    return [...(response.data as { state: GitHubDeploymentState; description: string }[])].reverse();
  }
}

/** "owner/repo" → its parts, with a clear error. */
export function splitRepository(repository: string | null | undefined): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository ?? "");
  if (!match) {
    throw new ConfigurationError(
      `expected the repository as owner/name (GITHUB_REPOSITORY), found ${JSON.stringify(repository ?? "")}`,
      { code: "repository-invalid" },
    );
  }
  return { owner: match[1]!, repo: match[2]! };
}
