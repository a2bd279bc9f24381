/*
 * The bundled run: `npm run test:bundled` (MLOPS_TEST_BUNDLED=1), which .ci/run and ci.yml's
 * test-bundled job run after `npm test`. It runs every test of a committed bundle (the
 * `*.bundle.test.ts` files, which vitest.config.ts leaves out of `npm test`: the CLI's demo, `mlops
 * run` and packed install, the GitHub client in an ncc bundle, the actions' bundle cases), the
 * reusable workflows and ci.yml's example jobs end to end with every action as its bundle in a
 * child process, as a runner runs it (ci.yml's Python trainer chain among them: scikit-learn
 * started some twenty times). `npm test` runs the sources in-process (docs/steps.md#tests).
 */

/** A test switch: unset, "" or "0" is off, "1" on; any other value is an error. */
export function testFlag(name: string): boolean {
  const given = process.env[name];
  if (given === undefined || given === "" || given === "0") return false;
  if (given === "1") return true;
  throw new Error(`${name} must be "1" or "0", found ${JSON.stringify(given)}`);
}

/** Whether this is the bundled run (MLOPS_TEST_BUNDLED=1). */
export function bundledRun(): boolean {
  return testFlag("MLOPS_TEST_BUNDLED");
}
