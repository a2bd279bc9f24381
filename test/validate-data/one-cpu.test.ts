import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildEntry } from "@mlops/testkit";
import { beforeAll, describe, expect, it } from "vitest";

// The fingerprints on a machine with one CPU: validateData in a child process pinned to CPU 0
// with taskset (util-linux), as a one-CPU runner runs the action. There the main thread hashes
// CSV files as it reads them; a hashing worker would only share the CPU.

const tasksetOk = spawnSync("taskset", ["-c", "0", "true"]).status === 0;
if (!tasksetOk) console.log("taskset (util-linux) cannot pin to CPU 0 here: skipping the one-CPU runs");

let child: string;
beforeAll(async () => {
  child = await buildEntry(path.join(import.meta.dirname, "fixtures/validate-child.ts"));
});

const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-one-cpu-"));
const rows = Array.from({ length: 2000 }, (_, i) => `${i},${(i * 7) % 13},"a, ${i % 5}"`);
writeFileSync(path.join(dir, "data.csv"), `id,x,label\n${rows.join("\n")}\n`);
writeFileSync(path.join(dir, "ref.csv"), `id,x,label\n${rows.slice(0, 500).join("\n")}\n`);
const sha256 = (file: string) =>
  createHash("sha256")
    .update(readFileSync(path.join(dir, file)))
    .digest("hex");

interface ChildResult {
  cpus: number;
  workers: number;
  files: [string, string][];
}

function run(options: object, pin: boolean): ChildResult {
  const command = pin ? "taskset" : process.execPath;
  const args = [...(pin ? ["-c", "0", process.execPath] : []), child, dir, JSON.stringify(options)];
  const r = spawnSync(command, args, { encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as ChildResult;
}

describe("hashing the data on one CPU", () => {
  const options = { data: ["data.csv"], reference: ["ref.csv"], failOn: "never" };

  it.skipIf(!tasksetOk)("one CPU: the data and the reference are hashed as read, no worker started", () => {
    const result = run(options, true);
    expect(result.cpus).toBe(1);
    expect(result.workers).toBe(0);
    expect(result.files).toEqual([["data.csv", sha256("data.csv")]]);
  });

  it.skipIf(os.availableParallelism() < 2)(
    "one thread on two CPUs: a worker hashes them on the other CPU, the same digest",
    () => {
      const result = run({ ...options, threads: 1 }, false);
      expect(result.workers).toBeGreaterThan(0);
      expect(result.files).toEqual([["data.csv", sha256("data.csv")]]);
    },
  );
});
