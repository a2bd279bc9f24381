#!/usr/bin/env node
// The `mlops` command. It checks the Node.js version before the bundle (../dist/index.js) is
// loaded, so an old Node.js gets one clear line instead of a crash deep inside a step: the
// bundle uses APIs Node.js 20 lacks (fs.promises.glob, added in 22.0.0). Keep this file plain
// JavaScript that any Node.js can parse, and import the bundle dynamically (a static import would
// be evaluated before the check).
import { readFileSync } from "node:fs";

const MINIMUM_MAJOR = 22;
const major = Number(process.versions.node.split(".")[0]);
if (!(major >= MINIMUM_MAJOR)) {
  process.stderr.write(
    `mlops: Node.js ${process.versions.node} is not supported; mlops needs Node.js ${MINIMUM_MAJOR} or newer (22 and 24 are tested). Install a newer Node.js (https://nodejs.org) and run it again.\n`,
  );
  process.exit(1);
}

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${pkg.version}\n`);
} else {
  // fs.glob is stable from Node.js 22.17; earlier 22.x print an ExperimentalWarning on each run
  // for it. The API is the same, so that one warning is not shown; every other warning is.
  const emitWarning = process.emitWarning;
  process.emitWarning = function (warning, ...rest) {
    if (String(warning?.message ?? warning).startsWith("glob is an experimental feature")) return;
    return emitWarning.call(process, warning, ...rest);
  };
  await import("../dist/index.js");
}
