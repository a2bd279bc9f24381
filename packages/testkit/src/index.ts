export * from "./events.js";
export * from "./runner-files.js";
export * from "./harness.js";
