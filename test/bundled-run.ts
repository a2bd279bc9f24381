/*
 * The bundled run: `npm run test:bundled` (MLOPS_TEST_BUNDLED=1), which .ci/run and ci.yml's
 * test-bundled job run after `npm test`. It runs the workflow tests with every action as its
 * committed bundle in a child process, as a runner runs it, and the paths that only run there:
 * ci.yml's Python trainer chain (scikit-learn started some twenty times), the packed CLI
 * installed from its tarball, and the GitHub client in an ncc bundle of its own. `npm test` runs
 * the actions' sources in-process instead and skips those three, saying so (docs/steps.md#tests).
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
