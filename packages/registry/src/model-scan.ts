import path from "node:path";
import {
  oneOf,
  optionalString,
  StepFailed,
  type Logger,
  type ModelVersion,
  type RawInputs,
} from "@mlops/core";

/*
 * `model-scan: fail | warn | off` for register-model and deploy-model: scan the model files with
 * @mlops/scan before anything loads them (pickle-based formats run code when loaded).
 * The scanner is imported on first use, so steps that do not scan do not pay for loading it.
 */

export const MODEL_SCAN_MODES = ["fail", "warn", "off"] as const;
export type ModelScanMode = (typeof MODEL_SCAN_MODES)[number];
/** What a ModelVersion stores: @mlops/scan's summarizeScan digest. */
export type ModelScan = NonNullable<ModelVersion["scan"]>;

/** Reads input 'model-scan' (default fail). */
export function readModelScanMode(input: RawInputs): ModelScanMode {
  return oneOf(optionalString(input, "model-scan") ?? "fail", "model-scan", MODEL_SCAN_MODES);
}

export interface EnforceScanOptions {
  /** What the step does not do when the scan fails it: "registered nothing", "deployed nothing". */
  consequence: string;
  /** The path shown in messages (relative to the workspace); default: file names inside the model. */
  shown?: string;
  /** What the files are, after the failing file's name: "weather version 3" → "model.pkl (weather version 3): …". */
  context?: string;
}

/**
 * Scans `modelPath` (a file or directory) under `mode`. Returns the summary to store and show,
 * or null with `off`. With `fail`, a `dangerous` or `error` (unscannable) verdict throws StepFailed
 * naming the file and what it found; with `warn` every finding is a warning annotation.
 */
export async function enforceScan(
  modelPath: string,
  mode: ModelScanMode,
  logger: Logger,
  options: EnforceScanOptions,
): Promise<ModelScan | null> {
  const shown = options.shown ?? "";
  const context = options.context ? ` (${options.context})` : "";
  if (mode === "off") {
    logger.info(
      `model scan: off (model-scan: off); ${shown || path.basename(modelPath)}${context} was not scanned`,
    );
    return null;
  }
  const { scanPath, summarizeScan, formatFindings } = await import("@mlops/scan");
  let report: Awaited<ReturnType<typeof scanPath>>;
  try {
    report = await scanPath(modelPath);
  } catch (error) {
    // Only a path that cannot be stat'ed rejects: the step's own checks name it (model-path not found).
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const summary = summarizeScan(report) as ModelScan;
  const blocking = mode === "fail" && (summary.verdict === "dangerous" || summary.verdict === "error");
  const annotate = blocking ? logger.error.bind(logger) : logger.warning.bind(logger);
  for (const line of formatFindings(report))
    annotate(`model scan: ${prefixed(shown, report.root, modelPath, line)}`);
  logger.info(scanSummaryLine(summary));
  if (blocking) {
    const worst = summary.findings.find((f) => f.severity === summary.verdict) ?? summary.findings[0];
    const what = worst
      ? `${fileShown(shown, worst.file, modelPath, report.root)}${context}: ${findingText(worst)}`
      : `${shown || path.basename(modelPath)}${context}`;
    const more = summary.findings.length + summary.omittedFindings - 1;
    throw new StepFailed(
      `${what}${more > 0 ? ` (and ${more} more finding${more === 1 ? "" : "s"} in the log)` : ""}; ${options.consequence}. ` +
        (summary.verdict === "error"
          ? "The file could not be scanned, so nothing vouches for it; "
          : "Loading this model can run code; ") +
        "check where it came from, or set model-scan: warn to go on anyway",
      { code: "model-scan-failed" },
    );
  }
  if (summary.verdict !== "safe") {
    logger.warning(`${scanSummaryLine(summary)} (model-scan: ${mode}, going on)`);
  }
  return summary;
}

/** "imports os.system (dangerous: runs a shell command)" from "imports os.system (GLOBAL; runs a shell command)". */
function findingText(finding: ModelScan["findings"][number]): string {
  const where = finding.entry ? ` [${finding.entry}]` : "";
  const match = /^imports (\S+) \((?:[^;()]*); (.*)\)$/.exec(finding.message);
  if (match) return `imports ${match[1]} (${finding.severity}: ${match[2]})${where}`;
  return `${finding.severity}: ${finding.message}${where}`;
}

/** The finding's file as the user knows it: for a single-file model the file itself. */
function fileShown(shown: string, file: string, modelPath: string, root: string): string {
  if (!shown) return file;
  return path.resolve(root) === path.resolve(modelPath) && file === path.basename(modelPath)
    ? shown
    : `${shown.replace(/\/+$/, "")}/${file}`;
}

function prefixed(shown: string, root: string, modelPath: string, line: string): string {
  const space = line.indexOf(" ");
  const file = space < 0 ? line : line.slice(0, space);
  return `${fileShown(shown, file, modelPath, root)}${space < 0 ? "" : line.slice(space)}`;
}

/** One line for logs and step summaries: "model scan: safe — 12 globals, all on the allowlist". */
export function scanSummaryLine(summary: ModelScan | null | undefined): string {
  if (!summary) return "model scan: not scanned";
  const globals = `${summary.globals.length} global${summary.globals.length === 1 ? "" : "s"}`;
  const files = `${summary.files} file${summary.files === 1 ? "" : "s"}`;
  if (summary.verdict === "safe") {
    return summary.globals.length
      ? `model scan: safe — ${globals}, all on the allowlist (${files})`
      : `model scan: safe — no globals imported (${files})`;
  }
  const shown = summary.findings.slice(0, 3).map((f) => `${f.file}: ${findingText(f)}`);
  const rest = summary.findings.length + summary.omittedFindings - shown.length;
  return `model scan: ${summary.verdict} — ${globals} in ${files}; ${shown.join("; ")}${rest > 0 ? `; ${rest} more` : ""}`;
}
