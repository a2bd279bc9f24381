/*
 * @mlops/report/deliver: the report step and its delivery (GitHub, the registry), loaded only
 * after the inputs are checked (@mlops/report/inputs). An entry point and nothing else, so
 * report-step.ts can import deliver.ts without deliver.ts importing it back.
 */

export * from "./deliver.js";
export { runReportStep, type ReportServices, type ReportStepDeps } from "./report-step.js";
export { readReportInputs, type ReportStepInputs } from "./report-inputs.js";
