import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryLogger, runContextFromEnv } from "@mlops/core";
import { openRegistry } from "./open.js";

describe("openRegistry", () => {
  it("picks the local registry outside Actions and logs why", async () => {
    const workspace = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-open-"));
    const logger = new MemoryLogger();
    const ctx = runContextFromEnv({ GITHUB_WORKSPACE: workspace });
    const registry = await openRegistry({ backend: "auto", token: "t", ctx, logger });
    expect(registry.kind).toBe("local");
    expect(registry.location).toBe(path.join(workspace, ".mlops/registry"));
    expect(logger.entries.map((e) => e.message)).toContain(
      "registry: auto → local (not running in GitHub Actions)",
    );
  });

  it("picks local inside Actions without a token, honouring path", async () => {
    const logger = new MemoryLogger();
    const ctx = runContextFromEnv({
      GITHUB_ACTIONS: "true",
      GITHUB_REPOSITORY: "o/r",
      GITHUB_WORKSPACE: "/ws",
    });
    const registry = await openRegistry({ backend: "auto", path: "reg", token: "", ctx, logger });
    expect(registry.kind).toBe("local");
    expect(registry.location).toBe(path.resolve("/ws/reg"));
    expect(logger.entries[0]!.message).toBe("registry: auto → local (no token given)");
  });

  it("explains what the github backend needs", async () => {
    const ctx = runContextFromEnv({ GITHUB_ACTIONS: "true", GITHUB_REPOSITORY: "o/r" });
    await expect(openRegistry({ backend: "github", ctx, logger: new MemoryLogger() })).rejects.toThrow(
      /github needs a token/,
    );
    await expect(
      openRegistry({ backend: "elsewhere" as "local", ctx, logger: new MemoryLogger() }),
    ).rejects.toThrow(/expected one of 'auto', 'local', 'github'/);
  });
});
