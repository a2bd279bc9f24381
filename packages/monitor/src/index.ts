export {
  monitorModel,
  type MonitorOptions,
  type MonitorDeps,
  type MonitorResult,
  type MonitorTask,
} from "./monitor.js";
export {
  monitorModelStep,
  monitorConfigSection,
  readMonitorInputs,
  DEFAULT_REPORT_FILE,
  DEFAULT_SUMMARY_FILE,
  type MonitorStepOptions,
  type MonitorServices,
} from "./step.js";
export { Windowing, parseWindow, parseTimestamp, type WindowSpec } from "./windows.js";
export { IdTable, HAS_LABEL, HAS_PREDICTION } from "./id-table.js";
export { Join, cellText, parseVersion, type JoinColumns, type JoinCounts, type JoinResult } from "./join.js";
export { renderMonitoringSummary, metricChart, monitoredMetrics } from "./summary.js";
export { Random } from "./poisson.js";
