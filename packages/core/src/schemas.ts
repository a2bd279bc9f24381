import type { z } from "zod";
import { ComparisonSchema } from "./schema-comparison.js";
import { ModelVersionSchema } from "./schema-model-version.js";
import { RunRecordSchema } from "./schema-run.js";
import { ValidationReportSchema } from "./schema-validation.js";
import { MonitoringReportSchema } from "./monitoring.js";

export {
  MonitoringReportSchema,
  type MonitoringReport,
  type MonitorDrift,
  type MonitorMetric,
  type MonitorWindow,
} from "./monitoring.js";
export * from "./schema-common.js";
export * from "./schema-validation.js";
export * from "./schema-run.js";
export * from "./schema-comparison.js";
export * from "./schema-model-version.js";
export * from "./schema-config.js";

/*
 * The zod schemas of the documents that flow between steps (DESIGN §3) and of mlops.yml, all in
 * one place: one module per document (schema-validation.ts, schema-run.ts, schema-comparison.ts,
 * schema-model-version.ts, monitoring.ts), the fields they share (schema-common.ts) and mlops.yml
 * (schema-config.ts).
 * Steps never import this module at run time: documents.ts and config.ts import (await import)
 * only the one they need, since constructing zod schemas costs start-up time every step pays —
 * zod costs ~35 ms to load and constructing every schema as much again — and a step that fails
 * on a missing input should pay for none of it.
 */

export const DOCUMENTS = {
  "mlops.validation": ValidationReportSchema,
  "mlops.run": RunRecordSchema,
  "mlops.comparison": ComparisonSchema,
  "mlops.model-version": ModelVersionSchema,
  "mlops.monitoring": MonitoringReportSchema,
} as const;
export type DocumentKind = keyof typeof DOCUMENTS;
export type DocumentOf<K extends DocumentKind> = z.infer<(typeof DOCUMENTS)[K]>;
