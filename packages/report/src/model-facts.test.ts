import { describe, expect, it } from "vitest";
import { artifactRef, describeScan, residualsMarkdown } from "./model-facts.js";
import * as f from "../test-support/fixtures.js";

describe("model facts", () => {
  it("names dangerous globals first, escaped, and says when nothing was scanned", () => {
    expect(
      describeScan({
        verdict: "dangerous",
        files: 3,
        globals: [
          { module: "numpy", name: "dtype", severity: "safe" },
          { module: "mylib", name: "Thing", severity: "unknown" },
          { module: "os", name: "system", severity: "dangerous" },
          { module: "builtins", name: "eval", severity: "dangerous" },
          { module: "subprocess", name: "Popen", severity: "dangerous" },
          { module: "socket", name: "socket", severity: "dangerous" },
        ],
        findings: [],
        omittedFindings: 0,
      }),
    ).toBe("❌ dangerous: `os.system`, `builtins.eval`, `subprocess.Popen` and 1 more (3 files)");
    expect(describeScan(null)).toBe("not scanned here");
    expect(
      describeScan({
        verdict: "error",
        files: 1,
        globals: [],
        findings: [{ severity: "error", message: "truncated pickle", file: "model`x.pkl" }],
        omittedFindings: 0,
      }),
    ).toBe("❌ unscannable: ``model`x.pkl`` (1 file)");
  });

  it("shortens the artifact digest and leaves no regression view without residuals", () => {
    expect(
      artifactRef({
        store: "oci",
        reference: "ghcr.io/o/models:m-v3",
        digest: `sha256:${"abcd".repeat(16)}`,
      }),
    ).toBe("`ghcr.io/o/models:m-v3@sha256:abcdabcdabcd…`");
    expect(residualsMarkdown(f.passingComparison())).toBeNull();
    const candidateOnly = f.regressionComparison();
    candidateOnly.predictions!.residuals!.baseline = null;
    const md = residualsMarkdown(candidateOnly)!;
    expect(md).toContain("#### Errors (regression): the candidate on 160 rows");
    expect(md).toContain("| error | candidate |");
    expect(md).toContain("| MAE ↓ | 1.702 |");
  });
});
