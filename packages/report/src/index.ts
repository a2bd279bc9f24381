export * from "./limits.js";
export * from "./marker.js";
export * from "./fit.js";
export * from "./verdict.js";
export * from "./params.js";
export * from "./history.js";
export {
  compareMetricRows,
  describeDelta,
  describeGate,
  describeRule,
  improvement,
  isFailing,
  metricTable,
} from "./metrics-table.js";
export * from "./render.js";
