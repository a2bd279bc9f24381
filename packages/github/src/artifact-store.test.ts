import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startActionsServices, type ActionsServices } from "@mlops/testkit";
import { artifactsUnavailableReason, createArtifactStore } from "./artifact-store.js";

// @actions/artifact reads its configuration from process.env at each call: the fake services'
// variables are set for this file's tests (test/setup/process-state.ts puts the environment back
// after the file).
let services: ActionsServices;
let dir: string;

beforeAll(async () => {
  services = await startActionsServices();
  dir = mkdtempSync(path.join(os.tmpdir(), "mlops-artifact-"));
  Object.assign(process.env, services.env, { GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir });
});
afterAll(async () => {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("artifact store over @actions/artifact v6", () => {
  it("says why it cannot upload outside Actions and on GHES", () => {
    expect(artifactsUnavailableReason({})).toMatch(/not running inside GitHub Actions/);
    expect(
      artifactsUnavailableReason({ ...services.env, GITHUB_SERVER_URL: "https://ghe.example.com" }),
    ).toMatch(/Enterprise Server/);
    expect(artifactsUnavailableReason(services.env)).toBeNull();
  });

  it("uploads files as one zip through the results service and blob storage, and downloads them back", async () => {
    const root = path.join(dir, "run");
    mkdirSync(path.join(root, "model"), { recursive: true });
    writeFileSync(path.join(root, "run.json"), '{"kind":"mlops.run"}\n');
    writeFileSync(path.join(root, "model", "weights.bin"), Buffer.alloc(300_000, 7));
    const files = [path.join(root, "run.json"), path.join(root, "model", "weights.bin")];

    const result = await createArtifactStore().upload("mlops-train", root, files);

    expect(result.id).toBe(services.artifacts[0]!.id);
    const stored = services.artifacts[0]!;
    expect(stored).toMatchObject({ name: "mlops-train", finalized: true });
    expect(stored.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(services.requests).toEqual(
      expect.arrayContaining(["POST CreateArtifact", "PUT blob", "POST FinalizeArtifact"]),
    );

    // Round trip with the same library: list, signed URL, GET, unzip.
    const { DefaultArtifactClient } = await import("@actions/artifact");
    const client = new DefaultArtifactClient();
    const out = path.join(dir, "download");
    await client.downloadArtifact(result.id!, { path: out });
    expect(readFileSync(path.join(out, "run.json"), "utf8")).toBe('{"kind":"mlops.run"}\n');
    expect(readFileSync(path.join(out, "model", "weights.bin")).equals(Buffer.alloc(300_000, 7))).toBe(true);
  });

  it("fails clearly when the name already exists in the run (a matrix without unique names)", async () => {
    const root = path.join(dir, "again");
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, "a.txt"), "a");
    await expect(
      createArtifactStore().upload("mlops-train", root, [path.join(root, "a.txt")]),
    ).rejects.toThrow(/409|already exists/);
  });

  it("another workflow run has artifacts of its own: the same name uploads there, each run lists its own", async () => {
    const root = path.join(dir, "other-run");
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, "b.txt"), "b");
    Object.assign(process.env, services.envFor("run-2", "train"));
    try {
      const result = await createArtifactStore().upload("mlops-train", root, [path.join(root, "b.txt")]);
      const { DefaultArtifactClient } = await import("@actions/artifact");
      const mine = await new DefaultArtifactClient().listArtifacts();
      expect(mine.artifacts.map((a) => a.id)).toEqual([result.id]);
    } finally {
      Object.assign(process.env, services.env);
    }
    const { DefaultArtifactClient } = await import("@actions/artifact");
    const first = await new DefaultArtifactClient().listArtifacts();
    expect(first.artifacts.map((a) => a.id)).toEqual([services.artifacts[0]!.id]);
    expect(services.artifacts.filter((a) => a.name === "mlops-train" && a.finalized)).toHaveLength(2);
  });
});
