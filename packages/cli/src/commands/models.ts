import type { Command } from "commander";
import { ConfigurationError } from "@mlops/core";

export function registerModels(program: Command): void {
  program
    .command("models")
    .description("the local model registry (lands with its issue)")
    .allowUnknownOption()
    .action(() => {
      throw new ConfigurationError("mlops models: not implemented yet");
    });
}
