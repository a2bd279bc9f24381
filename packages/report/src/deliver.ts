import { promises as fs } from "node:fs";
import path from "node:path";
import { workflowRunUrl, type Logger, type ModelVersion, type RunContext } from "@mlops/core";
import {
  createCheckRun,
  findPullRequest,
  GITHUB_ACTIONS_LOGIN,
  isRateLimited,
  statusOf,
  upsertStickyComment,
  type GitHubClient,
  type PullRequestRef,
} from "@mlops/github";
import { renderCheckRun, renderReport, type ReportInput, type ReportLinks } from "./render.js";
import { verdictOf, type Verdict } from "./verdict.js";

/*
 * Delivering a report (packages/report's only I/O, kept out of the pure renderer, imported with
 * the step as @mlops/report/deliver, see step-entry.ts): the job summary, the sticky pull-request comment and the check run,
 * through @mlops/github. Where it runs decides what it writes:
 *
 * - pull_request from this repository, pull_request_target, workflow_run of a PR (the
 *   privileged follow-up, PR found and verified by @mlops/github's findPullRequest):
 *   summary + sticky comment + check run on the PR's head commit.
 * - pull_request from a fork: the token is read-only, so no write is attempted. The documents,
 *   the rendered comment and the PR's identity go to an artifact (`mlops-pr-report-<model>`,
 *   the bundle .github/workflows/ml-pr-comment.yml posts from its workflow_run job).
 * - A 403 on a write (a read-only token we did not predict): the same artifact, and a warning
 *   naming the permission.
 * - push, schedule, dispatch…: summary + check run on the commit.
 */

export interface ArtifactUploader {
  upload(name: string, rootDirectory: string, files: string[]): Promise<{ id: number | null }>;
}

export interface DeliverOptions {
  input: ReportInput;
  /** The document files given, copied into the fork artifact for the follow-up workflow. */
  documentFiles?: { comparison?: string | null; validation?: string | null; run?: string | null };
  ctx: RunContext;
  logger: Logger;
  /** null without a token: only the job summary is written. */
  client: GitHubClient | null;
  /** The event payload (GITHUB_EVENT_PATH). */
  event: Record<string, unknown>;
  comment: boolean;
  summary: boolean;
  check: boolean;
  /** Login whose comments may be updated (default github-actions[bot]). */
  commentAuthor?: string;
  appendSummary(markdown: string): Promise<void>;
  /** Uploads the fork artifact; null where artifacts cannot be uploaded (files are still written). */
  artifacts: ArtifactUploader | null;
  /** Why `artifacts` is null, for the log. */
  artifactsUnavailable?: string | null;
  /** Where the fork bundle is written (RUNNER_TEMP). */
  tempDir: string;
  /** Passed to the sticky-comment / check-run helpers (tests use small delays). */
  retryDelayMs?: number;
}

export interface DeliverResult {
  verdict: Verdict;
  pullRequest: PullRequestRef | null;
  comment: { id: number; url: string; action: "created" | "updated" | "unchanged" } | null;
  checkRun: { id: number; url: string | null } | null;
  /** The bundle written for a read-only token (fork pull request). */
  forkArtifact: { name: string; directory: string; id: number | null; uploaded: boolean } | null;
  summaryWritten: boolean;
}

const PR_EVENTS = new Set(["pull_request", "pull_request_target", "pull_request_review", "workflow_run"]);

/** Artifact names may not contain `" : < > | * ? \ /` or line breaks. */
export function artifactSlug(s: string): string {
  return (
    s
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "report"
  );
}

export function forkArtifactName(model: string, matrixCell?: string | null): string {
  return `mlops-pr-report-${artifactSlug(model)}${matrixCell ? `-${artifactSlug(matrixCell)}` : ""}`;
}

/** Links for the footer and notices: this run (or the PR run a workflow_run follows), the repository. */
export function defaultLinks(ctx: RunContext, event: Record<string, unknown>): ReportLinks {
  const repositoryUrl = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : null;
  const triggering = (event.workflow_run as { html_url?: unknown } | undefined)?.html_url;
  const run =
    ctx.eventName === "workflow_run" && typeof triggering === "string" ? triggering : workflowRunUrl(ctx);
  return { repositoryUrl, workflowRun: run, fullReport: run };
}

/** The pull request's head repository is a fork and the event gives a read-only token. */
function readOnlyFork(ctx: RunContext, pr: PullRequestRef | null, event: Record<string, unknown>): boolean {
  if (ctx.eventName !== "pull_request" && ctx.eventName !== "pull_request_review") return false;
  if (pr?.fork) return true;
  const head = (
    event.pull_request as { head?: { repo?: { fork?: unknown; full_name?: unknown } } } | undefined
  )?.head;
  return head?.repo?.fork === true && head.repo.full_name !== ctx.repository;
}

function isPermissionDenied(error: unknown): boolean {
  return statusOf(error) === 403 && !isRateLimited(error);
}

export async function deliverReport(options: DeliverOptions): Promise<DeliverResult> {
  const { ctx, logger, client, input } = options;
  const model = input.model ?? input.comparison?.model ?? "model";
  const result: DeliverResult = {
    verdict: verdictOf(input),
    pullRequest: null,
    comment: null,
    checkRun: null,
    forkArtifact: null,
    summaryWritten: false,
  };

  if (options.summary) {
    await options.appendSummary(renderReport(input, { target: "summary" }).markdown);
    result.summaryWritten = true;
  }
  if (!options.comment && !options.check) return result;
  if (!client) {
    logger.warning(
      "no token: the pull-request comment and the check run are skipped (pass token: ${{ github.token }})",
    );
    return result;
  }
  if (!ctx.repository) {
    logger.warning("GITHUB_REPOSITORY is not set: the pull-request comment and the check run are skipped");
    return result;
  }
  const [owner, repo] = ctx.repository.split("/") as [string, string];

  const onPr = ctx.eventName !== null && PR_EVENTS.has(ctx.eventName);
  const pr = onPr
    ? await findPullRequest(client, { ctx, event: options.event, eventName: ctx.eventName!, logger })
    : null;
  result.pullRequest = pr;
  if (ctx.eventName === "workflow_run" && !pr) {
    logger.notice("no open pull request matches the run this workflow follows: nothing posted");
    return result;
  }

  if (pr && readOnlyFork(ctx, pr, options.event)) {
    logger.notice(
      `pull request #${pr.number} comes from the fork ${pr.headRepository}: its token is read-only, so the report is saved as an artifact for a workflow_run workflow to post (see .github/workflows/ml-pr-comment.yml)`,
    );
    result.forkArtifact = await writeForkArtifact(options, model, pr);
    return result;
  }

  if (options.comment && pr) {
    const rendered = renderReport(input, { target: "comment" });
    try {
      const r = await upsertStickyComment(client, {
        owner,
        repo,
        pr: pr.number,
        marker: rendered.markerKey!,
        body: rendered.markdown,
        botLogin: options.commentAuthor ?? GITHUB_ACTIONS_LOGIN,
        logger,
        ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
      });
      result.comment = { id: r.comment.id, url: r.comment.html_url, action: r.action };
      if (r.action === "unchanged") logger.info(`The comment ${r.comment.html_url} is up to date`);
    } catch (error) {
      if (!isPermissionDenied(error)) throw error;
      logger.warning(
        `${(error as Error).message} — the report is saved as an artifact instead (a workflow_run workflow can post it; see .github/workflows/ml-pr-comment.yml)`,
      );
      result.forkArtifact = await writeForkArtifact(options, model, pr);
      return result;
    }
  } else if (options.comment) {
    logger.info(
      `not a pull request (${ctx.eventName ?? "no event"}): no comment, summary and check run only`,
    );
  }

  if (options.check) {
    const headSha = pr?.headSha ?? ctx.sha;
    if (!headSha) {
      logger.warning("no commit to attach the check run to (GITHUB_SHA is not set)");
      return result;
    }
    const out = renderCheckRun(input);
    try {
      const run = await createCheckRun(client, {
        owner,
        repo,
        name: out.name,
        headSha,
        status: "completed",
        conclusion: out.conclusion,
        title: out.title,
        summary: out.summary,
        ...(out.text ? { text: out.text } : {}),
        ...(input.links?.workflowRun ? { detailsUrl: input.links.workflowRun } : {}),
        externalId: `mlops-report:${ctx.repository}:${ctx.runId ?? "local"}:${ctx.runAttempt ?? 1}:${out.name}`,
        logger,
        ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
      });
      result.checkRun = { id: run.id, url: run.html_url };
      logger.info(`Check run "${out.name}": ${out.conclusion}${run.html_url ? ` (${run.html_url})` : ""}`);
    } catch (error) {
      if (!isPermissionDenied(error)) throw error;
      logger.warning(`${(error as Error).message} — no check run was created`);
    }
  }
  return result;
}

/**
 * The bundle for the follow-up workflow: the documents (comparison.json, validation.json,
 * run-record.json: what report-metrics reads there), the rendered comment (comment.md) and
 * pr.json {kind: "mlops.pr-report", version: 1, model, pullRequest, headSha, …} — claims the
 * follow-up checks against the API before posting.
 */
async function writeForkArtifact(
  options: DeliverOptions,
  model: string,
  pr: PullRequestRef,
): Promise<NonNullable<DeliverResult["forkArtifact"]>> {
  const { logger, input } = options;
  const name = forkArtifactName(model, input.matrixCell);
  const directory = path.join(options.tempDir, name);
  await fs.rm(directory, { recursive: true, force: true });
  await fs.mkdir(directory, { recursive: true });
  const files: string[] = [];
  const put = async (file: string, content: string | Buffer) => {
    const target = path.join(directory, file);
    await fs.writeFile(target, content);
    files.push(target);
  };
  const docs = options.documentFiles ?? {};
  const copies: [string | null | undefined, string][] = [
    [docs.comparison, "comparison.json"],
    [docs.validation, "validation.json"],
    [docs.run, "run-record.json"],
  ];
  for (const [source, target] of copies) if (source) await put(target, await fs.readFile(source));
  const rendered = renderReport(input, { target: "comment" });
  await put("comment.md", rendered.markdown);
  const check = renderCheckRun(input);
  await put(
    "pr.json",
    JSON.stringify(
      {
        kind: "mlops.pr-report",
        version: 1,
        model,
        matrixCell: input.matrixCell ?? null,
        pullRequest: pr.number,
        headSha: pr.headSha,
        headRepository: pr.headRepository,
        marker: rendered.markerKey,
        conclusion: check.conclusion,
        title: check.title,
        runId: options.ctx.runId,
      },
      null,
      2,
    ) + "\n",
  );
  if (!options.artifacts) {
    logger.warning(
      `the report bundle is in ${directory} but was not uploaded: ${options.artifactsUnavailable ?? "artifact uploads are not available here"}`,
    );
    return { name, directory, id: null, uploaded: false };
  }
  try {
    const uploaded = await options.artifacts.upload(name, directory, files);
    logger.notice(`Saved the report for pull request #${pr.number} as the artifact ${name}`);
    return { name, directory, id: uploaded.id, uploaded: true };
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (!/\(409\)|already exists/i.test(message)) throw error;
    logger.warning(
      `an artifact named ${name} already exists in this workflow run (another step, or a matrix cell without 'matrix-cell', wrote it): this report stays in ${directory}`,
    );
    return { name, directory, id: null, uploaded: false };
  }
}

/**
 * The newest `count` registered versions of the model, for the history chart. The registry is
 * loaded only here (lazily); a model that is not registered yet, or a registry that cannot be
 * read, gives no chart and a warning, never a failed report.
 */
export async function loadHistory(options: {
  model: string;
  count: number;
  backend: "auto" | "local" | "github";
  path?: string;
  token?: string;
  ctx: RunContext;
  logger: Logger;
}): Promise<{ versions: ModelVersion[]; kind: "local" | "github" | null }> {
  if (options.count <= 0) return { versions: [], kind: null };
  try {
    const { openRegistry, registryOptionsFrom } = await import("@mlops/registry");
    // The history reads the index only (no version's files), so no artifact store is named here.
    const registry = await openRegistry(
      registryOptionsFrom(
        null,
        { backend: options.backend, path: options.path, token: options.token },
        { ctx: options.ctx, logger: options.logger },
      ),
    );
    const models = await registry.listModels();
    if (!models.some((m) => m.name === options.model)) {
      options.logger.info(`history: ${options.model} has no registered version yet`);
      return { versions: [], kind: registry.kind };
    }
    const all = await registry.list(options.model);
    return { versions: all.slice(-options.count), kind: registry.kind };
  } catch (error) {
    options.logger.warning(
      `history chart skipped: the registry could not be read (${(error as Error).message})`,
    );
    return { versions: [], kind: null };
  }
}

/** The footer's registry link for the baseline version (a release page for the GitHub registry). */
export function registryLink(
  ctx: RunContext,
  input: ReportInput,
  kind: "local" | "github" | null,
): ReportLinks["registryVersion"] {
  const b = input.comparison?.baseline;
  const model = input.model ?? input.comparison?.model;
  if (!b || b.version === null || !model) return null;
  const label = `registry: ${model} v${b.version}${b.alias ? ` (${b.alias})` : ""}`;
  const url =
    kind === "github" && ctx.repository
      ? `${ctx.serverUrl}/${ctx.repository}/releases/tag/${encodeURIComponent(`${model}-v${b.version}`)}`
      : null;
  return { label, url };
}
