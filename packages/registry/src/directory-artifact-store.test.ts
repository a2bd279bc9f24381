import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger, type ConfigurationError } from "@mlops/core";
import { errorOf, modelFile } from "@mlops/testkit";
import { digestModelFiles, inspectModelPath } from "./content.js";
import { DirectoryArtifactStore } from "./directory-artifact-store.js";

describe("DirectoryArtifactStore", () => {
  it("refuses to stage a file that changed after it was hashed, and leaves no staging behind", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-directory-store-"));
    const root = path.join(dir, "registry");
    const file = await modelFile(dir, "model.bin", "hashed bytes");
    const source = await inspectModelPath(file);
    const files = await digestModelFiles(source);
    await fs.writeFile(file, "changed bytes!");
    const store = new DirectoryArtifactStore({ root, logger: silentLogger });
    const error = await errorOf<ConfigurationError>(store.stage("m", source, files));
    expect(error.code).toBe("integrity");
    expect(error.message).toMatch(
      /^m: the stored copy of model\.bin does not match the file that was hashed \(expected 12 bytes sha256 [0-9a-f]{64}, stored 14 bytes sha256 [0-9a-f]{64}\); did the file change while registering\?$/,
    );
    expect(await fs.readdir(path.join(root, "m", ".staging"))).toEqual([]);
  });
});
