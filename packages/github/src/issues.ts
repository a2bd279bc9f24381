import { ConfigurationError, type Logger } from "@mlops/core";
import type { GitHubClient } from "./client.js";
import { createOnce } from "./create-once.js";
import { GITHUB_ACTIONS_LOGIN, markerLine, withMarker } from "./sticky-comment.js";

/*
 * One open issue per concern (e.g. "drift on weather-classifier"), found like sticky comments
 * by a hidden marker AND the bot's authorship, updated in place while it is open; a new one is
 * opened once it was closed. Creation goes through createOnce, so a 502 after the issue was
 * created does not open a second one.
 */

export const ISSUE_TITLE_MAX = 256;
export const ISSUE_BODY_MAX = 65536;

export interface IssueSummary {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  user: { login: string } | null;
  labels?: Array<string | { name?: string }>;
  pull_request?: unknown;
}

export interface UpsertIssueOptions {
  owner: string;
  repo: string;
  /** Identifies the issue, e.g. "mlops-drift:weather-classifier"; hidden in an HTML comment. */
  marker: string;
  title: string;
  body: string;
  labels?: string[];
  botLogin?: string;
  logger?: Logger;
  /** Open issues scanned (100 per page; default 10 pages). */
  maxPages?: number;
  retryDelayMs?: number;
}

export interface UpsertIssueResult {
  action: "created" | "updated" | "unchanged";
  issue: IssueSummary;
}

/** The open issue with the marker written by the bot, if any. */
export async function findMarkedIssue(
  client: GitHubClient,
  options: Pick<UpsertIssueOptions, "owner" | "repo" | "marker" | "botLogin" | "maxPages" | "labels">,
): Promise<IssueSummary | undefined> {
  const line = markerLine(options.marker);
  const bot = (options.botLogin ?? GITHUB_ACTIONS_LOGIN).toLowerCase();
  const params: Record<string, unknown> = {
    owner: options.owner,
    repo: options.repo,
    state: "open",
    sort: "created",
    direction: "desc",
  };
  if (options.labels?.length) params.labels = options.labels.join(",");
  return client.find<IssueSummary>(
    "GET /repos/{owner}/{repo}/issues",
    params,
    (i) =>
      !i.pull_request && i.user?.login.toLowerCase() === bot && (i.body ?? "").split(/\r?\n/).includes(line),
    { maxPages: options.maxPages ?? 10 },
  );
}

export async function upsertIssue(
  client: GitHubClient,
  options: UpsertIssueOptions,
): Promise<UpsertIssueResult> {
  const title = options.title.replace(/\s+/g, " ").trim();
  if (!title) throw new ConfigurationError("an issue needs a non-empty title");
  if (title.length > ISSUE_TITLE_MAX)
    throw new ConfigurationError(
      `the issue title is ${title.length} characters; GitHub accepts at most ${ISSUE_TITLE_MAX}`,
    );
  const body = withMarker(options.marker, options.body);
  if (body.length > ISSUE_BODY_MAX)
    throw new ConfigurationError(
      `the issue body is ${body.length} characters; GitHub accepts at most ${ISSUE_BODY_MAX}`,
    );
  const repo = { owner: options.owner, repo: options.repo };
  const existing = await findMarkedIssue(client, options);
  if (existing) {
    if (existing.title === title && existing.body === body) return { action: "unchanged", issue: existing };
    const { data } = await client.request<IssueSummary>("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...repo,
      issue_number: existing.number,
      title,
      body,
    });
    options.logger?.info(`Updated issue ${data.html_url}`);
    return { action: "updated", issue: data };
  }
  const created = await createOnce({
    what: `the issue ${options.marker}`,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.retryDelayMs !== undefined ? { baseDelayMs: options.retryDelayMs } : {}),
    create: async () =>
      (
        await client.request<IssueSummary>("POST /repos/{owner}/{repo}/issues", {
          ...repo,
          title,
          body,
          ...(options.labels?.length ? { labels: options.labels } : {}),
        })
      ).data,
    findExisting: () => findMarkedIssue(client, options),
  });
  options.logger?.info(`Opened issue ${created.value.html_url}`);
  return { action: "created", issue: created.value };
}
