import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig, runContextFromEnv, silentLogger } from "@mlops/core";
import { openRegistry } from "@mlops/registry";
import { parseOciReference } from "../../packages/registry/src/oci-client.js";

describe("choosing the OCI artifact store", () => {
  it("mlops.yml accepts registry.artifacts: oci with registry.oci, and refuses an unknown store", async () => {
    const config = await parseConfig(
      "registry: { backend: github, artifacts: oci, oci: ghcr.io/octo-org/models }\n",
    );
    expect(config.registry).toEqual({ backend: "github", artifacts: "oci", oci: "ghcr.io/octo-org/models" });
    await expect(parseConfig("registry:\n  artifacts: s3\n")).rejects.toThrow(
      'mlops.yml line 2 column 14: configuration \'registry.artifacts\': Invalid option: expected one of "directory"|"release-assets"|"oci"',
    );
  });

  it("artifacts: oci without the repository names the key to add", async () => {
    const workspace = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-oci-open-"));
    const ctx = runContextFromEnv({ GITHUB_WORKSPACE: workspace });
    await expect(
      openRegistry({ backend: "local", artifacts: "oci", ctx, logger: silentLogger }),
    ).rejects.toThrow(
      "registry: artifacts: oci needs the repository: add oci: <host>/<repository> (e.g. oci: ghcr.io/OWNER/models) to mlops.yml's registry section",
    );
    const registry = await openRegistry({
      backend: "local",
      artifacts: "oci",
      oci: "registry.example.com:5000/team/models",
      ctx,
      logger: silentLogger,
    });
    expect(registry.kind).toBe("local");
    await fs.rm(workspace, { recursive: true, force: true });
  });

  it("parses host[:port]/repository and refuses what a registry would not take", () => {
    expect(parseOciReference("ghcr.io/octo-org/models")).toEqual({
      registry: "ghcr.io",
      repository: "octo-org/models",
      scheme: "https",
    });
    expect(parseOciReference("http://127.0.0.1:5000/models")).toEqual({
      registry: "127.0.0.1:5000",
      repository: "models",
      scheme: "http",
    });
    expect(() => parseOciReference("ghcr.io/Octo-Org/Models")).toThrow(
      'registry oci: expected <host>[:port]/<repository> in lower case (e.g. ghcr.io/owner/models), found "ghcr.io/Octo-Org/Models"',
    );
    expect(() => parseOciReference("models")).toThrow("expected <host>[:port]/<repository>");
  });
});
