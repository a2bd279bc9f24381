import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type * as NodeOs from "node:os";
import path from "node:path";
import { MemoryLogger } from "@mlops/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as FingerprintWorker from "./fingerprint-worker.js";
import { tempDir, write } from "./test-support/files.js";

// The machine's CPUs as the data library sees them, and the files handed to a hashing worker.
const machine = vi.hoisted(() => ({ cpus: 1, hashedElsewhere: [] as string[] }));

vi.mock("node:os", async (actual) => {
  const os = await actual<typeof NodeOs>();
  const availableParallelism = () => machine.cpus;
  return { ...os, availableParallelism, default: { ...os, availableParallelism } };
});

vi.mock("./fingerprint-worker.js", async (actual) => {
  const real = await actual<typeof FingerprintWorker>();
  return {
    ...real,
    fingerprintFiles: (files: readonly string[], cwd: string) => {
      machine.hashedElsewhere.push(...files);
      return real.fingerprintFiles(files, cwd);
    },
  };
});

const { hashesInline } = await import("./workers.js");
const { validateData } = await import("./validate.js");

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("hashing the data on a machine with one CPU", () => {
  beforeEach(() => {
    machine.hashedElsewhere.length = 0;
  });

  it("hashes CSV files on the reading thread with threads or one CPU, else on a worker", () => {
    expect(hashesInline(1, 1)).toBe(true);
    expect(hashesInline(1, 2)).toBe(false);
    expect(hashesInline(2, 2)).toBe(true);
    expect(hashesInline(2, 1)).toBe(true);
  });

  async function run(cpus: number) {
    machine.cpus = cpus;
    const dir = tempDir();
    const rows = Array.from({ length: 500 }, (_, i) => `${i},${(i * 7) % 13},"a, ${i % 5}"`);
    write(dir, "data.csv", `id,x,label\n${rows.join("\n")}\n`);
    write(dir, "ref.csv", `id,x,label\n${rows.slice(0, 300).join("\n")}\n`);
    write(dir, "extra.jsonl", `{"id":1,"x":2,"label":"a, 1"}\n`);
    const result = await validateData(
      { data: ["data.csv", "extra.jsonl"], reference: ["ref.csv"], cwd: dir, failOn: "never" },
      { logger: new MemoryLogger() },
    );
    return { dir, result };
  }

  it("one CPU: CSV files (data and reference) are hashed as they are read, no worker for them", async () => {
    const { dir, result } = await run(1);
    const files = result.report.dataset.files;
    expect(files.map((f) => [f.path, f.sha256])).toEqual([
      ["data.csv", sha256(path.join(dir, "data.csv"))],
      ["extra.jsonl", sha256(path.join(dir, "extra.jsonl"))],
    ]);
    // Only the JSON Lines file, which is not read by the CSV reader, goes to a worker.
    expect(machine.hashedElsewhere).toEqual(["extra.jsonl"]);
  });

  it("two CPUs, threads by default: the same digests, the same files hashed inline", async () => {
    const { dir, result } = await run(2);
    expect(result.report.dataset.files.map((f) => f.sha256)).toEqual([
      sha256(path.join(dir, "data.csv")),
      sha256(path.join(dir, "extra.jsonl")),
    ]);
    // Two threads by default; files this small are read on one thread and hashed as read.
    expect(machine.hashedElsewhere).toEqual(["extra.jsonl"]);
  });

  it("one thread asked for on two CPUs: the data and the reference are hashed by a worker", async () => {
    machine.cpus = 2;
    const dir = tempDir();
    write(dir, "data.csv", "a,b\n1,2\n3,4\n");
    write(dir, "ref.csv", "a,b\n1,2\n");
    const result = await validateData(
      { data: ["data.csv"], reference: ["ref.csv"], cwd: dir, threads: 1, failOn: "never" },
      { logger: new MemoryLogger() },
    );
    expect(result.report.dataset.files[0]!.sha256).toBe(sha256(path.join(dir, "data.csv")));
    expect(machine.hashedElsewhere).toEqual(["ref.csv", "data.csv"]); // the reference is read first
  });
});
