import type { Comparison, MetricComparison, ModelVersion, RunRecord, ValidationReport } from "@mlops/core";
import { redactCommand } from "@mlops/core";
import {
  code,
  details,
  formatBytes,
  formatCount,
  formatDuration,
  formatNumber,
  formatPercent,
  html,
  link,
  plain,
  table,
  text,
} from "@mlops/core/markdown";
import { classificationMarkdown, confusionOf } from "./classes.js";
import { fitSections, type Section } from "./fit.js";
import { chartVersions, historyCharts, type ChartSeries } from "./history.js";
import { LIMITS, measure, type Limit } from "./limits.js";
import { reportMarker, reportMarkerKey } from "./marker.js";
import {
  compareMetricRows,
  isFailing,
  metricTable,
  metricTableMarkdown,
  STATUS_LABEL,
} from "./metrics-table.js";
import { artifactLine, residualsMarkdown, scanLine } from "./model-facts.js";
import { diffParams, paramValue, type ParamRow } from "./params.js";
import { verdictOf, type Verdict } from "./verdict.js";

/*
 * The model-diff report: one Markdown document from whatever documents are given (a Comparison,
 * a ValidationReport, a RunRecord, the registry's versions for the history chart; each optional),
 * fitted to the limit of where it goes. Pure: no I/O, no clock, no environment.
 */

export interface ReportLinks {
  /** `<server>/<owner>/<repo>`: commit and run links are built from it. */
  repositoryUrl?: string | null;
  /** This workflow run. */
  workflowRun?: string | null;
  /** The artifact holding the full report / the run's files. */
  artifact?: string | null;
  /** The registry entry of the baseline or the registered candidate. */
  registryVersion?: { label: string; url?: string | null } | null;
  /** Where the untrimmed report can be read; defaults to the workflow run (its job summary). */
  fullReport?: string | null;
}

export interface ReportInput {
  comparison?: Comparison | null;
  validation?: ValidationReport | null;
  run?: RunRecord | null;
  /** Registered versions of the model, any order; the newest `historyLength` are charted. */
  history?: ModelVersion[] | null;
  /** The model; taken from the comparison when absent. */
  model?: string | null;
  /** The matrix cell this report is for (e.g. "python-3.12"), part of the sticky marker. */
  matrixCell?: string | null;
  links?: ReportLinks;
}

export type ReportTarget = "comment" | "summary" | "checkRun";

export interface RenderOptions {
  target?: ReportTarget;
  /** Overrides the target's GitHub limit (tests). */
  limit?: Limit;
  /** Registered versions charted with the candidate (default 10; 0: no chart). */
  historyLength?: number;
  /** Most metrics charted (default 4, gated metrics first). */
  maxCharts?: number;
  /** x-axis label of the candidate in the chart (default "candidate"). */
  candidateLabel?: string;
}

export interface RenderedReport {
  markdown: string;
  verdict: Verdict;
  /** Size in the target's unit (UTF-16 code units for comments, UTF-8 bytes otherwise). */
  size: number;
  /** Sections trimmed or dropped to fit. */
  trimmed: string[];
  /** The hidden marker line (comment target only). */
  marker: string | null;
  /** Its key, `mlops-report:<model>[:<cell>]`, for upsertStickyComment. */
  markerKey: string | null;
}

const SHA = /^[0-9a-f]{7,64}$/i;
const NUMERIC_ID = /^\d{1,20}$/;

interface Ctx {
  input: ReportInput;
  model: string;
  verdict: Verdict;
  main: MetricComparison[];
  slices: MetricComparison[];
  options: Required<Pick<RenderOptions, "historyLength" | "maxCharts" | "candidateLabel">> & {
    target: ReportTarget;
  };
}

export function modelOf(input: ReportInput): string {
  return input.model ?? input.comparison?.model ?? "model";
}

/** Renders the report for one destination, within that destination's limit. */
export function renderReport(input: ReportInput, options: RenderOptions = {}): RenderedReport {
  const target = options.target ?? "comment";
  const limit =
    options.limit ??
    (target === "comment" ? LIMITS.comment : target === "checkRun" ? LIMITS.checkRun : LIMITS.summary);
  const ctx = makeContext(input, options, target);
  const marker = target === "comment" ? reportMarker(ctx.model, input.matrixCell) : null;
  // The marker is the hidden first line, as @mlops/github's upsertStickyComment writes it.
  const head = marker ? `${marker}\n` : "";
  const fitted = fitSections(buildSections(ctx), {
    limit: { ...limit, max: limit.max - measure(head, limit.measure) },
    describe: limit,
    fullReportUrl: fullReportUrl(input, target),
    fullReportLabel: target === "summary" ? "artifact" : "job summary",
  });
  const markdown = head + fitted.markdown;
  return {
    markdown,
    verdict: ctx.verdict,
    size: measure(markdown, limit.measure),
    trimmed: fitted.trimmed,
    marker,
    markerKey: marker ? reportMarkerKey(ctx.model, input.matrixCell) : null,
  };
}

export interface CheckRunOutput {
  /** "mlops / <model>" (with the matrix cell when given). */
  name: string;
  title: string;
  summary: string;
  text: string;
  conclusion: Verdict["conclusion"];
}

/**
 * The check run's output: the verdict, metrics and data summary in `summary`, the details
 * (slices, params, data tables, run) in `text`; each within 65,535 bytes. No Mermaid here.
 */
export function renderCheckRun(
  input: ReportInput,
  options: Omit<RenderOptions, "target"> = {},
): CheckRunOutput {
  const ctx = makeContext(input, { ...options, historyLength: 0 }, "checkRun");
  const limit = options.limit ?? LIMITS.checkRun;
  const all = buildSections(ctx);
  const summaryIds = new Set(["header", "metrics", "residuals", "data-summary"]);
  const url = fullReportUrl(input, "checkRun");
  const summary = fitSections(
    all.filter((s) => summaryIds.has(s.id)),
    { limit, fullReportUrl: url, fullReportLabel: "job summary" },
  ).markdown;
  const rest = all.filter((s) => !summaryIds.has(s.id) && s.id !== "footer");
  const detailText = rest.length
    ? fitSections(rest, { limit, fullReportUrl: url, fullReportLabel: "job summary" }).markdown
    : "";
  const cell = input.matrixCell ? ` (${input.matrixCell})` : "";
  return {
    name: plain(`mlops / ${ctx.model}${cell}`, 100),
    title: plain(checkTitle(ctx), 250),
    summary,
    text: detailText,
    conclusion: ctx.verdict.conclusion,
  };
}

function fullReportUrl(input: ReportInput, target: ReportTarget): string | null {
  const links = input.links ?? {};
  if (target === "summary") return links.artifact ?? null;
  return links.fullReport ?? links.workflowRun ?? null;
}

function makeContext(input: ReportInput, options: RenderOptions, target: ReportTarget): Ctx {
  const metrics = input.comparison?.metrics ?? [];
  const main = metrics.filter((m) => !m.slice).sort(compareMetricRows);
  const slices = metrics.filter((m) => m.slice).sort(compareMetricRows);
  return {
    input,
    model: modelOf(input),
    verdict: verdictOf(input),
    main,
    slices,
    options: {
      target,
      historyLength: options.historyLength ?? 10,
      maxCharts: options.maxCharts ?? 4,
      candidateLabel: options.candidateLabel ?? "candidate",
    },
  };
}

// -------------------------------------------------------------------------------------------
// Identities

function commitRef(sha: string | null | undefined, ctx: Ctx): string | null {
  if (!sha) return null;
  if (!SHA.test(sha)) return code(sha, 40);
  const base = ctx.input.links?.repositoryUrl;
  const short = code(sha.slice(0, 7));
  return base ? link(short, `${base}/commit/${sha.toLowerCase()}`) : short;
}

function runRef(runId: string | null | undefined, ctx: Ctx): string | null {
  if (!runId) return null;
  const base = ctx.input.links?.repositoryUrl;
  if (NUMERIC_ID.test(runId) && base) return link(text(runId), `${base}/actions/runs/${runId}`);
  return code(runId, 40);
}

function candidateRef(ctx: Ctx): string {
  const c = ctx.input.comparison?.candidate;
  const run = ctx.input.run;
  const commit = commitRef(c?.gitSha ?? run?.git.sha, ctx);
  if (commit) return commit;
  const r = runRef(c?.runId ?? run?.workflow?.runId ?? run?.id, ctx);
  return r ? `run ${r}` : "";
}

function baselineRef(comparison: Comparison): string {
  const b = comparison.baseline;
  if (!b) return "no baseline";
  const version = b.version !== null ? `**v${b.version}**` : null;
  const alias = b.alias ? code(b.alias, 64) : null;
  if (version && alias) return `${version} (${alias})`;
  return version ?? alias ?? (b.source ? code(shortSource(b.source), 80) : "the baseline");
}

/**
 * A file named in the report, without a runner's or temp directory: absolute paths (the
 * Comparison may carry `/tmp/…/base.json` or `/home/runner/work/…`) are shown by their name.
 */
function shortSource(source: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  if (source.startsWith("/") || /^[A-Za-z]:[\\/]/.test(source)) {
    const parts = source.split(/[\\/]/).filter(Boolean);
    return parts[parts.length - 1] ?? source;
  }
  return source;
}

/** "Compared on `data/eval.csv` (293 rows), both models scored on the same rows." */
function evaluationLine(comparison: Comparison): string | null {
  const e = comparison.evaluation;
  if (!e) return null;
  const where = e.dataset
    ? `${code(shortSource(e.dataset.source), 80)} (${formatCount(e.dataset.rows)} rows, ${code(e.dataset.fingerprint.replace(/^sha256:/, "").slice(0, 12))})`
    : null;
  const how =
    e.pairedOn === "same-rows"
      ? "both models scored on the same rows"
      : e.pairedOn === "registered-metrics"
        ? `⚠️ not like-for-like: ${text(e.note, 300)}`
        : "the candidate alone";
  return `Evaluation set: ${where ? `${where}, ` : ""}${how}.`;
}

// -------------------------------------------------------------------------------------------
// Sections

function buildSections(ctx: Ctx): Section[] {
  const out: Section[] = [headerSection(ctx)];
  const metrics = metricsSection(ctx);
  if (metrics) out.push(metrics);
  const classes = classesSection(ctx);
  if (classes) out.push(classes);
  const residuals = residualsSection(ctx);
  if (residuals) out.push(residuals);
  const slices = slicesSection(ctx);
  if (slices) out.push(slices);
  const history = historySection(ctx);
  if (history) out.push(history);
  out.push(...paramsSections(ctx));
  out.push(...dataSections(ctx));
  const run = runSection(ctx);
  if (run) out.push(run);
  out.push(footerSection(ctx));
  return out;
}

function checkTitle(ctx: Ctx): string {
  const { verdict, main } = ctx;
  const gated = main.filter((m) => m.gate);
  const failing = gated.filter(isFailing);
  const parts: string[] = [];
  if (ctx.input.comparison) {
    if (failing.length) parts.push(`${failing.length} of ${gated.length} gated metrics fail`);
    else if (ctx.input.comparison.verdict === "no-baseline") parts.push("no baseline yet");
    else parts.push(gated.length ? `all ${gated.length} gated metrics pass` : "no gated metrics");
  }
  if (verdict.failures.includes("data")) parts.push("data validation failed");
  else if (ctx.input.validation && !ctx.input.comparison) parts.push("data validation passed");
  if (verdict.failures.includes("run")) parts.push("training run failed");
  if (!parts.length)
    parts.push(ctx.input.run ? `training run ${ctx.input.run.status}` : "nothing to compare");
  return `${verdict.emoji} ${parts.join("; ")}`;
}

function headerSection(ctx: Ctx): Section {
  return {
    id: "header",
    priority: Infinity,
    rows: 0,
    dropped: "",
    render: () => {
      const { input, verdict, main, slices } = ctx;
      const comparison = input.comparison;
      const modelMd = text(ctx.model, 100);
      const cellMd = input.matrixCell ? ` · ${code(input.matrixCell, 60)}` : "";
      const cand = candidateRef(ctx);
      const candidate = cand ? `candidate ${cand}` : "the candidate";
      let phrase: string;
      if (comparison) {
        const base = baselineRef(comparison);
        const gateFailed = comparison.verdict === "fail" || !comparison.passed;
        if (comparison.verdict === "no-baseline") phrase = `${candidate} has no baseline to compare with yet`;
        else if (gateFailed) phrase = `${candidate} fails the gate against ${base}`;
        else phrase = `${candidate} passes the gate against ${base}`;
        if (!gateFailed && verdict.failures.includes("data")) phrase += ", but data validation failed";
        if (!gateFailed && verdict.failures.includes("run")) phrase += ", but the training run failed";
      } else if (input.validation) {
        phrase = input.validation.passed ? "data validation passes" : "data validation fails";
      } else if (input.run) {
        phrase = `training run ${text(input.run.status)}${cand ? ` (${cand})` : ""}`;
      } else phrase = "nothing to report";
      const lines = [`### ${verdict.emoji} ${modelMd}${cellMd}: ${phrase}`];
      const bullets: string[] = [];

      if (comparison) {
        const gated = main.filter((m) => m.gate);
        const failing = gated.filter(isFailing);
        const counts: string[] = [];
        const gatedNew = gated.filter((m) => m.status === "new").length;
        if (failing.length) counts.push(`**${failing.length} of ${gated.length} gated metrics fail**`);
        else if (gated.length && gatedNew === gated.length)
          counts.push(
            `${gated.length} gated metric${gated.length === 1 ? "" : "s"}, all 🆕 new: nothing to compare with`,
          );
        else if (gated.length)
          counts.push(
            gatedNew
              ? `all ${gated.length - gatedNew} compared gated metrics pass, ${gatedNew} 🆕 new`
              : `all ${gated.length} gated metrics pass`,
          );
        else counts.push("no gated metrics");
        const warn = main.filter((m) => m.status === "warn").length;
        const fresh =
          failing.length || gatedNew !== gated.length ? main.filter((m) => m.status === "new").length : 0;
        if (warn) counts.push(`${warn} ⚠️ warning${warn > 1 ? "s" : ""}`);
        if (fresh) counts.push(`${fresh} 🆕 new`);
        const failingSlices = slices.filter(isFailing).length;
        if (slices.length) counts.push(`${failingSlices} of ${slices.length} slice checks fail`);
        if (comparison.predictions)
          counts.push(
            `paired bootstrap over ${formatCount(comparison.predictions.rows)} rows (${formatCount(comparison.predictions.resamples)} resamples)`,
          );
        lines.push(counts.join(" · "));
        if (comparison.verdict !== "pass" || failing.length) {
          bullets.push(...comparison.reasons.slice(0, 8).map((r) => `- ${text(r, 300)}`));
          if (comparison.reasons.length > 8) bullets.push(`- … and ${comparison.reasons.length - 8} more`);
        }
      }
      if (verdict.failures.includes("data") && input.validation) {
        const errors = input.validation.anomalies.filter((a) => a.severity === "error").length;
        const failedChecks =
          input.validation.schema?.checks.filter((c) => !c.passed && c.severity === "error").length ?? 0;
        const drift = input.validation.drift?.datasetDrift ? ", dataset drift detected" : "";
        bullets.push(
          `- data validation failed: ${failedChecks} schema check${failedChecks === 1 ? "" : "s"} and ${errors} error anomal${errors === 1 ? "y" : "ies"}${drift}`,
        );
      }
      if (verdict.failures.includes("run") && input.run) {
        const exit = input.run.exitCode !== null ? ` (exit code ${input.run.exitCode})` : "";
        bullets.push(
          `- the training run ${input.run.status === "timed-out" ? "timed out" : "failed"}${exit}`,
        );
      }
      if (bullets.length) lines.push(bullets.join("\n"));
      const b = comparison?.baseline;
      const sub: string[] = [];
      if (b && (b.gitSha || b.runId)) {
        const bits = [
          commitRef(b.gitSha, ctx) && `commit ${commitRef(b.gitSha, ctx)}`,
          runRef(b.runId, ctx) && `run ${runRef(b.runId, ctx)}`,
        ].filter(Boolean);
        sub.push(`Baseline ${baselineRef(comparison!)} was trained at ${bits.join(", ")}.`);
      }
      const evaluation = comparison ? evaluationLine(comparison) : null;
      if (evaluation) sub.push(evaluation);
      const artifact = comparison ? artifactLine(comparison) : null;
      if (artifact) sub.push(artifact);
      const scan = comparison ? scanLine(comparison) : null;
      if (scan) sub.push(scan);
      if (sub.length) lines.push(`<sub>${sub.join("<br>")}</sub>`);
      return lines.join("\n\n");
    },
  };
}

function metricsSection(ctx: Ctx): Section | null {
  const { main } = ctx;
  if (main.length > 0) {
    const t = metricTable(main);
    const notable = main.filter((m) => m.status !== "pass" && m.status !== "info").length;
    return {
      id: "metrics",
      priority: 100,
      rows: main.length,
      softRows: Math.max(notable, 150),
      minRows: 1,
      dropped: `the metrics table (${main.length} metrics)`,
      render: (rows, notice) => metricTableMarkdown(t, main, { rows, notice, noun: "metrics", legend: true }),
    };
  }
  // No comparison: the run's own metrics.
  const runMetrics = ctx.input.comparison ? {} : (ctx.input.run?.metrics ?? {});
  const names = Object.keys(runMetrics).sort();
  if (!names.length) return null;
  return {
    id: "metrics",
    priority: 100,
    rows: names.length,
    dropped: `the metrics table (${names.length} metrics)`,
    render: (rows, notice) => {
      const t = table(
        ["metric", "value"],
        names.slice(0, rows).map((n) => [text(n, 120), formatNumber(runMetrics[n])]),
        ["left", "right"],
      );
      return rows < names.length ? `${t}\n\n${notice(plural(names.length - rows, "more metric"))}` : t;
    },
  };
}

function classesSection(ctx: Ctx): Section | null {
  const conf = confusionOf(ctx.input.comparison);
  if (!conf) return null;
  return {
    id: "classes",
    priority: 40,
    rows: 0,
    dropped: `the per-class scores and confusion matrix (${conf.classes.length} classes)`,
    render: () => classificationMarkdown(conf),
  };
}

function residualsSection(ctx: Ctx): Section | null {
  const markdown = ctx.input.comparison ? residualsMarkdown(ctx.input.comparison) : null;
  if (!markdown) return null;
  return {
    id: "residuals",
    priority: 45,
    rows: 0,
    dropped: "the regression errors (MAE, RMSE, bias, residual quantiles)",
    render: () => markdown,
  };
}

function slicesSection(ctx: Ctx): Section | null {
  const { slices } = ctx;
  if (!slices.length) return null;
  const failing = slices.filter(isFailing).length;
  const t = metricTable(slices, { slices: true });
  const summary = failing
    ? `Per-slice results: <b>${failing} of ${slices.length} fail</b> (worst first)`
    : `Per-slice results: ${slices.length} checks, none fail (worst first)`;
  return {
    id: "slices",
    priority: 30,
    rows: slices.length,
    softRows: 25,
    dropped: `per-slice results (${slices.length} checks)`,
    render: (rows, notice) =>
      details(summary, metricTableMarkdown(t, slices, { rows, notice, noun: "slice checks" })),
  };
}

function historySection(ctx: Ctx): Section | null {
  const { input, options } = ctx;
  if (options.historyLength <= 0 || !input.history?.length) return null;
  // The production alias's history from the compared baseline back: a report built after
  // registering the candidate still charts what it was compared with, not the new production.
  const baselineVersion = input.comparison?.baseline?.version ?? null;
  const { versions, production } =
    input.comparison && !input.comparison.baseline
      ? { versions: [], production: false }
      : chartVersions(input.history, options.historyLength, baselineVersion);
  if (!versions.length) return null;
  const series: ChartSeries[] = [];
  // Paired: the compared baseline, re-scored, follows its registered point (when it is charted).
  const lastCharted = versions[versions.length - 1]!.number;
  const paired =
    input.comparison?.evaluation?.pairedOn === "same-rows" &&
    (baselineVersion === null || baselineVersion === lastCharted);
  if (ctx.main.length) {
    const gated = ctx.main.filter((m) => m.gate);
    const pool = gated.length ? gated : ctx.main;
    for (const m of pool)
      series.push({
        metric: m.name,
        greaterIsBetter: m.greaterIsBetter,
        threshold: m.gate?.threshold ?? null,
        candidate: m.candidate,
        // Paired: the baseline as the table shows it, re-scored on the evaluation rows.
        rescored: paired && rescoredBaseline(m) ? m.baseline : null,
      });
  } else if (input.run) {
    for (const name of Object.keys(input.run.metrics).sort())
      series.push({
        metric: name,
        greaterIsBetter: null,
        threshold: null,
        candidate: input.run.metrics[name] ?? null,
      });
  }
  // Short on the x axis (twelve columns share 720 px); the heading says what it is.
  const rescoredLabel = baselineVersion !== null ? `v${baselineVersion}*` : "baseline*";
  const charts = historyCharts(series, versions, {
    versions: options.historyLength,
    candidateLabel: options.candidateLabel,
    rescoredLabel,
    max: options.maxCharts,
  });
  if (!charts.length) return null;
  const first = versions[0]!.number;
  const last = versions[versions.length - 1]!.number;
  const span = first === last ? `v${first}` : `v${first}–v${last}`;
  const rows = input.comparison?.predictions?.rows;
  const rescored = series.some((s) => s.rescored !== null && s.rescored !== undefined);
  const heading = rescored
    ? `#### History: ${production ? "production " : ""}${span} as registered (each on its own holdout), then ${text(rescoredLabel, 30)} (${baselineVersion !== null ? `v${baselineVersion}` : "the baseline"} re-scored) and this ${text(options.candidateLabel, 20)} on the same ${rows !== undefined ? `${formatCount(rows)} ` : ""}rows`
    : `#### History: ${production ? "production " : ""}${span} (registered values) and this ${text(options.candidateLabel, 20)}`;
  return {
    id: "history",
    priority: 20,
    rows: 0,
    dropped: "the history chart",
    render: () => [heading, ...charts].join("\n\n"),
  };
}

/** Whether a metric row's baseline was re-scored on the evaluation rows (older Comparisons: its paired interval). */
function rescoredBaseline(m: MetricComparison): boolean {
  if (m.baseline === null) return false;
  if (m.baselineSource !== undefined) return m.baselineSource === "same-rows";
  return !!m.interval?.delta;
}

function paramsSections(ctx: Ctx): Section[] {
  const { comparison, run } = ctx.input;
  const candidateParams = comparison?.candidate.params ?? run?.params ?? null;
  const baselineParams = comparison?.baseline?.params ?? null;
  if (!candidateParams && !baselineParams) return [];
  const rows = diffParams(baselineParams, candidateParams);
  if (!rows.length) return [];
  const out: Section[] = [];
  const changed = rows.filter((r) => r.change !== "unchanged");
  const haveBaseline = baselineParams !== null;
  if (haveBaseline) {
    out.push({
      id: "params",
      priority: 60,
      rows: changed.length,
      softRows: 30,
      dropped: `the params diff (${changed.length} changed)`,
      render: (n, notice) => {
        if (!changed.length)
          return `#### Params\n\nNo param changed against the baseline (${rows.length} compared).`;
        const t = table(
          ["param", "baseline", "candidate", "change"],
          changed
            .slice(0, n)
            .map((r) => [
              text(r.path, 120),
              paramCell(r.baseline, r.change === "added"),
              paramCell(r.candidate, r.change === "removed"),
              r.change,
            ]),
        );
        const more =
          n < changed.length ? `\n\n${notice(plural(changed.length - n, "more changed param"))}` : "";
        return `#### Params: ${changed.length} of ${rows.length} changed\n\n${t}${more}`;
      },
    });
  }
  out.push({
    id: "params-all",
    priority: 10,
    rows: rows.length,
    softRows: 50,
    dropped: `the list of all ${rows.length} params`,
    render: (n, notice) => {
      const headers = haveBaseline ? ["param", "candidate", "baseline"] : ["param", "value"];
      const body = table(
        headers,
        rows
          .slice(0, n)
          .map((r: ParamRow) =>
            haveBaseline
              ? [
                  text(r.path, 120),
                  paramCell(r.candidate, r.change === "removed"),
                  paramCell(r.baseline, r.change === "added"),
                ]
              : [text(r.path, 120), paramCell(r.candidate, false)],
          ),
      );
      const more = n < rows.length ? `\n\n${notice(plural(rows.length - n, "more param"))}` : "";
      const title = haveBaseline
        ? `All params (${rows.length})`
        : `Params (${rows.length}; no baseline params to compare with)`;
      return details(title, body + more);
    },
  });
  return out;
}

function paramCell(value: unknown, absent: boolean): string {
  if (absent) return "—";
  const s = paramValue(value);
  return s === "" ? '""' : code(s, 80);
}

function dataSections(ctx: Ctx): Section[] {
  const v = ctx.input.validation;
  if (!v) return [];
  const out: Section[] = [];
  const checks = v.schema?.checks ?? [];
  const failedChecks = checks.filter((c) => !c.passed);
  const drift = v.drift;
  const drifted = drift?.columns.filter((c) => c.drifted) ?? [];

  out.push({
    id: "data-summary",
    priority: 90,
    rows: 0,
    dropped: "",
    render: () => {
      const files = v.dataset.files;
      const fileText = files.length
        ? ` from ${code(files[0]!.path, 80)}${files.length > 1 ? ` and ${files.length - 1} more file${files.length > 2 ? "s" : ""}` : ""}`
        : "";
      const bits = [
        `**${formatCount(v.dataset.rows)} rows** × ${v.dataset.columns.length} columns${fileText}`,
      ];
      if (v.schema) {
        bits.push(
          failedChecks.length
            ? `schema ❌ ${failedChecks.length} of ${checks.length} checks fail`
            : `schema ✅ ${checks.length} checks pass`,
        );
      }
      const errors = v.anomalies.filter((a) => a.severity === "error").length;
      const warnings = v.anomalies.filter((a) => a.severity === "warning").length;
      if (errors || warnings)
        bits.push(
          `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
        );
      if (drift) {
        bits.push(
          `drift ${drifted.length ? "⚠️" : "✅"} ${drifted.length} of ${drift.columns.length} columns drifted against ${code(drift.reference.source, 80)} (${formatCount(drift.reference.rows)} rows); ` +
            `dataset drift ${drift.datasetDrift ? "**yes**" : "no"}: ${formatPercent(drift.driftedShare, false)} drifted, threshold ${formatPercent(drift.shareThreshold, false)}`,
        );
      }
      return `#### Data ${v.passed ? "✅" : "❌"}\n\n${bits.join(" · ")}`;
    },
  });

  if (failedChecks.length) {
    out.push({
      id: "data-schema",
      priority: 56,
      rows: failedChecks.length,
      softRows: 20,
      dropped: plural(failedChecks.length, "failed schema check"),
      render: (n, notice) => {
        const t = table(
          ["check", "column", "expected", "observed", "failing rows", "severity"],
          failedChecks
            .slice(0, n)
            .map((c) => [
              text(c.check, 60),
              c.column === null ? "—" : text(c.column, 80),
              text(c.expected, 120),
              c.observed === undefined ? "—" : text(c.observed, 120),
              `${formatCount(c.failures)} of ${formatCount(c.checked)}`,
              severityLabel(c.severity),
            ]),
          ["left", "left", "left", "left", "right", "left"],
        );
        const more =
          n < failedChecks.length
            ? `\n\n${notice(`${plural(failedChecks.length - n, "more failed check")}`)}`
            : "";
        return `**Schema checks that fail**\n\n${t}${more}`;
      },
    });
  }

  const anomalies = [...v.anomalies].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  if (anomalies.length) {
    out.push({
      id: "data-anomalies",
      priority: 55,
      rows: anomalies.length,
      softRows: 20,
      dropped: plural(anomalies.length, "data anomaly", "data anomalies"),
      render: (n, notice) => {
        const t = table(
          ["severity", "anomaly", "where", "message"],
          anomalies.slice(0, n).map((a) => {
            const where = [
              a.column !== undefined ? text(a.column, 80) : null,
              a.file ? `${code(a.file, 80)}${a.line ? ` line ${a.line}` : ""}` : null,
            ]
              .filter(Boolean)
              .join(", ");
            return [
              severityLabel(a.severity),
              text(a.code, 60),
              where || "—",
              `${text(a.message, 300)}${a.count !== undefined ? ` (${formatCount(a.count)})` : ""}`,
            ];
          }),
        );
        const more =
          n < anomalies.length
            ? `\n\n${notice(plural(anomalies.length - n, "more anomaly", "more anomalies"))}`
            : "";
        return `**Anomalies**\n\n${t}${more}`;
      },
    });
  }

  if (drift && drift.columns.length) {
    const cols = [...drift.columns].sort(
      (a, b) => Number(b.drifted) - Number(a.drifted) || a.column.localeCompare(b.column),
    );
    out.push({
      id: "data-drift",
      priority: 57,
      rows: cols.length,
      softRows: Math.max(drifted.length, 20),
      dropped: `the drift table (${drift.columns.length} columns)`,
      render: (n, notice) => {
        const shown = cols.slice(0, n);
        const headers = ["column", "test", "statistic", "p-value", "drift when", "drifted"];
        const align: ("left" | "right")[] = ["left", "left", "right", "right", "left", "left"];
        const row = (c: (typeof cols)[number]) => [
          text(c.column, 80),
          `${text(c.test)}${c.psi !== null && c.psi !== undefined && c.test !== "psi" ? ` (PSI ${formatNumber(c.psi)})` : ""}`,
          formatNumber(c.statistic),
          c.pValue === null || c.pValue === undefined ? "—" : formatNumber(c.pValue),
          `${c.comparedValue === "p_value" ? "p-value" : "statistic"} ${c.operator.replace(">=", "≥").replace("<=", "≤").replace("<", "&lt;").replace(">", "&gt;")} ${formatNumber(c.threshold)}`,
          c.drifted ? "⚠️ yes" : "no",
        ];
        const parts: string[] = [];
        const d = shown.filter((c) => c.drifted);
        const rest = shown.filter((c) => !c.drifted);
        if (d.length) parts.push(`**Drifted columns**\n\n${table(headers, d.map(row), align)}`);
        if (rest.length)
          parts.push(details(`Columns without drift (${rest.length})`, table(headers, rest.map(row), align)));
        if (n < cols.length)
          parts.push(notice(`${plural(cols.length - n, "more column")} of the drift table`));
        return parts.join("\n\n");
      },
    });
  }
  return out;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function severityRank(s: string): number {
  return s === "error" ? 0 : s === "warning" ? 1 : 2;
}

function severityLabel(s: string): string {
  return s === "error" ? "❌ error" : s === "warning" ? "⚠️ warning" : "ℹ️ info";
}

function runSection(ctx: Ctx): Section | null {
  const run = ctx.input.run;
  if (!run) return null;
  return {
    id: "run",
    priority: 5,
    rows: 0,
    dropped: "the training run details",
    render: () => {
      const rows: string[][] = [
        ["id", code(run.id, 80)],
        [
          "status",
          `${run.status === "succeeded" || run.status === "cached" ? "✅" : "❌"} ${text(run.status)}${run.exitCode !== null ? ` (exit code ${run.exitCode})` : ""}${run.cacheHit ? " · restored from the run cache" : ""}`,
        ],
        ["duration", formatDuration(run.durationMs)],
        ["command", code(redactCommand(run.command), 200) || "—"],
      ];
      const commit = commitRef(run.git.sha, ctx);
      if (commit)
        rows.push([
          "commit",
          `${commit}${run.git.ref ? ` on ${code(run.git.ref, 100)}` : ""}${run.git.dirty ? " (uncommitted changes)" : ""}`,
        ]);
      if (run.data.length)
        rows.push([
          "data",
          run.data
            .slice(0, 10)
            .map(
              (d) =>
                `${code(d.path, 80)} ${code(d.sha256.slice(0, 12))}${d.bytes !== undefined ? ` ${formatBytes(d.bytes)}` : ""}`,
            )
            .join("<br>") + (run.data.length > 10 ? `<br>… ${run.data.length - 10} more` : ""),
        ]);
      if (run.model) {
        const total = run.model.files.reduce((s, f) => s + f.bytes, 0);
        rows.push([
          "model",
          `${code(run.model.path, 120)}: ${run.model.files.length} file${run.model.files.length === 1 ? "" : "s"}, ${formatBytes(total)}`,
        ]);
      }
      if (run.resources?.peakRssBytes) rows.push(["peak memory", formatBytes(run.resources.peakRssBytes)]);
      const tools = Object.entries(run.environment.tools)
        .slice(0, 8)
        .map(([k, val]) => `${text(k, 40)} ${code(val, 40)}`);
      rows.push([
        "environment",
        [
          `${text(run.environment.os)}/${text(run.environment.arch)}`,
          `node ${code(run.environment.node, 20)}`,
          ...tools,
        ].join(" · "),
      ]);
      return details(
        `Training run: ${html(run.status)} in ${html(formatDuration(run.durationMs))}`,
        table(["", "value"], rows),
      );
    },
  };
}

function footerSection(ctx: Ctx): Section {
  return {
    id: "footer",
    priority: Infinity,
    rows: 0,
    dropped: "",
    render: () => {
      const links = ctx.input.links ?? {};
      const items: string[] = [];
      if (links.workflowRun) items.push(link("workflow run", links.workflowRun));
      if (links.artifact) items.push(link("artifact", links.artifact));
      if (links.registryVersion)
        items.push(link(text(links.registryVersion.label, 80), links.registryVersion.url));
      items.push("mlops-actions report-metrics");
      return `<sub>${items.join(" · ")}</sub>`;
    },
  };
}

export { STATUS_LABEL };
