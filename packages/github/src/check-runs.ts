import { randomUUID } from "node:crypto";
import type { Logger } from "@mlops/core";
import type { GitHubClient } from "./client.js";
import { createOnce } from "./create-once.js";

/*
 * Check runs with GitHub's limits handled: at most 50 annotations per request (the rest are
 * appended by further updates, as the API intends), summary and text at most 65,535 characters
 * (clipped with a note). Creation carries an external_id so a retry after an ambiguous failure
 * finds the run that landed instead of creating a second one.
 */

export const CHECK_ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_TEXT_MAX = 65535;

export type CheckConclusion =
  "success" | "failure" | "neutral" | "cancelled" | "skipped" | "timed_out" | "action_required";

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  start_column?: number;
  end_column?: number;
}

export interface CheckRunFields {
  status?: "queued" | "in_progress" | "completed";
  conclusion?: CheckConclusion;
  title?: string;
  summary?: string;
  text?: string;
  annotations?: CheckAnnotation[];
  detailsUrl?: string;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  html_url: string | null;
  external_id: string | null;
}

export interface CreateCheckRunOptions extends CheckRunFields {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  /** Identifies this run for retries (default: a random id). */
  externalId?: string;
  logger?: Logger;
  retryDelayMs?: number;
}

export interface UpdateCheckRunOptions extends CheckRunFields {
  owner: string;
  repo: string;
  id: number;
  name?: string;
}

export function clipCheckText(text: string, max = CHECK_TEXT_MAX): string {
  if (text.length <= max) return text;
  const note = "\n\n… (clipped: GitHub accepts at most 65,535 characters here)";
  return text.slice(0, max - note.length) + note;
}

function body(fields: CheckRunFields, annotations: CheckAnnotation[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (fields.status) out.status = fields.status;
  if (fields.conclusion) out.conclusion = fields.conclusion;
  if (fields.detailsUrl) out.details_url = fields.detailsUrl;
  if (fields.title !== undefined || fields.summary !== undefined || annotations.length) {
    const output: Record<string, unknown> = {
      title: fields.title ?? "",
      summary: clipCheckText(fields.summary ?? ""),
    };
    if (fields.text !== undefined) output.text = clipCheckText(fields.text);
    if (annotations.length) output.annotations = annotations;
    out.output = output;
  }
  return out;
}

async function appendAnnotations(
  client: GitHubClient,
  owner: string,
  repo: string,
  id: number,
  fields: CheckRunFields,
  rest: CheckAnnotation[],
): Promise<void> {
  for (let i = 0; i < rest.length; i += CHECK_ANNOTATIONS_PER_REQUEST) {
    const batch = rest.slice(i, i + CHECK_ANNOTATIONS_PER_REQUEST);
    await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      owner,
      repo,
      check_run_id: id,
      output: { title: fields.title ?? "", summary: clipCheckText(fields.summary ?? ""), annotations: batch },
    });
  }
}

export async function createCheckRun(
  client: GitHubClient,
  options: CreateCheckRunOptions,
): Promise<CheckRun> {
  const { owner, repo } = options;
  const externalId = options.externalId ?? `mlops-${randomUUID()}`;
  const annotations = options.annotations ?? [];
  const first = annotations.slice(0, CHECK_ANNOTATIONS_PER_REQUEST);
  const created = await createOnce<CheckRun>({
    what: `check run "${options.name}"`,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.retryDelayMs !== undefined ? { baseDelayMs: options.retryDelayMs } : {}),
    create: async () =>
      (
        await client.request<CheckRun>("POST /repos/{owner}/{repo}/check-runs", {
          owner,
          repo,
          name: options.name,
          head_sha: options.headSha,
          external_id: externalId,
          ...body(options, first),
        })
      ).data,
    findExisting: () =>
      client.find<CheckRun>(
        "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
        { owner, repo, ref: options.headSha, check_name: options.name },
        (r) => r.external_id === externalId,
      ),
  });
  await appendAnnotations(
    client,
    owner,
    repo,
    created.value.id,
    options,
    annotations.slice(CHECK_ANNOTATIONS_PER_REQUEST),
  );
  return created.value;
}

export async function updateCheckRun(
  client: GitHubClient,
  options: UpdateCheckRunOptions,
): Promise<CheckRun> {
  const { owner, repo, id } = options;
  const annotations = options.annotations ?? [];
  const { data } = await client.request<CheckRun>("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
    owner,
    repo,
    check_run_id: id,
    ...(options.name ? { name: options.name } : {}),
    ...body(options, annotations.slice(0, CHECK_ANNOTATIONS_PER_REQUEST)),
  });
  await appendAnnotations(client, owner, repo, id, options, annotations.slice(CHECK_ANNOTATIONS_PER_REQUEST));
  return data;
}
