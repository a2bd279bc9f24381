import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import path from "node:path";
import { digestFile, type DataFingerprint } from "@mlops/core";

/*
 * sha256 of the data files. On one thread (threads: 1) of a machine with several CPUs it is
 * computed on a worker thread while the main thread parses them: the fingerprint costs no wall
 * time. (The worker's code is inline so the bundled action needs no extra file.) With threads the
 * cores are busy parsing, and on a machine with one CPU a worker would only share it, so there the
 * main thread hashes CSV files as it reads them (InlineDigest, CsvRange.onBytes; parallel.ts for a
 * file cut into ranges; hashesInline in workers.ts) instead of another thread reading the file
 * again. The files it does not read that way (JSON Lines, Parquet, a shard's whole files) go to
 * fingerprintFiles: a worker, or on one CPU this thread.
 */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { openSync, readSync, closeSync } = require("node:fs");
const out = [];
const buf = Buffer.allocUnsafe(1 << 20);
for (const file of workerData.files) {
  const hash = createHash("sha256");
  let bytes = 0;
  const fd = openSync(file, "r");
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      bytes += n;
    }
  } finally {
    closeSync(fd);
  }
  out.push({ sha256: hash.digest("hex"), bytes });
}
parentPort.postMessage(out);
`;

/**
 * The sha256 of each file, computed on a worker thread while this one goes on; on a machine with
 * one CPU on this thread, file after file, as a worker would only share that CPU (and spend ~35–50
 * ms of it starting).
 */
export function fingerprintFiles(
  files: readonly string[],
  cwd: string,
  cpus = availableParallelism(),
): Promise<DataFingerprint[]> {
  if (cpus < 2) return fingerprintHere(files, cwd);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { files: files.map((f) => path.resolve(cwd, f)) },
    });
    worker.once("message", (digests: { sha256: string; bytes: number }[]) => {
      resolve(
        files.map((f, i) => ({ path: f, sha256: digests[i]!.sha256, bytes: digests[i]!.bytes, files: 1 })),
      );
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

async function fingerprintHere(files: readonly string[], cwd: string): Promise<DataFingerprint[]> {
  const out: DataFingerprint[] = [];
  for (const file of files)
    out.push({ path: file, ...(await digestFile(path.resolve(cwd, file))), files: 1 });
  return out;
}

/** A file's sha256 computed from its bytes handed over in order as they are read. */
export class InlineDigest {
  private readonly hash = createHash("sha256");
  bytes = 0;
  readonly update = (bytes: Uint8Array): void => {
    this.hash.update(bytes);
    this.bytes += bytes.length;
  };

  digest(): { sha256: string; bytes: number } {
    return { sha256: this.hash.digest("hex"), bytes: this.bytes };
  }
}
