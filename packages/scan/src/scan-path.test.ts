import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatFindings, scanPath, summarizeScan } from "./index.js";
import { PROTO, REDUCE, STOP, bytes, callPickle, global } from "../test-support/builders.js";

describe("scanPath over a model directory", () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "mlops-scan-dir-"));
    outside = mkdtempSync(path.join(tmpdir(), "mlops-scan-outside-"));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it("scans every file recursively with paths relative to the root, the verdict is the worst file's", async () => {
    mkdirSync(path.join(root, "sub", "deeper"), { recursive: true });
    writeFileSync(path.join(root, "config.json"), "{}");
    writeFileSync(
      path.join(root, "sub", "model.pkl"),
      bytes(PROTO(2), global("collections", "OrderedDict"), ")", REDUCE, STOP),
    );
    writeFileSync(path.join(root, "sub", "deeper", "hook.pkl"), callPickle("os", "system", "id"));
    const report = await scanPath(root);
    expect(report.root).toBe(path.resolve(root));
    expect(report.files.map((f) => [f.path, f.verdict])).toEqual([
      ["config.json", "safe"],
      ["sub/deeper/hook.pkl", "dangerous"],
      ["sub/model.pkl", "safe"],
    ]);
    expect(report.verdict).toBe("dangerous");
    expect(formatFindings(report)).toEqual([
      "sub/deeper/hook.pkl byte 2: dangerous: imports os.system (GLOBAL; module os can run code or reach the system)",
    ]);
  });

  it("summarizes a report for a ModelVersion or PR comment: distinct globals worst first, findings capped", async () => {
    writeFileSync(path.join(root, "a.pkl"), callPickle("os", "system", "id"));
    writeFileSync(path.join(root, "b.pkl"), callPickle("os", "system", "id"));
    writeFileSync(path.join(root, "c.pkl"), callPickle("mypkg.models", "Churn", "x"));
    writeFileSync(
      path.join(root, "d.pkl"),
      bytes(PROTO(2), global("collections", "OrderedDict"), ")", REDUCE, STOP),
    );
    writeFileSync(path.join(root, "e.pkl"), bytes(PROTO(2), "N"));
    const summary = summarizeScan(await scanPath(root), { maxFindings: 3 });
    expect(summary).toEqual({
      verdict: "dangerous",
      files: 5,
      globals: [
        { module: "os", name: "system", severity: "dangerous" },
        { module: "mypkg.models", name: "Churn", severity: "unknown" },
        { module: "collections", name: "OrderedDict", severity: "safe" },
      ],
      findings: [
        expect.objectContaining({ severity: "dangerous", file: "a.pkl", offset: 2 }),
        expect.objectContaining({ severity: "dangerous", file: "b.pkl" }),
        expect.objectContaining({ severity: "error", file: "e.pkl", offset: 3 }),
      ],
      omittedFindings: 1,
    });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it("does not follow a symlink out of the directory, and says so", async () => {
    writeFileSync(path.join(outside, "secret.pkl"), callPickle("os", "system", "id"));
    symlinkSync(path.join(outside, "secret.pkl"), path.join(root, "model.pkl"));
    symlinkSync(outside, path.join(root, "linked-dir"));
    const report = await scanPath(root);
    expect(report.verdict).toBe("error");
    expect(report.files.map((f) => f.issues[0]?.message)).toEqual([
      expect.stringMatching(/^symlink linked-dir points to .*, outside the scanned directory; not scanned$/),
      expect.stringMatching(
        /^symlink model.pkl points to .*secret\.pkl, outside the scanned directory; not scanned$/,
      ),
    ]);
  });

  it("follows symlinks that stay inside, and terminates on a symlink loop", async () => {
    mkdirSync(path.join(root, "a"));
    writeFileSync(path.join(root, "a", "m.pkl"), callPickle("builtins", "eval", "1"));
    symlinkSync(path.join(root, "a"), path.join(root, "a", "loop"));
    symlinkSync(path.join(root, "a", "m.pkl"), path.join(root, "alias.pkl"));
    symlinkSync(path.join(root, "nowhere"), path.join(root, "dangling"));
    const report = await scanPath(root);
    expect(report.files.map((f) => [f.path, f.verdict])).toEqual([
      ["a/m.pkl", "dangerous"],
      ["alias.pkl", "dangerous"],
      ["dangling", "error"],
    ]);
  });

  it("reports a FIFO without opening it (opening would block)", async (ctx) => {
    const made = spawnSync("mkfifo", [path.join(root, "model.pkl")]);
    if (made.status !== 0) ctx.skip();
    const report = await scanPath(root);
    expect(report.files).toEqual([
      {
        path: "model.pkl",
        format: "unknown",
        verdict: "error",
        globals: [],
        issues: [{ severity: "error", message: "model.pkl is a FIFO; not scanned" }],
      },
    ]);
  });

  it("scans a single file given directly", async () => {
    const file = path.join(root, "m.pt");
    writeFileSync(file, callPickle("torch._utils", "_rebuild_tensor_v2", "x"));
    const report = await scanPath(file);
    expect(report.files.map((f) => [f.path, f.format, f.verdict])).toEqual([["m.pt", "pickle", "safe"]]);
  });

  it("throws only when the path itself does not exist", async () => {
    await expect(scanPath(path.join(root, "missing"))).rejects.toThrow(/ENOENT/);
  });
});
