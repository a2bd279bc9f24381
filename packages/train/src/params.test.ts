import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadParams } from "./params.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-params-"));
writeFileSync(path.join(dir, "p.yaml"), "model:\n  depth: 3\nlr: 1e-3\ntags: [a, b]\n");
writeFileSync(path.join(dir, "p.json"), '{"lr": 0.1, "layers": [64, 32]}');
writeFileSync(path.join(dir, "bad.yaml"), "lr: 0.1\n  depth: [3\n");
writeFileSync(path.join(dir, "list.yaml"), "- 1\n- 2\n");
writeFileSync(path.join(dir, "nan.yaml"), "lr: .nan\n");
mkdirSync(path.join(dir, "sub"));

describe("params", () => {
  it("reads YAML and JSON files", async () => {
    expect(await loadParams("p.yaml", dir)).toEqual({
      params: { model: { depth: 3 }, lr: 0.001, tags: ["a", "b"] },
      source: "p.yaml",
    });
    expect(await loadParams("p.json", dir)).toEqual({
      params: { lr: 0.1, layers: [64, 32] },
      source: "p.json",
    });
  });

  it("reads inline YAML, one line or several, and JSON from mlops.yml", async () => {
    expect((await loadParams("lr: 0.1", dir)).params).toEqual({ lr: 0.1 });
    expect((await loadParams("{lr: 0.1, depth: 3}", dir)).params).toEqual({ lr: 0.1, depth: 3 });
    expect((await loadParams("lr: 0.1\ndepth: 3\n", dir)).params).toEqual({ lr: 0.1, depth: 3 });
    expect((await loadParams('{"lr":0.1}', dir)).params).toEqual({ lr: 0.1 });
    expect(await loadParams(undefined, dir)).toEqual({ params: {}, source: null });
    const hostile = (await loadParams('{"__proto__": {"polluted": true}, "lr": 1}', dir)).params;
    expect(Object.keys(hostile)).toEqual(["__proto__", "lr"]);
    expect((hostile as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("explains what is wrong", async () => {
    await expect(loadParams("missing.yaml", dir)).rejects.toThrow(/params file missing\.yaml not found/);
    await expect(loadParams("bad.yaml", dir)).rejects.toThrow(/bad\.yaml line 1 column 5: invalid YAML/);
    await expect(loadParams("list.yaml", dir)).rejects.toThrow(/expected a mapping .* found a list/);
    await expect(loadParams("nan.yaml", dir)).rejects.toThrow(
      /nan\.yaml line 1 column 5: param 'lr': NaN cannot be passed as JSON/,
    );
    await expect(loadParams("sub", dir)).rejects.toThrow(/is a directory/);
    await expect(loadParams("just words", dir)).rejects.toThrow(/expected a mapping/);
  });
});
