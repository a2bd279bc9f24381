// npm run bench -- startup [runs]
// Start-up cost of every bundled action: each bundle run as the runner would on minimal input
// (no inputs: it reads its environment, finds the missing input and exits 1), side by side with
// a bare `node -e ''` in the same run. Goal: ≤ 2.0× bare Node.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const runs = Number(process.argv[2] ?? 30);
const node = process.execPath;
const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-startup-"));

function time(args: string[], env: NodeJS.ProcessEnv): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(node, args, { env, stdio: "ignore" });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const env = { PATH: process.env.PATH, GITHUB_OUTPUT: path.join(tmp, "out"), GITHUB_ACTIONS: "true" };
// Interleave warm-up so the page cache is equally warm for all.
time(["-e", ""], env);
const bare = time(["-e", ""], env);
console.log(`node ${process.version}, ${runs} runs each, median wall time`);
console.log(`bare node -e '': ${bare.toFixed(1)} ms`);
let worst = 0;
for (const name of readdirSync(path.join(root, "actions")).sort()) {
  const bundle = path.join(root, "actions", name, "dist/index.js");
  if (!existsSync(bundle)) continue;
  const ms = time([bundle], env);
  const ratio = ms / bare;
  worst = Math.max(worst, ratio);
  console.log(`${name.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}× bare node`);
}
console.log(`worst ratio: ${worst.toFixed(2)}× (goal ≤ 2.00×) ${worst <= 2 ? "MET" : "NOT MET"}`);
