import { withConfigFallback, type StepContext } from "@mlops/action-runtime";
import { requireCandidate } from "@mlops/metrics/candidate";

/*
 * evaluate-against-baseline: inputs (or mlops.yml's evaluate: section) → runEvaluateStep
 * (packages/metrics) → outputs passed, verdict, comparison, baseline-version and the job
 * summary. A failed gate fails the step unless fail-on-gate is false; the outputs and the
 * Comparison are written first either way.
 */
export async function main({ io, ctx, config }: StepContext): Promise<void> {
  const input = withConfigFallback(io.input, { model: config.model, ...config.evaluate });
  // Check the one required input before loading the evaluators (start-up cost is a goal).
  requireCandidate({
    candidateMetrics: input("candidate-metrics"),
    candidatePredictions: input("candidate-predictions"),
  });
  const { runEvaluateStep } = await import("@mlops/metrics/step");
  await runEvaluateStep({ io, ctx, config, input });
}
