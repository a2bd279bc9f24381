export * from "./gates.js";
export * from "./evaluators.js";
export * from "./bootstrap.js";
export * from "./paired-tests.js";
export * from "./sort.js";
export * from "./stats.js";
export * from "./predictions.js";
export * from "./task.js";
