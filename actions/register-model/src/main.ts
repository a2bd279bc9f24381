import { notImplemented, withConfigFallback, type StepContext } from "@mlops/action-runtime";
import { requiredString } from "@mlops/core";

export async function main({ io, config }: StepContext): Promise<void> {
  const input = withConfigFallback(io.input, { model: config.model, ...config.register });
  requiredString(input, "model", "the model name, e.g. model: weather-classifier");
  notImplemented("register-model");
}
