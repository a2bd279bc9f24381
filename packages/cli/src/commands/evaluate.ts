import type { Command } from "commander";
import { ConfigurationError } from "@mlops/core";

export function registerEvaluate(program: Command): void {
  program
    .command("evaluate")
    .description("evaluate (lands with its issue)")
    .allowUnknownOption()
    .action(() => {
      throw new ConfigurationError("mlops evaluate: not implemented yet");
    });
}
