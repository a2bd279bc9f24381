import { createServer, type IncomingMessage, type Server } from "node:http";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MemoryLogger, sha256Hex, silentLogger, type FileDigest } from "@mlops/core";
import { runHealthCheck, DEFAULT_HEALTH } from "./health.js";
import { runShell } from "./process.js";
import { CommandTarget } from "./targets/command.js";
import { DirectoryTarget } from "./targets/directory.js";
import { HttpTarget, parseHeaders, retryAfterMs } from "./targets/http.js";
import { TargetError, type DeployedModel } from "./types.js";

let tmp: string;
const servers: Server[] = [];

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-targets-"));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A model version whose files live in a plain folder, as registry.download leaves them. */
async function model(
  version: number,
  files: Record<string, string>,
  name = "weather",
): Promise<DeployedModel> {
  const dir = path.join(tmp, "downloads", `${name}-v${version}`);
  const digests: FileDigest[] = [];
  for (const [rel, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), content);
    digests.push({ path: rel, sha256: sha256Hex(content), bytes: Buffer.byteLength(content) });
  }
  let downloads = 0;
  const m: DeployedModel & { downloads: () => number } = {
    name,
    version,
    uri: `models:/${name}/${version}`,
    environment: "production",
    role: "deploy",
    files: digests,
    deploymentId: "17",
    async materialize() {
      downloads++;
      const single = Object.keys(files).length === 1 ? path.join(dir, Object.keys(files)[0]!) : dir;
      return { dir, modelPath: single };
    },
    downloads: () => downloads,
  };
  return m;
}

async function listen(
  handler: (req: IncomingMessage, body: string) => [number, string] | Promise<[number, string]>,
) {
  const requests: { body: string; headers: IncomingMessage["headers"] }[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", async () => {
      requests.push({ body, headers: req.headers });
      const [status, text] = await handler(req, body);
      res.writeHead(status, { "content-type": "text/plain" }).end(text);
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, requests };
}

/** Running (a killed process whose parent is gone may linger as a zombie until init reaps it). */
async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const status = await fs.readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return !/^State:\s+Z/m.test(status);
}

describe("command target", () => {
  it("kills the whole process tree when the time limit is hit", async () => {
    const pidFile = path.join(tmp, "child.pid");
    const target = new CommandTarget({
      // A grandchild that ignores SIGTERM, and a shell waiting on it.
      command: `sh -c 'trap "" TERM; sleep 600' & echo $! > "${pidFile}"; wait`,
      timeoutMs: 500,
      killGraceMs: 300,
      cwd: tmp,
      env: { PATH: process.env.PATH },
      logger: silentLogger,
    });
    const started = Date.now();
    const error = await target.deploy(await model(1, { "m.txt": "x" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetError);
    expect((error as Error).message).toContain(
      "deploy command timed out after 0.5 s; its process tree was killed",
    );
    // A hang bound only (no speed): the command would sleep far longer.
    expect(Date.now() - started).toBeLessThan(150_000);
    const pid = Number((await fs.readFile(pidFile, "utf8")).trim());
    expect(await isAlive(pid)).toBe(false);
  });

  it("does not wait for a background process the command leaves running", async () => {
    const result = await runShell("(sleep 600 &) ; echo started", {
      env: { PATH: process.env.PATH },
      timeoutMs: 300_000,
    });
    expect(result.exitCode).toBe(0);
    expect(result.timedOut).toBe(false);
    // Waiting for the background sleep would take 600 s (or time out at 300 s): a hang bound only.
    expect(result.durationMs).toBeLessThan(150_000);
    expect(result.tail).toContain("started");
  });

  it("says when the command cannot run at all", async () => {
    const target = new CommandTarget({
      command: "definitely-not-a-command-xyz",
      timeoutMs: 5_000,
      cwd: tmp,
      env: { PATH: process.env.PATH },
      logger: silentLogger,
    });
    const error = (await target.deploy(await model(1, { "m.txt": "x" })).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/exited with code 127; last output:\n.*not found/);
  });
});

describe("http target", () => {
  const http = (url: string, logger = silentLogger, retries = 3) =>
    new HttpTarget({
      url,
      headers: { authorization: "Bearer hook-secret" },
      timeoutMs: 2_000,
      retries,
      backoffMs: 1,
      logger,
      sleep: async () => {},
      fetch,
      provenance: { repository: "octo/ml" },
    });

  it("retries a 500 and succeeds on the 200 that follows, posting the model as JSON", async () => {
    let calls = 0;
    const hook = await listen(() => (++calls === 1 ? [500, "reloading"] : [200, "ok"]));
    const logger = new MemoryLogger();
    const result = await http(`${hook.url}/reload?token=abc`, logger).deploy(
      await model(4, { "m.onnx": "w" }),
    );
    expect(result.detail).toContain("answered HTTP 200 on attempt 2 of 4");
    expect(hook.requests).toHaveLength(2);
    const body = JSON.parse(hook.requests[0]!.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      kind: "mlops.deploy-request",
      model: "weather",
      version: 4,
      modelUri: "models:/weather/4",
      environment: "production",
      role: "deploy",
      deploymentId: "17",
      repository: "octo/ml",
    });
    expect(hook.requests[0]!.headers["content-type"]).toBe("application/json");
    expect(hook.requests[0]!.headers.authorization).toBe("Bearer hook-secret");
    const warnings = logger.messages("warning").join("\n");
    expect(warnings).toContain("HTTP 500: reloading (attempt 1 of 4); retrying");
    // Query strings (tokens) never reach the log.
    expect(warnings).not.toContain("token=abc");
  });

  it("does not retry a 4xx", async () => {
    const hook = await listen(() => [403, "wrong token"]);
    const error = (await http(hook.url)
      .deploy(await model(1, { m: "x" }))
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(TargetError);
    expect(error.message).toContain(
      "answered HTTP 403: wrong token on attempt 1; a 4xx answer is not retried",
    );
    expect(hook.requests).toHaveLength(1);
  });

  it("gives up after the retries when nothing listens", async () => {
    const hook = await listen(() => [200, ""]);
    await new Promise((r) => servers.pop()!.close(r));
    const error = (await http(hook.url, silentLogger, 2)
      .deploy(await model(1, { m: "x" }))
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/failed after 3 attempt\(s\); last: connection refused/);
  });

  it("gives up after the retries on a hook that keeps answering 503", async () => {
    const hook = await listen(() => [503, "down"]);
    const error = (await http(hook.url, silentLogger, 1)
      .deploy(await model(1, { m: "x" }))
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toContain("failed after 2 attempt(s); last: HTTP 503: down");
    expect(hook.requests).toHaveLength(2);
  });

  it("times out a hook that never answers", async () => {
    const hook = await listen(() => new Promise(() => {}));
    const target = new HttpTarget({
      url: hook.url,
      headers: {},
      timeoutMs: 200,
      retries: 0,
      backoffMs: 1,
      logger: silentLogger,
      sleep: async () => {},
      fetch,
    });
    const error = (await target.deploy(await model(1, { m: "x" })).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain("last: timed out after 0.2 s");
    servers.pop()!.closeAllConnections();
  });

  it("masks header values that may be credentials, not the plainly public ones", () => {
    const logger = new MemoryLogger();
    new HttpTarget({
      url: "http://127.0.0.1:9/",
      headers: { authorization: "Bearer s3cret", "x-api-key": "k3y", "content-type": "application/json" },
      timeoutMs: 1000,
      retries: 0,
      backoffMs: 1,
      logger,
      sleep: async () => {},
      fetch,
    });
    logger.info("Bearer s3cret k3y application/json");
    expect(logger.messages("info")).toEqual(["*** *** application/json"]);
  });

  it("parses headers and Retry-After", () => {
    expect(parseHeaders("Authorization: Bearer x\n# comment\nX-Env: prod")).toEqual({
      authorization: "Bearer x",
      "x-env": "prod",
    });
    expect(() => parseHeaders("no colon here")).toThrow(/http-headers' line 1: expected 'Name: value'/);
    expect(retryAfterMs("3")).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs("soon")).toBeNull();
  });
});

describe("directory target", () => {
  it("installs versions side by side and swaps `current`; a rollback is a pointer swap", async () => {
    const target = new DirectoryTarget({
      directory: path.join(tmp, "serve"),
      keepVersions: 5,
      logger: silentLogger,
    });
    const v1 = await model(1, { "model/a.bin": "A1", "model/b.json": "{}" });
    await target.deploy(v1);
    const v2 = (await model(2, { "model/a.bin": "A2", "model/b.json": "{}" })) as DeployedModel & {
      downloads: () => number;
    };
    const r2 = await target.deploy(v2);
    expect(r2.detail).toContain("current → versions/v2 (2 file(s) copied and verified), was v1");
    expect(await fs.readFile(path.join(tmp, "serve/current/model/a.bin"), "utf8")).toBe("A2");
    const manifest = await target.current();
    expect(manifest).toMatchObject({ model: "weather", version: 2, path: "versions/v2", previousVersion: 1 });
    const again = (await model(1, { "model/a.bin": "A1", "model/b.json": "{}" })) as DeployedModel & {
      downloads: () => number;
    };
    const r1 = await target.deploy(again);
    expect(r1.detail).toContain("already present: pointer swap only");
    expect(again.downloads()).toBe(0);
    expect(await fs.readFile(path.join(tmp, "serve/current/model/a.bin"), "utf8")).toBe("A1");
    const leftovers = (await fs.readdir(path.join(tmp, "serve"))).filter((n) => n.startsWith("."));
    expect(leftovers).toEqual([]);
  });

  it("copies a version again when its files on disk were modified", async () => {
    const serve = path.join(tmp, "serve");
    const target = new DirectoryTarget({ directory: serve, keepVersions: 5, logger: silentLogger });
    await target.deploy(await model(1, { "m.txt": "good" }));
    await fs.writeFile(path.join(serve, "versions/v1/m.txt"), "tampered");
    const r = await target.deploy(await model(1, { "m.txt": "good" }));
    expect(r.detail).toContain("copied and verified");
    expect(await fs.readFile(path.join(serve, "current/m.txt"), "utf8")).toBe("good");
  });

  it("keeps only keep-versions versions, never the current or previous one", async () => {
    const serve = path.join(tmp, "serve");
    const target = new DirectoryTarget({ directory: serve, keepVersions: 2, logger: silentLogger });
    for (const v of [1, 2, 3, 4]) await target.deploy(await model(v, { "m.txt": `v${v}` }));
    const versions = (await fs.readdir(path.join(serve, "versions"))).filter((n) => /^v\d+$/.test(n)).sort();
    expect(versions).toEqual(["v3", "v4"]);
  });

  it("refuses a directory that serves another model", async () => {
    const serve = path.join(tmp, "serve");
    const target = new DirectoryTarget({ directory: serve, keepVersions: 5, logger: silentLogger });
    await target.deploy(await model(1, { "m.txt": "x" }, "weather"));
    await expect(target.deploy(await model(1, { "m.txt": "y" }, "churn"))).rejects.toThrow(
      /serves model weather, not churn; give each model its own directory/,
    );
  });

  it("never lets a reader see a half-installed version while deploys alternate", async () => {
    const serve = path.join(tmp, "serve");
    const target = new DirectoryTarget({ directory: serve, keepVersions: 5, logger: silentLogger });
    const big = (v: number) =>
      model(v, { "a.bin": String(v).repeat(200_000), "b.bin": String(v).repeat(1000) });
    await target.deploy(await big(1));
    let stop = false;
    const problems: string[] = [];
    const reader = (async () => {
      while (!stop) {
        try {
          const a = await fs.readFile(path.join(serve, "current/a.bin"), "utf8");
          const b = await fs.readFile(path.join(serve, "current/b.bin"), "utf8");
          if (a.length !== 200_000 || b.length !== 1000) problems.push(`sizes ${a.length}/${b.length}`);
        } catch (error) {
          problems.push((error as Error).message);
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    for (const v of [2, 3, 2, 3]) await target.deploy(await big(v));
    stop = true;
    await reader;
    expect(problems).toEqual([]);
  });
});

describe("health check", () => {
  const fakeFetch = (answers: (number | "refused" | "timeout")[]) => {
    let i = 0;
    return (async () => {
      const a = answers[Math.min(i++, answers.length - 1)]!;
      if (a === "refused")
        throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
      if (a === "timeout") throw Object.assign(new Error("aborted"), { name: "TimeoutError" });
      return new Response(a === 204 ? null : "", { status: a });
    }) as unknown as typeof fetch;
  };
  const check = (answers: (number | "refused" | "timeout")[], over: Partial<typeof DEFAULT_HEALTH> = {}) =>
    runHealthCheck(
      { ...DEFAULT_HEALTH, intervalMs: 1, url: "http://127.0.0.1:9/health?key=s", ...over },
      { logger: silentLogger, env: {}, cwd: tmp, sleep: async () => {}, fetch: fakeFetch(answers) },
      {},
    );

  it("passes when every measurement answers 2xx", async () => {
    const r = await check([200, 204, 200]);
    expect(r.healthy).toBe(true);
    expect(r.summary).toContain("passed: 3 of 3 measurements healthy");
  });

  it("fails at the first bad answer with the default failure limit 0", async () => {
    const r = await check([200, 503, 200]);
    expect(r.healthy).toBe(false);
    expect(r.measurements).toHaveLength(2);
    expect(r.summary).toBe(
      "health check GET http://127.0.0.1:9/health?… (expects 2xx) failed: 1 of 2 measurements failed (failure limit 0); last: HTTP 503",
    );
  });

  it("tolerates failures up to the failure limit", async () => {
    const r = await check([503, 200, 200, 200], { count: 4, failureLimit: 1 });
    expect(r.healthy).toBe(true);
    expect(r.summary).toContain("(1 failed, within the failure limit 1)");
  });

  it("stops on too many consecutive errors even under a generous failure limit", async () => {
    const r = await check(["refused", "refused", "refused", 200], {
      count: 10,
      failureLimit: 8,
      consecutiveErrorLimit: 2,
    });
    expect(r.healthy).toBe(false);
    expect(r.measurements).toHaveLength(3);
    expect(r.summary).toContain("3 measurements in a row gave no data (limit 2); last: connection refused");
  });

  it("counts no data as failure: a check that never got a healthy answer fails", async () => {
    const r = await check(["timeout"], { count: 2, failureLimit: 5 });
    expect(r.healthy).toBe(false);
    expect(r.summary).toContain("no measurement was healthy; last: timed out after 10 s");
  });

  it("judges a command by its exit code, with its output in the reason", async () => {
    const r = await runHealthCheck(
      { ...DEFAULT_HEALTH, count: 1, command: "echo 'model not loaded'; exit 2" },
      { logger: silentLogger, env: { PATH: process.env.PATH }, cwd: tmp, sleep: async () => {}, fetch },
      {},
    );
    expect(r.summary).toContain("last: command exited with code 2; last output: model not loaded");
  });

  it("is skipped, not passed silently, when nothing is configured", async () => {
    const r = await runHealthCheck(
      { ...DEFAULT_HEALTH },
      { logger: silentLogger, env: {}, cwd: tmp, sleep: async () => {}, fetch },
      {},
    );
    expect(r).toMatchObject({ healthy: true, skipped: true });
  });
});
