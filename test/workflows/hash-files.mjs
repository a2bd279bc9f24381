// hashFiles() of the test workflow runner, run as the Actions runner runs its own hashFiles script:
// with node, in the workspace, the patterns (one a line) in $patterns, $followSymbolicLinks=true
// to follow links. Every file the @actions/glob patterns match under the workspace adds the sha256
// of its content to one sha256; the hex digest (empty when nothing matched) goes to stderr between
// __OUTPUT__ markers.
import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import * as glob from "@actions/glob";

const workspace = process.cwd();
const globber = await glob.create(process.env.patterns ?? "", {
  followSymbolicLinks: process.env.followSymbolicLinks === "true",
});
const all = createHash("sha256");
let count = 0;
for await (const file of globber.globGenerator()) {
  if (!file.startsWith(`${workspace}${path.sep}`) || statSync(file).isDirectory()) continue;
  const one = createHash("sha256");
  await pipeline(createReadStream(file), one);
  all.update(one.digest());
  count++;
}
process.stderr.write(`__OUTPUT__${count > 0 ? all.digest("hex") : ""}__OUTPUT__\n`);
