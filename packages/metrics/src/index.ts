export * from "./gates.js";
