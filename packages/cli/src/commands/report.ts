import type { Command } from "commander";
import { ConfigurationError } from "@mlops/core";

export function registerReport(program: Command): void {
  program
    .command("report")
    .description("report (lands with its issue)")
    .allowUnknownOption()
    .action(() => {
      throw new ConfigurationError("mlops report: not implemented yet");
    });
}
