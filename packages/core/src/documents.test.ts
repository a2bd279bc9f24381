import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "./errors.js";
import {
  documentJsonSchemas,
  parseDocument,
  parseJson,
  readDocument,
  writeDocument,
  type RunRecord,
} from "./documents.js";

const sha = "a".repeat(64);

function runRecord(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    kind: "mlops.run",
    version: 1,
    id: "run-1",
    status: "succeeded",
    startedAt: "2026-11-23T10:00:00.000Z",
    finishedAt: "2026-11-23T10:01:00.000Z",
    durationMs: 60000,
    command: "python train.py",
    workingDirectory: ".",
    exitCode: 0,
    git: { sha: "abc", ref: "refs/heads/main", repository: "o/r" },
    workflow: null,
    params: { lr: 0.1 },
    metrics: { accuracy: 0.9 },
    data: [{ path: "data.csv", sha256: sha, bytes: 10 }],
    model: { path: "model.bin", files: [{ path: "model.bin", sha256: sha, bytes: 3 }] },
    fingerprint: sha,
    cacheHit: false,
    resources: null,
    environment: { os: "linux", arch: "x64", node: "v24", runner: null, tools: {} },
    ...overrides,
  };
}

describe("documents", () => {
  it("round-trips a RunRecord through write and read", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "doc-"));
    const file = path.join(dir, "nested", "run.json");
    await writeDocument("mlops.run", file, runRecord());
    expect(await readDocument("mlops.run", file)).toEqual(runRecord());
  });

  it("names the field, what was expected and what was found", async () => {
    const bad = { ...runRecord(), metrics: { accuracy: "high" } };
    await expect(parseDocument("mlops.run", bad, "out/run.json")).rejects.toThrow(
      /out\/run\.json: invalid mlops\.run\/v1 document: field 'metrics\.accuracy': .*number.*found "high"/,
    );
  });

  it("refuses a document of another kind and says which it found", async () => {
    await expect(parseDocument("mlops.comparison", runRecord(), "x.json")).rejects.toThrow(
      "x.json: expected a 'mlops.comparison' document, found kind \"mlops.run\"",
    );
  });

  it("refuses an unknown document version", async () => {
    await expect(parseDocument("mlops.run", { ...runRecord(), version: 2 }, "x.json")).rejects.toThrow(
      /version 2 is not supported/,
    );
  });

  it("reports JSON syntax errors with line and column", () => {
    let error: unknown;
    try {
      parseJson('{\n  "a": 1,\n  "b": oops\n}', "f.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).location).toMatchObject({ file: "f.json", line: 3 });
    expect((error as Error).message).toMatch(/^f\.json line 3 column \d+: invalid JSON/);
  });

  it("says a missing document file is missing", async () => {
    await expect(readDocument("mlops.run", "/nonexistent/run.json")).rejects.toThrow(
      "/nonexistent/run.json: file not found",
    );
  });

  it("refuses to write an invalid document (a bug must not reach the next step)", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "doc-"));
    const file = path.join(dir, "run.json");
    await writeFile(file, "previous");
    await expect(writeDocument("mlops.run", file, { ...runRecord(), durationMs: -1 })).rejects.toThrow(
      /internal error/,
    );
    expect(await readFile(file, "utf8")).toBe("previous");
  });

  it("exports a JSON Schema for every document kind", async () => {
    const schemas = (await documentJsonSchemas()) as Record<
      string,
      { $id: string; properties: Record<string, unknown> }
    >;
    expect(Object.keys(schemas).sort()).toEqual([
      "mlops.comparison",
      "mlops.model-version",
      "mlops.monitoring",
      "mlops.run",
      "mlops.validation",
    ]);
    expect(schemas["mlops.run"]!.properties).toHaveProperty("metrics");
  });
});
