import type { Command } from "commander";
import { ConfigurationError, mergeInputs, oneOf, parseList } from "@mlops/core";
import { FAIL_ON, parseDriftOption, validateData, type FailOn } from "@mlops/data";
import { cliStepIO, loadCliConfig } from "../shared.js";

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
    .option("--outputs", "print the step outputs as name=value lines")
    .action(async (_opts: unknown, cmd: Command) => {
      const config = await loadCliConfig(cmd);
      const io = cliStepIO(cmd, { printOutputs: Boolean(cmd.opts<{ outputs?: boolean }>().outputs) });
      const section = (config.validate ?? {}) as Record<string, unknown>;
      const raw = mergeInputs(section, {
        data: io.input("data"),
        format: io.input("format"),
        delimiter: io.input("delimiter"),
        schema: io.input("schema"),
        "write-schema": io.input("write-schema"),
        reference: io.input("reference"),
        drift: io.input("drift"),
        "fail-on": io.input("fail-on"),
        report: io.input("report"),
      });
      const list = (v: unknown) =>
        Array.isArray(v) ? v.map(String) : parseList(v === undefined ? undefined : String(v));
      const str = (v: unknown) => (v === undefined || v === null || v === "" ? undefined : String(v));
      const data = list(raw.data);
      if (data.length === 0)
        throw new ConfigurationError("mlops validate: --data is required (or validate.data in mlops.yml)", {
          code: "input-missing",
        });
      const failOn = oneOf(str(raw["fail-on"]) ?? "error", "fail-on", FAIL_ON) as FailOn;
      const drift =
        typeof raw.drift === "object" && raw.drift !== null
          ? (raw.drift as Record<string, { test?: string; threshold?: number }>)
          : await parseDriftOption(str(raw.drift), "--drift");
      const reference = list(raw.reference);
      const result = await validateData(
        {
          data,
          format: str(raw.format) ?? "auto",
          delimiter: str(raw.delimiter),
          schema: str(raw.schema),
          writeSchema: str(raw["write-schema"]),
          reference: reference.length ? reference : undefined,
          drift,
          failOn,
          report: str(raw.report) ?? "mlops-validation.json",
        },
        { logger: io.logger },
      );
      io.setOutput("passed", result.passed);
      io.setOutput("report", result.reportPath ?? "");
      io.setOutput("rows", result.rows);
      io.setOutput("anomalies", result.anomalies);
      io.setOutput("drift-detected", result.driftDetected);
      io.setOutput("drifted-columns", JSON.stringify(result.driftedColumns));
      const d = result.report.drift;
      io.logger.info(
        `${result.passed ? "passed" : "FAILED"}: ${result.rows.toLocaleString("en-US")} rows, ${result.anomalies} anomalies` +
          (d
            ? `, drift in ${d.columns.filter((c) => c.drifted).length}/${d.columns.length} columns${d.datasetDrift ? " (dataset drift)" : ""}`
            : "") +
          `; report: ${result.reportPath}`,
      );
      if (!result.passed) process.exitCode = 1;
    });
}
