import { withConfigFallback, type StepContext } from "@mlops/action-runtime";
import { runEvaluateStep } from "@mlops/metrics/step";

/*
 * evaluate-against-baseline: inputs (or mlops.yml's evaluate: section) → runEvaluateStep
 * (packages/metrics) → outputs passed, verdict, comparison, baseline-version and the job
 * summary. A failed gate fails the step unless fail-on-gate is false; the outputs and the
 * Comparison are written first either way.
 */
export async function main({ io, ctx, config }: StepContext): Promise<void> {
  const input = withConfigFallback(io.input, { model: config.model, ...config.evaluate });
  await runEvaluateStep({ io, ctx, config, input });
}
