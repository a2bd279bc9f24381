import { ConfigurationError, type Logger } from "@mlops/core";
import type { GitHubClient } from "./client.js";
import { createOnce } from "./create-once.js";

/*
 * One comment per pull request and model, updated in place. A comment is ours when it carries
 * the hidden marker line AND was written by the bot identity (default github-actions[bot]):
 * a user quoting our comment, or another bot copying the marker, is never overwritten.
 * All pages are searched (per_page 100), so a PR with hundreds of comments still finds it.
 */

export const GITHUB_ACTIONS_LOGIN = "github-actions[bot]";
/** GitHub's limit on a comment body. */
export const COMMENT_MAX_CHARS = 65536;

export interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string; type?: string } | null;
}

export interface StickyCommentOptions {
  owner: string;
  repo: string;
  /** The pull request (or issue) number. */
  pr: number;
  /** Identifies the comment, e.g. "mlops-report:weather-classifier"; hidden in an HTML comment. */
  marker: string;
  body: string;
  /** Only comments by this login are candidates (default github-actions[bot]). */
  botLogin?: string;
  logger?: Logger;
  /** Passed to createOnce (tests use small delays). */
  retryDelayMs?: number;
}

export interface StickyCommentResult {
  action: "created" | "updated" | "unchanged";
  comment: IssueComment;
}

/** `<!-- mlops-report:m -->`: the hidden first line that identifies the comment. */
export function markerLine(marker: string): string {
  const m = marker.trim();
  if (!m) throw new ConfigurationError("a sticky comment needs a non-empty marker");
  if (/-->|<!--|[\r\n]/.test(m))
    throw new ConfigurationError(
      `sticky comment marker ${JSON.stringify(marker)} may not contain '-->', '<!--' or line breaks`,
    );
  return `<!-- ${m} -->`;
}

/** The body with the marker as its first line (idempotent). */
export function withMarker(marker: string, body: string): string {
  const line = markerLine(marker);
  const rest = body.startsWith(line) ? body.slice(line.length).replace(/^\r?\n/, "") : body;
  return `${line}\n${rest}`;
}

function isOurs(comment: IssueComment, line: string, botLogin: string): boolean {
  if (!comment.user || comment.user.login.toLowerCase() !== botLogin.toLowerCase()) return false;
  const body = comment.body ?? "";
  return body.split(/\r?\n/, 1)[0] === line || body.split(/\r?\n/).includes(line);
}

/** The first comment with the marker by the bot, searching every page; undefined if none. */
export async function findStickyComment(
  client: GitHubClient,
  options: Pick<StickyCommentOptions, "owner" | "repo" | "pr" | "marker" | "botLogin">,
): Promise<IssueComment | undefined> {
  const line = markerLine(options.marker);
  const botLogin = options.botLogin ?? GITHUB_ACTIONS_LOGIN;
  return client.find<IssueComment>(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { owner: options.owner, repo: options.repo, issue_number: options.pr },
    (c) => isOurs(c, line, botLogin),
  );
}

/** Creates the sticky comment, or updates it in place; never creates a second one. */
export async function upsertStickyComment(
  client: GitHubClient,
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  const body = withMarker(options.marker, options.body);
  if (body.length > COMMENT_MAX_CHARS)
    throw new ConfigurationError(
      `the comment for ${options.marker} is ${body.length} characters; GitHub accepts at most ${COMMENT_MAX_CHARS} (shorten it before posting)`,
    );
  const params = { owner: options.owner, repo: options.repo };
  const existing = await findStickyComment(client, options);
  if (existing) {
    if (existing.body === body) return { action: "unchanged", comment: existing };
    const { data } = await client.request<IssueComment>(
      "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
      {
        ...params,
        comment_id: existing.id,
        body,
      },
    );
    options.logger?.info(`Updated comment ${data.html_url}`);
    return { action: "updated", comment: data };
  }
  const created = await createOnce({
    what: `the comment ${options.marker} on #${options.pr}`,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.retryDelayMs !== undefined ? { baseDelayMs: options.retryDelayMs } : {}),
    create: async () =>
      (
        await client.request<IssueComment>("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          ...params,
          issue_number: options.pr,
          body,
        })
      ).data,
    findExisting: () => findStickyComment(client, options),
  });
  if (created.recovered && created.value.body !== body) {
    const { data } = await client.request<IssueComment>(
      "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
      {
        ...params,
        comment_id: created.value.id,
        body,
      },
    );
    return { action: "updated", comment: data };
  }
  options.logger?.info(`Posted comment ${created.value.html_url}`);
  return { action: "created", comment: created.value };
}
