import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runMlops } from "@mlops/testkit";

/** `mlops` in-process (the bundled CLI runs in test/cli); no GITHUB_* from a CI around the tests. */
async function mlops(
  cwd: string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const r = await runMlops(args, { cwd, mode: "source" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("mlops models", () => {
  it("registers, lists, shows, promotes with compare-and-swap and downloads", async () => {
    const cwd = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-cli-models-"));
    await fs.writeFile(path.join(cwd, "model.bin"), "weights v1");
    await fs.writeFile(path.join(cwd, "metrics.json"), JSON.stringify({ accuracy: 0.9 }));
    const reg = await mlops(
      cwd,
      "models",
      "register",
      "--model",
      "weather",
      "--model-path",
      "model.bin",
      "--metrics",
      "metrics.json",
      "--tags",
      "{team: forecast}",
    );
    expect(reg.code, reg.stderr).toBe(0);
    expect(reg.stdout).toBe("registered weather version 1  models:/weather/1\n");
    await fs.writeFile(path.join(cwd, "model.bin"), "weights v2");
    expect(
      (
        await mlops(
          cwd,
          "models",
          "register",
          "--model",
          "weather",
          "--model-path",
          "model.bin",
          "--aliases",
          "staging",
        )
      ).code,
    ).toBe(0);

    const list = await mlops(cwd, "models", "list");
    expect(list.stdout).toBe("MODEL    LATEST  VERSIONS  ALIASES\nweather  2       2         staging→v2\n");
    const json = JSON.parse((await mlops(cwd, "models", "show", "weather", "--json")).stdout);
    expect(json.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(json[0].tags).toEqual({ team: "forecast" });
    const one = await mlops(cwd, "models", "show", "weather@staging");
    expect(one.stdout).toMatch(/^weather version 2 {3}models:\/weather\/2\n/);

    expect(
      (await mlops(cwd, "models", "promote", "weather", "1", "production", "--expected", "none")).stdout,
    ).toBe("weather: production → version 1 (new alias)\n");
    const lost = await mlops(cwd, "models", "promote", "weather", "2", "production", "--expected", "2");
    expect(lost.code).toBe(1);
    expect(lost.stderr).toContain(
      "alias production of weather points at version 1, not version 2 as expected",
    );

    const dl = await mlops(cwd, "models", "download", "weather@production", "--dir", "serving");
    expect(dl.code, dl.stderr).toBe(0);
    expect(await fs.readFile(path.join(cwd, "serving/model.bin"), "utf8")).toBe("weights v1");

    const missing = await mlops(cwd, "models", "show", "weather:7");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      "mlops: model weather has no version 7: it has versions 1..2 (aliases staging → v2, production → v1)",
    );
    const hostile = await mlops(cwd, "models", "show", "../etc");
    expect(hostile.code).toBe(1);
    expect(hostile.stderr).toContain('model name "../etc" is not valid');
  }, 60_000);
});
