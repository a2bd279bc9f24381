import { notImplemented, withConfigFallback, type StepContext } from "@mlops/action-runtime";
import { requiredString } from "@mlops/core";

export async function main({ io, config }: StepContext): Promise<void> {
  const input = withConfigFallback(io.input, { model: config.model, ...config.validate });
  requiredString(input, "data", "the data file(s) to validate, e.g. data: data/train.csv");
  notImplemented("validate-data");
}
