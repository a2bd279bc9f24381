import type { Comparison, RunRecord, ValidationReport } from "@mlops/core";

/*
 * The overall verdict of a report: the comparison's, made stricter by a failed data validation
 * or a failed training run when those documents are given too.
 */

export type VerdictState = "pass" | "fail" | "no-baseline" | "info";
export type CheckConclusion = "success" | "failure" | "neutral";

export interface Verdict {
  state: VerdictState;
  emoji: string;
  /** The check-run conclusion this verdict maps to. */
  conclusion: CheckConclusion;
  /** Why it failed, in our words (each already safe Markdown is NOT assumed: plain text). */
  failures: string[];
}

const EMOJI: Record<VerdictState, string> = { pass: "✅", fail: "❌", "no-baseline": "🆕", info: "📊" };

export function verdictOf(docs: {
  comparison?: Comparison | null;
  validation?: ValidationReport | null;
  run?: RunRecord | null;
}): Verdict {
  const failures: string[] = [];
  const { comparison, validation, run } = docs;
  if (comparison && (comparison.verdict === "fail" || !comparison.passed)) failures.push("gate");
  if (validation && !validation.passed) failures.push("data");
  if (run && (run.status === "failed" || run.status === "timed-out")) failures.push("run");

  let state: VerdictState;
  if (failures.length > 0) state = "fail";
  else if (comparison) state = comparison.verdict === "no-baseline" ? "no-baseline" : "pass";
  else if (validation) state = "pass";
  else state = "info";

  const conclusion: CheckConclusion = state === "fail" ? "failure" : state === "pass" ? "success" : "neutral";
  return { state, emoji: EMOJI[state], conclusion, failures };
}
