import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ConfigurationError,
  isConfigurationError,
  readDocument,
  type ColumnType,
  type Logger,
  type ModelVersion,
} from "@mlops/core";
import { ColumnProfiler, DatasetProfiler, type ColumnSketches } from "@mlops/data";

/*
 * What a served version is compared with: its registered metrics (the rules' baseline), its
 * reference profile (the ValidationReport of its training data: feature drift) and its own
 * holdout predictions (prediction drift). The profile and the predictions come from the
 * `reference` / `holdout-predictions` inputs (a path, `{version}` replaced by the number), or
 * else from the version's registered files: a `mlops-reference.json` or `validation.json`
 * ValidationReport and a `predictions.{csv,tsv,jsonl,parquet}` file (what train's model-path
 * holds when the trainer writes its holdout predictions next to the model), downloaded
 * sha256-verified when the version's files total at most REFERENCE_DOWNLOAD_LIMIT.
 */

export const REFERENCE_DOWNLOAD_LIMIT = 256 * 1024 * 1024;

export interface ReferenceColumns {
  source: string;
  rows: number;
  columns: Map<string, { profiler: ColumnProfiler; type: ColumnType }>;
}

export interface VersionReference {
  version: number;
  registered: ModelVersion | null;
  reference: ReferenceColumns | null;
  holdout: ReferenceColumns | null;
  notes: string[];
}

export interface ReferenceSources {
  /** Path of a ValidationReport, `{version}` replaced by each version's number. */
  reference?: string | undefined;
  holdoutPredictions?: string | undefined;
  cwd: string;
}

/** Downloads a version's files (the registry's sha256-verified download) into `dir`. */
export type DownloadVersion = (version: number, dir: string) => Promise<void>;

const REFERENCE_NAMES = new Set(["mlops-reference.json", "validation.json"]);
const HOLDOUT_NAME = /^predictions\.(csv|tsv|jsonl|parquet)$/i;

/** A saved profile (ValidationReport) as profilers with their types. */
export async function loadProfile(file: string, shown: string): Promise<ReferenceColumns> {
  const report = await readDocument("mlops.validation", file);
  const columns: ReferenceColumns["columns"] = new Map();
  for (const [name, p] of Object.entries(report.profile)) {
    if (!p.sketches) continue;
    columns.set(name, {
      profiler: ColumnProfiler.fromSketches(name, p.sketches as unknown as ColumnSketches),
      type: p.type,
    });
  }
  if (!columns.size)
    throw new ConfigurationError(
      `${shown}: the profile has no saved sketches; re-run validate-data on the reference data to save a usable profile`,
      { code: "reference-invalid", location: { file: shown } },
    );
  return { source: shown, rows: report.dataset.rows, columns };
}

/** Holdout predictions profiled in one pass (@mlops/data's DatasetProfiler). */
export async function loadHoldout(file: string, shown: string): Promise<ReferenceColumns> {
  const profiler = new DatasetProfiler({});
  await profiler.read(file);
  const columns: ReferenceColumns["columns"] = new Map();
  for (const [name, p] of profiler.columns) columns.set(name, { profiler: p, type: p.inferType() });
  return { source: shown, rows: profiler.rows, columns };
}

function fromTemplate(template: string, version: number, cwd: string): { file: string; shown: string } {
  const shown = template.replaceAll("{version}", String(version));
  return { file: path.resolve(cwd, shown), shown };
}

async function fromInputs(
  out: VersionReference,
  sources: ReferenceSources,
): Promise<{ reference: boolean; holdout: boolean }> {
  const v = out.version;
  const given = { reference: false, holdout: false };
  if (sources.reference) {
    given.reference = true;
    const { file, shown } = fromTemplate(sources.reference, v, sources.cwd);
    if (existsSync(file)) out.reference = await loadProfile(file, shown);
    else out.notes.push(`no reference profile at ${shown}: feature drift not measured`);
  }
  if (sources.holdoutPredictions) {
    given.holdout = true;
    const { file, shown } = fromTemplate(sources.holdoutPredictions, v, sources.cwd);
    if (existsSync(file)) out.holdout = await loadHoldout(file, shown);
    else out.notes.push(`no holdout predictions at ${shown}: prediction drift not measured`);
  }
  return given;
}

/** The version's registered reference profile and holdout predictions, downloaded when small enough. */
async function fromRegistry(
  out: VersionReference,
  want: { reference: boolean; holdout: boolean },
  download: DownloadVersion,
  logger: Logger,
): Promise<void> {
  const mv = out.registered!;
  const base = (p: string) => p.split("/").pop() ?? p;
  const ref = want.reference ? mv.files.find((f) => REFERENCE_NAMES.has(base(f.path))) : undefined;
  const hold = want.holdout ? mv.files.find((f) => HOLDOUT_NAME.test(base(f.path))) : undefined;
  if (want.reference && !ref)
    out.notes.push(
      `v${out.version} has no registered reference profile (mlops-reference.json): feature drift not measured`,
    );
  if (want.holdout && !hold)
    out.notes.push(
      `v${out.version} has no registered holdout predictions (predictions.csv): prediction drift not measured`,
    );
  if (!ref && !hold) return;
  const bytes = mv.files.reduce((s, f) => s + f.bytes, 0);
  if (bytes > REFERENCE_DOWNLOAD_LIMIT) {
    out.notes.push(
      `v${out.version}'s files total ${bytes} bytes (over ${REFERENCE_DOWNLOAD_LIMIT}): its profile and holdout predictions were not downloaded; give reference / holdout-predictions`,
    );
    return;
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-monitor-"));
  try {
    await download(out.version, dir);
    const shown = (p: string) => `${mv.uri}/${p}`;
    if (ref) out.reference = await loadProfile(path.join(dir, ref.path), shown(ref.path));
    if (hold) out.holdout = await loadHoldout(path.join(dir, hold.path), shown(hold.path));
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    logger.warning(`v${out.version}: ${error.message}`);
    out.notes.push(`v${out.version}'s registered reference could not be read: ${error.message}`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export async function versionReference(
  version: number,
  registered: ModelVersion | null,
  sources: ReferenceSources,
  download: DownloadVersion | null,
  logger: Logger,
): Promise<VersionReference> {
  const out: VersionReference = { version, registered, reference: null, holdout: null, notes: [] };
  if (!registered)
    out.notes.push(`v${version} is not in the registry: no registered metrics to compare with`);
  const given = await fromInputs(out, sources);
  if (registered && download && (!given.reference || !given.holdout))
    await fromRegistry(out, { reference: !given.reference, holdout: !given.holdout }, download, logger);
  return out;
}
