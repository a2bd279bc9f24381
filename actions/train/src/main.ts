import { notImplemented, withConfigFallback, type StepContext } from "@mlops/action-runtime";
import { requiredString } from "@mlops/core";

export async function main({ io, config }: StepContext): Promise<void> {
  const input = withConfigFallback(io.input, { model: config.model, ...config.train });
  requiredString(input, "command", "the training command to run, e.g. command: python train.py");
  notImplemented("train");
}
