import { saveProcessState } from "@mlops/testkit";
import { afterAll, beforeAll } from "vitest";

/*
 * Every test file, in the shared workers (isolate: false) that run file after file: what a file
 * leaves changed in the process (the redactor's registered secrets, process.env, the working
 * directory, process.exitCode) is put back after it, so the next file in the worker starts as the
 * first did. A file that changes one of these for its own tests relies on this to put it back.
 */
let restore: () => void = () => {};
beforeAll(() => {
  restore = saveProcessState().restore;
});
afterAll(() => restore());
