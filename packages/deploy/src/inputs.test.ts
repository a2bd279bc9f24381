import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { environmentAliasFor } from "./deploy.js";
import { readDeployInputs } from "./inputs.js";
import { parseHeaders } from "./targets/http.js";

const read =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    values[name];

describe("readDeployInputs", () => {
  it("reads a command deploy with defaults like the action's", () => {
    const { options, target, registry } = readDeployInputs(
      read({ model: "weather", version: "v3", command: "./deploy.sh" }),
    );
    expect(options).toMatchObject({
      model: "weather",
      version: "v3",
      alias: null,
      environment: "production",
      environmentAlias: "production",
      rollback: true,
      productionEnvironment: true,
      transientEnvironment: false,
      health: { count: 3, intervalMs: 5000, timeoutMs: 10_000, failureLimit: 0, consecutiveErrorLimit: 4 },
    });
    expect(target).toMatchObject({ kind: "command", command: "./deploy.sh", timeoutMs: 600_000 });
    expect(registry).toEqual({ backend: "auto", path: undefined });
  });

  it("maps the environment to its alias, and asks for environment-alias when it cannot", () => {
    expect(environmentAliasFor("Staging")).toBe("staging");
    const staging = readDeployInputs(
      read({ model: "m", alias: "latest", environment: "Staging", command: "x" }),
    );
    expect(staging.options).toMatchObject({ environmentAlias: "staging", productionEnvironment: false });
    expect(() =>
      readDeployInputs(read({ model: "m", version: "1", environment: "Production EU", command: "x" })),
    ).toThrow(/set environment-alias, e.g. environment-alias: production-eu/);
    const eu = readDeployInputs(
      read({
        model: "m",
        version: "1",
        environment: "Production EU",
        "environment-alias": "production-eu",
        command: "x",
      }),
    );
    expect(eu.options.environmentAlias).toBe("production-eu");
  });

  it("names the input and what was expected for every mistake", () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ version: "1" }, /input 'model' is required/],
      [{ model: "m" }, /input 'version' or 'alias' is required/],
      [{ model: "m", version: "staging" }, /input 'version': expected a version number.*use alias: staging/],
      [{ model: "m", version: "1" }, /input 'command' is required: target command runs your deploy script/],
      [{ model: "m", version: "1", target: "http" }, /input 'url' is required/],
      [
        { model: "m", version: "1", target: "http", url: "ftp://x" },
        /input 'url': expected an http\(s\) URL, found the scheme ftp:/,
      ],
      [{ model: "m", version: "1", target: "directory" }, /input 'directory' is required/],
      [
        { model: "m", version: "1", command: "x", "health-check-url": "localhost:8080" },
        /input 'health-check-url': expected an http\(s\) URL/,
      ],
      [
        { model: "m", version: "1", command: "x", rollback: "yes" },
        /input 'rollback': expected true or false/,
      ],
      [
        { model: "m", version: "1", command: "x", "timeout-seconds": "0" },
        /input 'timeout-seconds': expected a number ≥ 0.001/,
      ],
      [
        { model: "m", version: "1", command: "x", "http-retries": "-1" },
        /input 'http-retries': expected an integer ≥ 0/,
      ],
      [
        { model: "m", version: "1", command: "x", "keep-versions": "1" },
        /input 'keep-versions': expected an integer ≥ 2/,
      ],
      [{ model: "m", alias: "Bad Alias", command: "x" }, /alias "Bad Alias" is not valid/],
      [{ model: "m;rm -rf /", version: "1", command: "x" }, /model name .* is not valid/],
    ];
    for (const [values, message] of cases)
      expect(() => readDeployInputs(read(values)), JSON.stringify(values)).toThrow(message);
  });

  it("uses the host's default target and directory (the CLI)", () => {
    const { target } = readDeployInputs(read({ model: "weather", version: "2", environment: "staging" }), {
      target: "directory",
      directory: (model, env) => `.mlops/serving/${model}/${env}`,
    });
    expect(target).toMatchObject({
      kind: "directory",
      directory: ".mlops/serving/weather/staging",
      keepVersions: 5,
    });
  });
});

describe("parseHeaders", () => {
  it("round-trips any valid header names and values (property)", () => {
    // Any RFC 9110 token, except that a line starting with '#' is a comment.
    const token = fc.stringMatching(/^[A-Za-z0-9!$%&'*+.^_`|~-][A-Za-z0-9!#$%&'*+.^_`|~-]{0,19}$/);
    const value = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,40}[\x21-\x7e])?$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(token, value), { selector: ([n]) => n.toLowerCase(), maxLength: 6 }),
        (pairs) => {
          const text = pairs.map(([n, v]) => `${n}: ${v}`).join("\n");
          expect(parseHeaders(text)).toEqual(Object.fromEntries(pairs.map(([n, v]) => [n.toLowerCase(), v])));
        },
      ),
      { verbose: true },
    );
  });

  it("rejects a header line that could smuggle a second header or a bad name", () => {
    expect(() => parseHeaders("X Bad: 1")).toThrow(/line 1/);
    expect(() => parseHeaders("ok: 1\n: empty-name")).toThrow(/line 2/);
  });
});
