import type { Command } from "commander";
import { ConfigurationError } from "@mlops/core";

export function registerTrain(program: Command): void {
  program
    .command("train")
    .description("train (lands with its issue)")
    .allowUnknownOption()
    .action(() => {
      throw new ConfigurationError("mlops train: not implemented yet");
    });
}
