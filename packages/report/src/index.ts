export * from "./limits.js";
export * from "./marker.js";
export * from "./fit.js";
export * from "./verdict.js";
export * from "./params.js";
export * from "./history.js";
export * from "./xychart.js";
export {
  compareMetricRows,
  describeDelta,
  describeHidden,
  describeGate,
  describeRule,
  improvement,
  isFailing,
  metricLegend,
  metricTable,
  metricTableMarkdown,
  type MetricTableShape,
} from "./metrics-table.js";
export * from "./render.js";
