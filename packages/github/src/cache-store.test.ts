import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startActionsServices, type ActionsServices } from "@mlops/testkit";
import { cacheUnavailableReason, createCacheStore } from "./cache-store.js";

// @actions/cache reads its configuration from process.env at each call: the fake services'
// variables are set for this file's tests (test/setup/process-state.ts puts the environment back
// after the file).
let services: ActionsServices;
let workspace: string;

beforeAll(async () => {
  services = await startActionsServices();
  workspace = mkdtempSync(path.join(os.tmpdir(), "mlops-cache-"));
  mkdirSync(path.join(workspace, "_temp"));
  Object.assign(process.env, services.env, {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: path.join(workspace, "_temp"),
  });
});
afterAll(async () => {
  await services.close();
  rmSync(workspace, { recursive: true, force: true });
});

describe("cache store over @actions/cache v6 (cache service v2)", () => {
  it("says why it cannot be used without the runtime token or the service URL", () => {
    expect(cacheUnavailableReason({})).toMatch(/not running inside GitHub Actions/);
    expect(cacheUnavailableReason({ ACTIONS_RUNTIME_TOKEN: "x", ACTIONS_CACHE_SERVICE_V2: "true" })).toMatch(
      /ACTIONS_RESULTS_URL/,
    );
    expect(cacheUnavailableReason(services.env)).toBeNull();
  });

  it("saves a directory and restores it after it is gone; a key that was never saved is a miss", async () => {
    const dir = path.join(workspace, ".mlops", "cache", "f".repeat(64));
    mkdirSync(path.join(dir, "model"), { recursive: true });
    writeFileSync(path.join(dir, "run.json"), "{}\n");
    writeFileSync(path.join(dir, "model", "m.bin"), Buffer.alloc(50_000, 3));
    const store = createCacheStore();

    expect(await store.save(dir, "mlops-train-abc")).toBe(true);
    expect(services.caches).toHaveLength(1);
    expect(services.caches[0]).toMatchObject({ key: "mlops-train-abc", finalized: true });
    expect(services.requests).toEqual(
      expect.arrayContaining(["POST CreateCacheEntry", "PUT blob", "POST FinalizeCacheEntryUpload"]),
    );

    rmSync(path.join(workspace, ".mlops"), { recursive: true });
    expect(await store.restore(dir, "mlops-train-abc")).toBe(true);
    expect(readFileSync(path.join(dir, "model", "m.bin")).equals(Buffer.alloc(50_000, 3))).toBe(true);

    expect(await store.restore(path.join(workspace, "elsewhere"), "mlops-train-abc")).toBe(false); // other path, other version
    expect(await store.restore(dir, "mlops-train-other")).toBe(false);
    // Saving the same key twice: the service refuses, the store reports it without throwing.
    expect(await store.save(dir, "mlops-train-abc")).toBe(false);
  });

  it("a pull request's cache stays its own; the default branch's is there for every ref (GitHub's isolation)", async () => {
    const dir = path.join(workspace, ".mlops", "scoped");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "run.json"), '{"from":"pr"}\n');
    const as = async <T>(ref: string, fn: () => Promise<T>): Promise<T> => {
      Object.assign(process.env, services.envFor(`run-${ref}`, "train", ref));
      try {
        return await fn();
      } finally {
        Object.assign(process.env, services.env);
      }
    };
    const store = createCacheStore();
    expect(await as("refs/pull/7/merge", () => store.save(dir, "mlops-train-scoped"))).toBe(true);
    rmSync(dir, { recursive: true });
    expect(await as("refs/heads/main", () => store.restore(dir, "mlops-train-scoped"))).toBe(false);
    expect(await as("refs/pull/8/merge", () => store.restore(dir, "mlops-train-scoped"))).toBe(false);
    expect(await as("refs/pull/7/merge", () => store.restore(dir, "mlops-train-scoped"))).toBe(true);

    // Saved on main, the same key restores in any pull request.
    writeFileSync(path.join(dir, "run.json"), '{"from":"main"}\n');
    expect(await as("refs/heads/main", () => store.save(dir, "mlops-train-scoped"))).toBe(true);
    rmSync(dir, { recursive: true });
    expect(await as("refs/pull/8/merge", () => store.restore(dir, "mlops-train-scoped"))).toBe(true);
    expect(readFileSync(path.join(dir, "run.json"), "utf8")).toBe('{"from":"main"}\n');
    // A pull request with both prefers its own.
    expect(await as("refs/pull/7/merge", () => store.restore(dir, "mlops-train-scoped"))).toBe(true);
    expect(readFileSync(path.join(dir, "run.json"), "utf8")).toBe('{"from":"pr"}\n');
  });

  it("an unreachable service is a miss, not an error", async () => {
    const dir = path.join(workspace, "unreachable");
    const url = process.env.ACTIONS_RESULTS_URL;
    process.env.ACTIONS_RESULTS_URL = "http://127.0.0.1:9/";
    try {
      expect(await createCacheStore().restore(dir, "mlops-train-x")).toBe(false);
      expect(existsSync(dir)).toBe(false);
    } finally {
      process.env.ACTIONS_RESULTS_URL = url;
    }
  });
});
