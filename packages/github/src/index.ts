export * from "./client.js";
export * from "./errors.js";
export * from "./create-once.js";
export * from "./sticky-comment.js";
export * from "./pull-request.js";
export * from "./check-runs.js";
export * from "./deployments.js";
export * from "./issues.js";
