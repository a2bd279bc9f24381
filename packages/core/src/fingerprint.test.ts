import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, digestTree, fingerprintParams, fingerprintPath, sha256Hex } from "./fingerprint.js";

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "fp-"));
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

describe("fingerprints", () => {
  it("hashes a file like sha256sum", async () => {
    const dir = await tree({ "a.txt": "hello\n" });
    const fp = await fingerprintPath(path.join(dir, "a.txt"), "a.txt");
    expect(fp).toEqual({
      path: "a.txt",
      sha256: "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03",
      bytes: 6,
      files: 1,
    });
  });

  it("gives equal directories the same fingerprint wherever they live", async () => {
    const a = await tree({ "x/1.txt": "1", "y.txt": "2" });
    const b = await tree({ "y.txt": "2", "x/1.txt": "1" });
    expect((await fingerprintPath(a)).sha256).toBe((await fingerprintPath(b)).sha256);
  });

  it("changes when one byte, or one file name, changes", async () => {
    const base = await fingerprintPath(await tree({ "x/1.txt": "1", "y.txt": "2" }));
    const byte = await fingerprintPath(await tree({ "x/1.txt": "1", "y.txt": "3" }));
    const name = await fingerprintPath(await tree({ "x/2.txt": "1", "y.txt": "2" }));
    expect(byte.sha256).not.toBe(base.sha256);
    expect(name.sha256).not.toBe(base.sha256);
  });

  it("lists directory files with relative posix paths in a stable order", async () => {
    const dir = await tree({ "b/z.bin": "z", "a.bin": "a", "b/a.bin": "ba" });
    expect((await digestTree(dir)).map((f) => f.path)).toEqual(["a.bin", "b/a.bin", "b/z.bin"]);
  });

  it("refuses symbolic links inside a model directory", async () => {
    const dir = await tree({ "a.bin": "a" });
    await symlink("/etc/passwd", path.join(dir, "link"));
    await expect(digestTree(dir)).rejects.toThrow(/symbolic links are not supported/);
  });

  it("says a missing path is missing", async () => {
    await expect(fingerprintPath("/nonexistent/data.csv")).rejects.toThrow(
      "/nonexistent/data.csv: no such file or directory",
    );
  });

  it("fingerprints params independently of key order", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(fingerprintParams(reversed)).toBe(fingerprintParams(obj));
      }),
    );
    expect(fingerprintParams({ a: 1 })).not.toBe(fingerprintParams({ a: 2 }));
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
