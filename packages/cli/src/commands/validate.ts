import type { Command } from "commander";
import { ConfigurationError } from "@mlops/core";

export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("validate (lands with its issue)")
    .allowUnknownOption()
    .action(() => {
      throw new ConfigurationError("mlops validate: not implemented yet");
    });
}
