import { notImplemented, withConfigFallback, type StepContext } from "@mlops/action-runtime";
import { requiredString } from "@mlops/core";

export async function main({ io, config }: StepContext): Promise<void> {
  const input = withConfigFallback(io.input, { model: config.model, ...config.evaluate });
  requiredString(
    input,
    "candidate-metrics",
    "the candidate's metrics file or RunRecord, e.g. candidate-metrics: ${{ steps.train.outputs.metrics-file }}",
  );
  notImplemented("evaluate-against-baseline");
}
