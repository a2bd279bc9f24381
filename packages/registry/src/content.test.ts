import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeJoin, safeRelativePath } from "./content.js";
import { assetNameFor } from "./github-registry.js";

const root = path.resolve("/srv/models/out");

describe("stored paths", () => {
  it("never resolve outside the target directory, whatever the input", () => {
    const segment = fc.oneof(
      fc.constantFrom("..", ".", "", "a", "b.bin", "C:", "\\..", "..\\x", "~", "%2e%2e", "\u0000", "/"),
      fc.string({ maxLength: 6 }),
    );
    const candidate = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("/"));
    fc.assert(
      fc.property(fc.oneof(candidate, fc.string({ maxLength: 40 })), (relative) => {
        let full: string;
        try {
          full = safeJoin(root, relative);
        } catch {
          return true; // refused: fine
        }
        return full.startsWith(root + path.sep);
      }),
      { numRuns: 2000, verbose: true },
    );
  });

  it.each([
    ["../x"],
    ["/etc/passwd"],
    ["a/../../b"],
    ["a\\..\\b"],
    ["C:/x"],
    ["a//b"],
    ["./a"],
    ["a/\u0007"],
  ])("refuses %j", (p) => {
    expect(() => safeRelativePath(p)).toThrow(/unsafe file path/);
  });

  it("accepts ordinary nested paths", () => {
    expect(safeJoin(root, "variables/variables.data-00000-of-00001")).toBe(
      path.join(root, "variables/variables.data-00000-of-00001"),
    );
  });

  it("names release assets with characters GitHub keeps, uniquely per directory file", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 20 }),
        (paths) => {
          const names = paths.map((p, i) => assetNameFor(p, i, "directory"));
          return names.every((n) => /^[A-Za-z0-9._-]+$/.test(n)) && new Set(names).size === names.length;
        },
      ),
    );
    expect(assetNameFor("model.onnx", 0, "file")).toBe("model.onnx");
    expect(assetNameFor("variables/data 1", 1, "directory")).toBe("002-variables--data_1");
  });
});
