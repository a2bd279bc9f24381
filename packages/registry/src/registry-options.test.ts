import { describe, expect, it } from "vitest";
import { parseConfig, runContextFromEnv, silentLogger } from "@mlops/core";
import { registryConfigInputs, registryOptionsFrom } from "./registry-options.js";

const run = { ctx: runContextFromEnv({ GITHUB_WORKSPACE: "/work" }), logger: silentLogger };

describe("registryOptionsFrom", () => {
  it("takes mlops.yml's registry section, and what the host was given over it", async () => {
    const config = await parseConfig(
      "registry: { backend: local, path: reg, artifacts: oci, oci: registry.example.com/team/models }\n",
    );
    const fromFile = registryOptionsFrom(config, {}, run);
    expect(fromFile).toMatchObject({
      backend: "local",
      path: "reg",
      artifacts: "oci",
      oci: "registry.example.com/team/models",
    });
    expect(fromFile).not.toHaveProperty("token");
    const given = registryOptionsFrom(
      config,
      { backend: "github", path: " ", artifacts: "release-assets", oci: "ghcr.io/o/m", token: "t" },
      run,
    );
    expect(given).toMatchObject({
      backend: "github",
      path: "reg",
      artifacts: "release-assets",
      oci: "ghcr.io/o/m",
      token: "t",
    });
    expect(registryOptionsFrom(null, {}, run)).toMatchObject({ backend: "auto" });
    expect(registryOptionsFrom(null, {}, run)).not.toHaveProperty("artifacts");
  });

  it("names where an unknown store came from", () => {
    expect(() => registryOptionsFrom(null, { artifacts: "s3" }, run)).toThrow(
      "input 'registry-artifacts': expected one of 'directory', 'release-assets', 'oci', found \"s3\"",
    );
  });

  it("maps mlops.yml's registry section to the input names every step reads", async () => {
    const config = await parseConfig("registry: { artifacts: oci, oci: ghcr.io/o/m }\n");
    expect(registryConfigInputs(config)).toEqual({
      registry: undefined,
      "registry-path": undefined,
      "registry-artifacts": "oci",
      "registry-oci": "ghcr.io/o/m",
    });
  });
});
