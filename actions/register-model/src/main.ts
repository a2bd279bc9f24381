import { withConfigFallback, type StepContext } from "@mlops/action-runtime";
import { oneOf, optionalList, optionalString, requiredString } from "@mlops/core";
import { registerModel } from "@mlops/registry";

export async function main({ io, ctx, config }: StepContext): Promise<void> {
  const input = withConfigFallback(io.input, { model: config.model, ...config.register });
  const fromConfig = withConfigFallback(io.input, {
    registry: config.registry?.backend,
    "registry-path": config.registry?.path,
  });
  const result = await registerModel(
    {
      model: requiredString(input, "model", "the model name, e.g. model: weather-classifier"),
      modelPath: optionalString(input, "model-path"),
      metricsFile: optionalString(input, "metrics"),
      runRecord: optionalString(input, "run-record"),
      aliases: optionalList(input, "aliases"),
      tags: optionalString(input, "tags"),
      backend: oneOf(optionalString(fromConfig, "registry") ?? "auto", "registry", [
        "auto",
        "local",
        "github",
      ] as const),
      registryPath: optionalString(fromConfig, "registry-path"),
      token: optionalString(io.input, "token"),
    },
    { ctx, logger: io.logger },
  );
  io.setOutput("version", result.version.number);
  io.setOutput("model-uri", result.uri);
  io.setOutput("created", result.created);
  io.setOutput("aliases", JSON.stringify(result.version.aliases));
  await io.appendSummary(result.summary);
}
