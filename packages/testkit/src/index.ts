export * from "./events.js";
export * from "./runner-files.js";
export * from "./harness.js";
export * from "./fake-github/server.js";
export * from "./fake-github/state.js";
export * from "./fake-github/faults.js";
export { GitStore } from "./fake-github/git.js";
export { HttpError } from "./fake-github/http.js";
