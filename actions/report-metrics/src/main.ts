import { notImplemented, withConfigFallback, type StepContext } from "@mlops/action-runtime";
import { requiredString } from "@mlops/core";

export async function main({ io, config }: StepContext): Promise<void> {
  const input = withConfigFallback(io.input, { model: config.model, ...config.report });
  requiredString(input, "comparison", "a Comparison JSON from evaluate-against-baseline");
  notImplemented("report-metrics");
}
