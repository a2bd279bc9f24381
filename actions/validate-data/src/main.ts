import { withConfigFallback, type StepContext } from "@mlops/action-runtime";
import { ConfigurationError, oneOf, optionalString, parseList, requiredString } from "@mlops/core";
import type { FailOn } from "@mlops/data";

/** validate-data: inputs → validateData (packages/data) → outputs, summary, exit code. */
export async function main({ io, config }: StepContext): Promise<void> {
  const input = withConfigFallback(io.input, config.validate as Record<string, unknown> | undefined);
  requiredString(input, "data", "the data file(s) to validate, e.g. data: data/train.csv");
  // Loaded only once there is work to do: a step that fails on its inputs starts fast.
  const { FAIL_ON, parseDriftOption, validateData } = await import("@mlops/data");
  const failOn = oneOf(optionalString(input, "fail-on") ?? "error", "fail-on", FAIL_ON) as FailOn;
  const reference = parseList(input("reference"));
  const result = await validateData(
    {
      data: parseList(input("data")),
      format: optionalString(input, "format") ?? "auto",
      delimiter: input("delimiter") || undefined,
      schema: optionalString(input, "schema"),
      writeSchema: optionalString(input, "write-schema"),
      reference: reference.length ? reference : undefined,
      drift: await parseDriftOption(input("drift")),
      failOn,
      report: optionalString(input, "report") ?? "mlops-validation.json",
    },
    { logger: io.logger },
  );
  io.setOutput("passed", result.passed);
  io.setOutput("report", result.reportPath ?? "");
  io.setOutput("rows", result.rows);
  io.setOutput("anomalies", result.anomalies);
  io.setOutput("drift-detected", result.driftDetected);
  io.setOutput("drifted-columns", JSON.stringify(result.driftedColumns));
  await io.appendSummary(result.summary);
  if (!result.passed) {
    const errors = result.report.anomalies.filter((a) => a.severity === "error").length;
    const warnings = result.report.anomalies.length - errors;
    const drift = result.driftDetected ? `, dataset drift in ${result.driftedColumns.join(", ")}` : "";
    throw new ConfigurationError(
      `data validation failed (fail-on: ${failOn}): ${errors} error(s), ${warnings} warning(s)${drift}; details in ${result.reportPath} and the job summary`,
      { code: "validation-failed" },
    );
  }
}
