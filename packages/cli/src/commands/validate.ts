import type { Command } from "commander";
import { validateDataStep } from "@mlops/data/step";
import { runCliStep } from "../shared.js";

/** `mlops validate`: the validate-data action on this machine (same inputs, same report). */
export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("check data against a schema, profile every column, test drift against a reference")
    .option(
      "--data <paths...>",
      "data file(s), globs or directories: one dataset (CSV/TSV, JSON Lines, Parquet)",
    )
    .option("--format <format>", "auto, csv, tsv, jsonl or parquet")
    .option("--delimiter <char>", "CSV field delimiter (\\t for tab)")
    .option("--schema <file>", "schema JSON to check against")
    .option("--write-schema <file>", "infer a schema and write it here for review")
    .option("--reference <paths...>", "reference data, or a saved ValidationReport JSON")
    .option(
      "--drift <json>",
      'per-column drift test/threshold, e.g. {"delay":{"test":"psi","threshold":0.2}}',
    )
    .option("--fail-on <what>", "error, warning, drift or never")
    .option("--report <file>", "where to write the ValidationReport JSON")
    .option("--threads <n>", "threads for large CSV files (default: the machine's cores, at most 8)")
    .option("--shard <i/n>", "profile only part i of n of the data and write a partial profile (matrix jobs)")
    .option(
      "--partial <file>",
      "where --shard writes the partial profile (default mlops-partial-<i>-of-<n>.json)",
    )
    .option(
      "--merge <partials...>",
      "merge the partial profiles of all shards into one report (instead of --data)",
    )
    .option("--outputs", "print the step outputs as name=value lines")
    .action((_opts: unknown, cmd: Command) =>
      runCliStep(cmd, validateDataStep, () => ({}), { printOutputs: Boolean(cmd.opts().outputs) }),
    );
}
