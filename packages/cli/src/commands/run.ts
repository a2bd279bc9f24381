import type { Command } from "commander";
import { ConfigurationError } from "@mlops/core";

export function registerRun(program: Command): void {
  program
    .command("run")
    .description("run (lands with its issue)")
    .allowUnknownOption()
    .action(() => {
      throw new ConfigurationError("mlops run: not implemented yet");
    });
}
