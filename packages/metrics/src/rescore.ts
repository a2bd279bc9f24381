import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { canonicalJson, ConfigurationError, sha256Hex, type Logger } from "@mlops/core";
import type { ResolvedBaseline } from "./baseline.js";
import { evaluationRows, type EvaluationRows, type RowFilter } from "./evaluation-set.js";
import { runPredict, type PredictCommand, type PredictDeps } from "./predict.js";
import { idIndexOf, whereIs, type PredictionTable } from "./predictions.js";

/*
 * Like-for-like evaluation: the baseline model is downloaded from the registry (every file
 * sha256-verified) and scored with the predict command on the evaluation rows the candidate is
 * measured on. Its predictions are cached by (model version and content, evaluation-set
 * fingerprint, predict command), so a re-run of the same comparison does not score again.
 */

export type EvaluationRowsMode = "candidate" | "dataset";

export interface RescoreOptions {
  predict: PredictCommand;
  /** Evaluation rows: files, directories or globs (evaluate.dataset). */
  dataset: readonly string[];
  /**
   * candidate: the dataset rows whose id the candidate's predictions hold (its holdout);
   * dataset: every row of the dataset (a golden set), the candidate scored too when it has a model.
   */
  rows: EvaluationRowsMode;
  /** The candidate model (file or directory), scored with predict when rows is "dataset". */
  candidateModel?: string | undefined;
  idColumn?: string | undefined;
  cwd: string;
  /** Cached baseline predictions live under <cacheDir>/baseline-scores. */
  cacheDir: string;
  /** A scratch directory of this evaluation (downloads, evaluation rows, fresh predictions). */
  workDir: string;
}

export interface RescoreResult {
  rows: EvaluationRows;
  /** Null when the candidate's own predictions are used as they are. */
  candidateFile: string | null;
  /** Null when there is no registry baseline (the first model): only the candidate is scored. */
  baselineFile: string | null;
  baselineSource: "predict" | "cache" | null;
  /** Time spent in predict commands (not in evaluation). */
  predictMs: number;
}

const EXTENSIONS = { csv: "csv", tsv: "tsv", jsonl: "jsonl", parquet: "parquet" } as const;

/** The candidate's rows as a filter of dataset rows by id (its ids hashed, as evaluate joins them). */
export function candidateFilter(table: PredictionTable, idColumn: string): RowFilter {
  const index = idIndexOf(table, idColumn);
  const scratch = new Uint32Array(2);
  return {
    idColumn,
    count: table.rows,
    position: (key) => index.rowOfKey(key, scratch),
    describe: (row) => table.ids?.texts?.[row] ?? `the id at ${whereIs(table, row)}`,
    from: table.file,
  };
}

export function baselineCacheKey(
  baseline: Pick<ResolvedBaseline, "source" | "version" | "contentDigest">,
  fingerprint: string,
  predict: PredictCommand,
): string {
  return sha256Hex(
    canonicalJson({
      baseline: { version: baseline.version, content: baseline.contentDigest ?? baseline.source },
      evaluationRows: fingerprint,
      predict: { command: predict.command, format: predict.format },
    }),
  );
}

/** Scores the baseline (and the candidate, when asked) on the evaluation rows. */
export async function scoreOnEvaluationRows(
  options: RescoreOptions,
  baseline: ResolvedBaseline | null,
  candidate: PredictionTable | null,
  deps: PredictDeps & { logger: Logger },
): Promise<RescoreResult> {
  const { logger } = deps;
  const rows = await evaluationRows({
    dataset: options.dataset,
    cwd: options.cwd,
    keep: options.rows === "candidate" ? candidateKeep(options, candidate) : null,
    tempDir: options.workDir,
  });
  logger.info(
    `evaluation rows: ${rows.rows} from ${rows.source}${options.rows === "candidate" ? ` (the rows of the candidate's predictions, by '${options.idColumn}')` : ""}, sha256 ${rows.fingerprint.slice(0, 12)}`,
  );
  const base = baseline ? await scoreBaseline(options, baseline, rows, deps) : null;
  let predictMs = base?.predictMs ?? 0;
  const ext = EXTENSIONS[options.predict.format];
  let candidateFile: string | null = null;
  if (options.rows === "dataset" && options.candidateModel) {
    const out = path.join(options.workDir, `candidate-predictions.${ext}`);
    const run = await runPredict(
      options.predict,
      {
        who: "candidate",
        modelPath: path.resolve(options.cwd, options.candidateModel),
        evalData: rows.file,
        output: out,
      },
      deps,
    );
    predictMs += run.durationMs;
    candidateFile = out;
  } else if (!candidate) {
    throw new ConfigurationError(
      "the candidate has neither predictions nor a model to score: give candidate-predictions, or candidate-model with evaluation-rows: dataset",
      { code: "input-missing" },
    );
  }
  return {
    rows,
    candidateFile,
    baselineFile: base?.file ?? null,
    baselineSource: base?.source ?? null,
    predictMs,
  };
}

async function scoreBaseline(
  options: RescoreOptions,
  baseline: ResolvedBaseline,
  rows: EvaluationRows,
  deps: PredictDeps & { logger: Logger },
): Promise<{ file: string; source: "predict" | "cache"; predictMs: number }> {
  const { logger } = deps;
  const who = `baseline v${baseline.version ?? "?"}`;
  const ext = EXTENSIONS[options.predict.format];
  let predictMs = 0;
  const cached = path.join(
    options.cacheDir,
    "baseline-scores",
    `${baselineCacheKey(baseline, rows.fingerprint, options.predict)}.${ext}`,
  );
  let baselineSource: "predict" | "cache" = "cache";
  if (existsSync(cached)) {
    logger.info(
      `${who}: scores on these rows found in the cache (${path.relative(options.cwd, cached)}); not scoring again`,
    );
  } else {
    if (!baseline.download) {
      throw new ConfigurationError(`${who}: its files cannot be downloaded here, so it cannot be scored`, {
        code: "baseline-download",
      });
    }
    const dl = await baseline.download(path.join(options.workDir, "baseline-model"));
    const out = path.join(options.workDir, `baseline-predictions.${ext}`);
    const run = await runPredict(
      options.predict,
      { who, modelPath: dl.modelPath, evalData: rows.file, output: out },
      deps,
    );
    predictMs += run.durationMs;
    logger.info(`${who}: scored ${rows.rows} rows in ${(run.durationMs / 1000).toFixed(1)} s`);
    await fs.mkdir(path.dirname(cached), { recursive: true });
    const partial = `${cached}.${process.pid}.partial`;
    await fs.copyFile(out, partial);
    await fs.rename(partial, cached);
    baselineSource = "predict";
  }
  return { file: cached, source: baselineSource, predictMs };
}

function candidateKeep(options: RescoreOptions, candidate: PredictionTable | null): RowFilter {
  if (!candidate) {
    throw new ConfigurationError(
      "evaluation-rows: candidate takes the rows of the candidate's predictions, but there are none: give candidate-predictions, or set evaluation-rows: dataset with candidate-model",
      { code: "input-missing" },
    );
  }
  if (!options.idColumn) {
    throw new ConfigurationError(
      `the baseline is scored on the rows of the candidate's predictions (${candidate.file}), found in the dataset by their id: set id-column (e.g. id-column: date), or evaluation-rows: dataset with candidate-model`,
      { code: "input-missing" },
    );
  }
  return candidateFilter(candidate, options.idColumn);
}
