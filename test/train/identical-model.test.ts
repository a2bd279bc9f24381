import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { runMlops, tempDir } from "@mlops/testkit";

/*
 * A cache miss that trains a byte-identical model (a comment changed in the trainer) registers
 * nothing new: the registry returns the version holding those files with created: false, no
 * alias moves, and `mlops run` deploys nothing.
 */

/** `mlops` in-process (the bundled CLI's `mlops run` is test/cli/run.bundle.test.ts). */
async function mlops(cwd: string, args: string[]): Promise<{ status: number; out: string }> {
  const r = await runMlops(args, { cwd, mode: "source" });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe("a byte-identical model is not a new version", () => {
  it("register returns the version holding the same files (created: false), moves no alias and stores nothing", async () => {
    const dir = tempDir("mlops-identical-registry-");
    const model = path.join(dir, "model");
    mkdirSync(model);
    writeFileSync(path.join(model, "weights.bin"), "w1");
    writeFileSync(path.join(model, "config.json"), "{}");
    const logger = new MemoryLogger();
    const registry = new LocalRegistry({ root: path.join(dir, "registry"), logger });
    const v1 = await registry.register({
      model: "m",
      path: model,
      aliases: ["production"],
      idempotencyKey: "run-1",
    });
    expect([v1.created, v1.version.number]).toEqual([true, 1]);

    // Another run (another key, no fingerprint in common), the same bytes: v1, nothing moves.
    const again = await registry.register({
      model: "m",
      path: model,
      aliases: ["staging"],
      idempotencyKey: "run-2",
    });
    expect([again.created, again.version.number]).toEqual([false, 1]);
    expect(logger.messages("info")).toContain(
      "m v1 holds byte-identical files (2 file(s), every sha256 equal): nothing registered, no alias moved",
    );
    expect((await registry.list("m")).map((v) => [v.number, v.aliases])).toEqual([[1, ["production"]]]);

    // One byte differs, or a file is renamed: a new version.
    writeFileSync(path.join(model, "weights.bin"), "w2");
    const v2 = await registry.register({ model: "m", path: model, idempotencyKey: "run-3" });
    expect([v2.created, v2.version.number]).toEqual([true, 2]);
    writeFileSync(path.join(model, "weights.bin"), "w1");
    renameSync(path.join(model, "config.json"), path.join(model, "settings.json"));
    const v3 = await registry.register({ model: "m", path: model, idempotencyKey: "run-4" });
    expect([v3.created, v3.version.number]).toEqual([true, 3]);
  });

  it("a retrain after a cache miss that writes the same bytes registers nothing, moves no alias and deploys nothing", async () => {
    const dir = tempDir("mlops-identical-");
    writeFileSync(
      path.join(dir, "train.mjs"),
      `import fs from "node:fs";
fs.mkdirSync("out", { recursive: true });
fs.writeFileSync("out/model.json", JSON.stringify({ weights: [1, 2, 3] }));
fs.appendFileSync("out.calls", "ran\\n");
console.log("::mlops metric accuracy=0.9");
`,
    );
    writeFileSync(
      path.join(dir, "mlops.yml"),
      [
        "version: 1",
        "model: tiny",
        "registry: { backend: local, path: .mlops/registry }",
        "pipeline: [train, register, deploy]",
        "train:",
        `  command: ${JSON.stringify(`${process.execPath} train.mjs`)}`,
        "  model-path: out/model.json",
        "  cache: true",
        "deploy:",
        "  target: directory",
        "  directory: .serving/tiny",
        "",
      ].join("\n"),
    );
    const first = await mlops(dir, ["run"]);
    expect(first.status, first.out).toBe(0);
    expect(first.out).toContain("registered tiny v1");

    appendFileSync(path.join(dir, "train.mjs"), "// a comment: new code, the same model\n");
    const second = await mlops(dir, ["run"]);
    expect(second.status, second.out).toBe(0);
    expect(second.out).toMatch(
      /run cache: miss; running the command\. .*differs in code: train\.mjs changed/,
    );
    expect(readFileSync(path.join(dir, "out.calls"), "utf8")).toBe("ran\nran\n");
    expect(second.out).toContain("tiny v1 holds byte-identical files");
    expect(second.out).not.toContain("registered tiny v2");
    expect(second.out).toContain("nothing to do: production already serves v1");

    const index = JSON.parse(readFileSync(path.join(dir, ".mlops/registry/tiny/index.json"), "utf8")) as {
      versions: unknown[];
      aliases: Record<string, number>;
    };
    expect(index.versions).toHaveLength(1);
    expect(index.aliases).toEqual({ production: 1 });
    // The index keeps the run's fingerprint, not its list of code files (that stays in run.json).
    const { run } = (index.versions[0] as { document: { run: Record<string, unknown> } }).document;
    expect(run.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(run).not.toHaveProperty("fingerprintInputs");
  });
});
