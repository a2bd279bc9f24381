import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { DirectoryArtifactStore, IndexedRegistry, LocalIndexStore, LocalRegistry } from "@mlops/registry";
import { registryContract } from "@mlops/registry/contract";
import { modelFile } from "@mlops/testkit";
import { MemoryArtifactStore } from "./fixtures/memory-artifact-store.js";

// A third artifact store (one file: fixtures/memory-artifact-store.ts) under the local index.
registryContract("local index, in-memory content-addressed artifact store", async () => {
  const root = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "mlops-contract-memory-")), "registry");
  const artifacts = new MemoryArtifactStore();
  return {
    open: () =>
      new IndexedRegistry({
        indexes: new LocalIndexStore({ root, logger: silentLogger }),
        artifacts,
        logger: silentLogger,
      }),
    flipStoredByte: async (model, version, file) => {
      const index = await new LocalIndexStore({ root, logger: silentLogger }).read(model);
      const digest = index!.versions[version - 1]!.document.files.find((f) => f.path === file)!;
      const blob = artifacts.blobs.get(digest.sha256)!;
      blob[0] = blob[0]! ^ 0x01;
    },
    close: () => fs.rm(path.dirname(root), { recursive: true, force: true }),
  };
});

describe("switching artifact stores", () => {
  it("stores new versions in the new store and still downloads the ones stored before, each from its own", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-switch-store-"));
    const root = path.join(dir, "registry");
    await new LocalRegistry({ root, logger: silentLogger }).register({
      model: "m",
      path: await modelFile(dir, "v1.bin", "one"),
    });
    const memory = new MemoryArtifactStore();
    const registry = new IndexedRegistry({
      indexes: new LocalIndexStore({ root, logger: silentLogger }),
      artifacts: memory,
      readers: [new DirectoryArtifactStore({ root, logger: silentLogger })],
      logger: silentLogger,
    });
    const v2 = await registry.register({ model: "m", path: await modelFile(dir, "v2.bin", "two") });
    expect(v2.version.number).toBe(2);
    expect([...memory.tags.keys()]).toEqual(["m-v2"]);
    const one = await registry.download("m", 1, path.join(dir, "out1"));
    const two = await registry.download("m", 2, path.join(dir, "out2"));
    expect(await fs.readFile(one.modelPath, "utf8")).toBe("one");
    expect(await fs.readFile(two.modelPath, "utf8")).toBe("two");
    // Opened without the directory store, version 1 names the store it needs.
    const narrow = new IndexedRegistry({
      indexes: new LocalIndexStore({ root, logger: silentLogger }),
      artifacts: memory,
      logger: silentLogger,
    });
    await expect(narrow.download("m", 1, path.join(dir, "out3"))).rejects.toThrow(
      "m version 1: its files are in a local artifact store, which this registry was not opened with (it has memory)",
    );
  });
});
