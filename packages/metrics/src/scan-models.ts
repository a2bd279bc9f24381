import path from "node:path";
import type { Logger, ModelScan } from "@mlops/core";

/*
 * evaluate's model scan: each side's model files are scanned with @mlops/scan (through the
 * registry's enforceScan, as register-model and deploy-model do) before the predict command
 * loads them, since pickle-based formats run code when loaded. `model-scan: fail` (default)
 * stops the step on a dangerous or unscannable file, naming it; `warn` goes on with warnings;
 * `off` skips the scan. The summaries go into the Comparison (scan.candidate, scan.baseline).
 */

export const MODEL_SCAN_MODES = ["fail", "warn", "off"] as const;
export type ModelScanMode = (typeof MODEL_SCAN_MODES)[number];

export type Side = "candidate" | "baseline";

export interface ScanTarget {
  /** The path messages show for the files (as the user gave it); "" for a download (file names only). */
  shown: string;
  /** What the files are, in messages: "candidate", "baseline weather v1". */
  context: string;
}

export class ModelScans {
  readonly result: Record<Side, ModelScan | null> = { candidate: null, baseline: null };
  /** Sides whose files were looked at here (scanned, or skipped with model-scan: off). */
  private readonly seen = new Map<string, Side>();

  constructor(
    private readonly mode: ModelScanMode,
    private readonly logger: Logger,
  ) {}

  /** Scans `modelPath` once; throws StepFailed (model-scan-failed) under `fail` on a dangerous file. */
  async scan(side: Side, modelPath: string, target: ScanTarget): Promise<void> {
    const key = path.resolve(modelPath);
    if (this.seen.has(key)) return;
    this.seen.set(key, side);
    const { enforceScan } = await import("@mlops/registry");
    const summary = await enforceScan(modelPath, this.mode, this.logger, {
      consequence:
        side === "candidate"
          ? "evaluate did not load or score the candidate"
          : "evaluate did not run the predict command on the baseline",
      ...(target.shown ? { shown: target.shown } : {}),
      context: target.context,
    });
    this.result[side] = summary;
  }

  /** The Comparison's `scan` (a side null when not scanned), or undefined when no side had model files here. */
  comparisonScan(): { candidate: ModelScan | null; baseline: ModelScan | null } | undefined {
    if (this.seen.size === 0) return undefined;
    return { candidate: this.result.candidate, baseline: this.result.baseline };
  }
}
