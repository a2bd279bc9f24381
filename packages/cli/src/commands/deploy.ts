import type { Command } from "commander";
import { ConfigurationError } from "@mlops/core";

export function registerDeploy(program: Command): void {
  program
    .command("deploy")
    .description("deploy (lands with its issue)")
    .allowUnknownOption()
    .action(() => {
      throw new ConfigurationError("mlops deploy: not implemented yet");
    });
}
