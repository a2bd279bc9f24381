import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { silentLogger, type ConfigurationError } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { errorOf } from "@mlops/testkit";

// A model path with a symbolic link out of the model, a FIFO or a link loop: a clear, located
// error and nothing registered (issue 17) — not a silent registration, a hang or a stack.

let dir: string;
let registry: LocalRegistry;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-model-hazards-"));
  registry = new LocalRegistry({ root: path.join(dir, "registry"), logger: silentLogger });
});

async function model(): Promise<string> {
  const root = path.join(dir, "model");
  await fs.mkdir(root, { recursive: true });
  await fs.writeFile(path.join(root, "weights.bin"), "w");
  return root;
}

async function refused(target: string): Promise<ConfigurationError> {
  const error = await errorOf<ConfigurationError>(registry.register({ model: "m", path: target }));
  expect(await registry.listModels()).toEqual([]);
  return error;
}

describe("model path hazards", () => {
  it("a symbolic link pointing outside the model directory", async () => {
    const root = await model();
    await fs.writeFile(path.join(dir, "secret.txt"), "token");
    await fs.symlink(path.join(dir, "secret.txt"), path.join(root, "extra.bin"));
    const error = await refused(root);
    expect(error.code).toBe("symlink");
    expect(error.message).toMatch(
      /extra\.bin: symbolic link to ".*secret\.txt" points outside the model directory/,
    );
    expect(error.location?.file).toBe(path.join(root, "extra.bin"));
  });

  it("a relative link climbing out, and a link inside the model", async () => {
    const root = await model();
    await fs.symlink("../../etc/hostname", path.join(root, "up.bin"));
    expect((await refused(root)).message).toMatch(/dangling link|points outside the model directory/);
    await fs.rm(path.join(root, "up.bin"));
    await fs.symlink("weights.bin", path.join(root, "alias.bin"));
    expect((await refused(root)).message).toMatch(
      /symbolic links are not registered .*inside the model directory/,
    );
  });

  it("a symbolic link loop, inside the model and as the model path", async () => {
    const root = await model();
    await fs.symlink("loop-b", path.join(root, "loop-a"));
    await fs.symlink("loop-a", path.join(root, "loop-b"));
    const inside = await refused(root);
    expect(inside.code).toBe("symlink");
    expect(inside.message).toContain("a symbolic link loop");
    const top = path.join(dir, "top");
    await fs.symlink(top, top);
    const outside = await refused(top);
    expect(outside.code).toBe("symlink");
    expect(outside.message).toBe(
      `model path ${top}: a symbolic link loop; point it at the model file or directory`,
    );
  });

  it.skipIf(process.platform === "win32")("a FIFO inside the model and as the model path", async () => {
    const root = await model();
    const fifo = path.join(root, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const inside = await refused(root);
    expect(inside.code).toBe("model-path-invalid");
    expect(inside.message).toBe(
      `model path ${fifo}: is a FIFO (named pipe); only regular files can be registered (remove it from the model directory)`,
    );
    const top = await refused(fifo);
    expect(top.message).toBe(`model path ${fifo}: is a FIFO (named pipe); expected a file or a directory`);
  });

  it("a model path that is a link to a file registers the file", async () => {
    const root = await model();
    const link = path.join(dir, "current.bin");
    await fs.symlink(path.join(root, "weights.bin"), link);
    const v = await registry.register({ model: "m", path: link });
    expect(v.version.files.map((f) => f.path)).toEqual(["current.bin"]);
  });
});
