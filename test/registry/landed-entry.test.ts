import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { IndexedRegistry, LocalIndexStore, type IndexStore } from "@mlops/registry";
import { modelFile } from "@mlops/testkit";
import { MemoryArtifactStore } from "./fixtures/memory-artifact-store.js";

// An index write that landed although its answer was lost makes the store re-apply the change
// to an index that already holds our entry: the registration is ours (created, published), and
// the staged files it refers to are never discarded.

describe("IndexedRegistry: our own landed write, re-applied", () => {
  it("is recognised as created; the staged files are published, not discarded", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-landed-"));
    const local = new LocalIndexStore({ root: path.join(dir, "registry"), logger: silentLogger });
    const lostAnswer: IndexStore = {
      kind: local.kind,
      location: local.location,
      read: (m) => local.read(m),
      models: () => local.models(),
      auditLog: (m) => local.auditLog(m),
      async update(model, change) {
        await local.update(model, change); // landed…
        return await local.update(model, change); // …but the store did not learn it: applied again
      },
    };
    const artifacts = new MemoryArtifactStore();
    let discarded = 0;
    artifacts.discard = async () => void discarded++;
    const registry = new IndexedRegistry({ indexes: lostAnswer, artifacts, logger: silentLogger });
    const result = await registry.register({
      model: "m",
      path: await modelFile(dir, "a.bin", "weights"),
      idempotencyKey: "run-1",
    });
    expect(result).toMatchObject({ created: true, version: { number: 1 } });
    expect(discarded).toBe(0);
    expect([...artifacts.tags.keys()]).toEqual(["m-v1"]);
    expect((await registry.list("m")).map((v) => v.number)).toEqual([1]);
  });
});
