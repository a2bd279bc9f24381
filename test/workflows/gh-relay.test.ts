import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { connect, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installGh, printfFormat, type GhRelay } from "./gh-relay.js";

/*
 * The `gh` script gh-relay.ts writes, run directly as a step runs it, answered by fake-gh.mjs in
 * this process against a small HTTP server standing in for GitHub (`gh api <route>` prints the
 * response body as it came, so any bytes can be sent through stdout). Every call runs with PATH
 * set to an empty directory: the script looks up no program (it is bash alone, but for cat, by
 * its full path, copying stdout over 64 KiB).
 */

const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-gh-relay-"));
const bin = path.join(tmp, "bin");
const noPrograms = path.join(tmp, "empty");
const BINARY = Buffer.concat([
  Buffer.from([...Array(256).keys()]),
  Buffer.from("%s %% \\0 \\n \\\\ -- end\0"),
]);
const BIG = randomBytes(3 * 1024 * 1024 + 17);
const TOKEN = "ghs_relay";
const MESSAGE = "Not Found: 100% \\ \u2713 \u0001 tab\tend";
const MISSING = JSON.stringify({ message: MESSAGE });
const MISSING_BIG = JSON.stringify({ message: MESSAGE, padding: "\0\n".repeat(100_000) });

interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
  body: Buffer;
}

let api: Server;
let apiUrl: string;
let gh: GhRelay;
const recorded: Recorded[] = [];
/** Requests to /hold/<name> wait here until the test answers them. */
const held = new Map<string, (status: number, body: Buffer) => void>();
const heldArrived = new Map<string, () => void>();

function github(req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const url = req.url ?? "/";
    recorded.push({
      method: req.method ?? "",
      url,
      authorization: req.headers.authorization,
      body: Buffer.concat(chunks),
    });
    const send = (status: number, body: Buffer | string) => res.writeHead(status).end(body);
    if (url === "/binary") return send(200, BINARY);
    const random = /^\/random\/(\d+)$/.exec(url);
    if (random) return send(200, BIG.subarray(0, Number(random[1])));
    if (url === "/whoami") return send(200, req.headers.authorization ?? "");
    if (url === "/missing") return send(404, MISSING);
    if (url === "/missing-big") return send(404, MISSING_BIG);
    if (url === "/repos/octo/repo/issues/7/comments")
      return send(201, JSON.stringify({ html_url: "https://github.example/octo/repo/issues/7#c1" }));
    const hold = /^\/hold\/(.+)$/.exec(url);
    if (hold) {
      held.set(hold[1]!, send);
      heldArrived.get(hold[1]!)?.();
      return;
    }
    send(500, "unexpected route");
  });
}

beforeAll(async () => {
  mkdirSync(bin);
  mkdirSync(noPrograms);
  api = createServer(github);
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  gh = await installGh(bin);
});
afterAll(async () => {
  await gh.close();
  api.closeAllConnections();
  await new Promise<void>((resolve) => api.close(() => resolve()));
  rmSync(tmp, { recursive: true, force: true });
});

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: Buffer;
}

/** Starts the script with exactly `env` (plus PATH, an empty directory, and TMPDIR) in `cwd`. */
function start(
  args: string[],
  env: Record<string, string> = {},
  cwd = tmp,
): { child: ChildProcess; done: Promise<Outcome> } {
  // Plus the test run's temp dir (test/global-setup.ts): what the script leaves there goes with it.
  const base = { PATH: noPrograms, ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}) };
  const child = spawn(path.join(bin, "gh"), args, { cwd, env: { ...base, ...env }, stdio: "pipe" });
  child.stdin.end();
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => stdout.push(c));
  child.stderr.on("data", (c: Buffer) => stderr.push(c));
  const done = new Promise<Outcome>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr) }),
    );
  });
  return { child, done };
}

const run = (args: string[], env?: Record<string, string>, cwd?: string) => start(args, env, cwd).done;
const withApi = (env: Record<string, string> = {}) => ({
  MLOPS_TEST_GH_API: apiUrl,
  GH_TOKEN: TOKEN,
  ...env,
});

describe("the gh relay", () => {
  it("passes stdout through byte for byte: NUL bytes, every byte value, no trailing newline", async () => {
    const out = await run(["api", "binary"], withApi());
    expect(out.stderr.toString()).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout.equals(BINARY)).toBe(true);
  });

  // Up to 64 KiB bash reads stdout in (in 4 KiB reads, escaped to up to 4 times its size); above
  // it, cat copies it.
  it.each([4095, 40_000, 64 * 1024, 64 * 1024 + 1, BIG.length])(
    "passes %i random bytes through",
    async (size) => {
      const out = await run(["api", `random/${size}`], withApi());
      expect(out.stderr.toString()).toBe("");
      expect(out.code).toBe(0);
      expect(out.stdout.length).toBe(size);
      expect(out.stdout.equals(BIG.subarray(0, size))).toBe(true);
    },
  );

  it("passes stderr and the exit code through, with stdout", async () => {
    const out = await run(["api", "/missing"], withApi());
    expect(out.code).toBe(1);
    expect(out.stdout.toString()).toBe(MISSING);
    expect(out.stderr.toString()).toBe(`gh: ${MESSAGE} (HTTP 404)\n`);

    const big = await run(["api", "/missing-big"], withApi());
    expect(big.code).toBe(1);
    expect(big.stdout.toString()).toBe(MISSING_BIG);
    expect(big.stderr.toString()).toBe(`gh: ${MESSAGE} (HTTP 404)\n`);

    const unknown = await run(["frobnicate"]);
    expect(unknown).toMatchObject({ code: 1, signal: null });
    expect(unknown.stdout.length).toBe(0);
    expect(unknown.stderr.toString()).toBe('fake gh: unknown command "frobnicate"\n');
  });

  it("sends the arguments as they are: empty ones, newlines, spaces, quotes, dashes, large ones", async () => {
    const log = path.join(tmp, "args.log");
    const large = Array.from({ length: 6 }, (_, i) => `${i}\n`.repeat(50_000)); // ~600 KB in many chunks
    const args = [
      "",
      "two\nlines\n",
      " spaced  ",
      "-n",
      "--",
      "%s\\0",
      "'\"$HOME`x`",
      "\u2713 \u00e9",
      "",
      ...large,
      "",
    ];
    const out = await run(args, { MLOPS_TEST_GH_LOG: log });
    expect(out.code).toBe(1);
    expect(out.stderr.toString()).toBe('fake gh: unknown command ""\n');
    expect(readFileSync(log, "utf8")).toBe(`${JSON.stringify(args)}\n`);

    rmSync(log);
    expect((await run([], { MLOPS_TEST_GH_LOG: log })).stderr.toString()).toBe(
      'fake gh: unknown command ""\n',
    );
    expect(readFileSync(log, "utf8")).toBe("[]\n");
  });

  it("tells an unset variable from an empty one", async () => {
    // GH_TOKEN set, even empty, wins over GITHUB_TOKEN; unset, GITHUB_TOKEN is used.
    const unset = await run(["api", "whoami"], { MLOPS_TEST_GH_API: apiUrl, GITHUB_TOKEN: "ghs_fallback" });
    expect(unset.code).toBe(0);
    expect(unset.stdout.toString()).toBe("token ghs_fallback");
    const empty = await run(["api", "whoami"], {
      MLOPS_TEST_GH_API: apiUrl,
      GH_TOKEN: "",
      GITHUB_TOKEN: "ghs_x",
    });
    expect(empty.code).toBe(1);
    expect(empty.stderr.toString()).toMatch(/set the GH_TOKEN environment variable/);
    // A value is sent as it is, "x" included (the script marks a set variable with an x prefix).
    const x = await run(["api", "whoami"], { MLOPS_TEST_GH_API: apiUrl, GH_TOKEN: "x" });
    expect(x.stdout.toString()).toBe("token x");
    const none = await run(["api", "whoami"], { GH_TOKEN: TOKEN });
    expect(none.stderr.toString()).toBe("MLOPS_TEST_GH_API is not set (the fake GitHub's url)\n");
  });

  it("runs in the step's working directory and reads GH_REPO", async () => {
    const dir = path.join(tmp, "a dir\nwith a newline");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "body.md"), "the body\n");
    const out = await run(
      ["issue", "comment", "7", "--body-file", "body.md"],
      withApi({ GH_REPO: "octo/repo" }),
      dir,
    );
    expect(out.stderr.toString()).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout.toString()).toBe("https://github.example/octo/repo/issues/7#c1\n");
    const request = recorded.find((r) => r.url === "/repos/octo/repo/issues/7/comments");
    expect(JSON.parse(request!.body.toString())).toEqual({ body: "the body\n" });
    expect(request!.authorization).toBe(`token ${TOKEN}`);
  });

  it("answers calls in parallel, each with its own output", async () => {
    const names = ["a", "b", "c", "d", "e", "f"];
    const arrived = names.map(
      (name) => new Promise<void>((resolve) => heldArrived.set(`par-${name}`, resolve)),
    );
    const calls = names.map((name) => run(["api", `hold/par-${name}`], withApi()));
    // Every call is in flight at once before any is answered, then they are answered last first.
    await Promise.all(arrived);
    for (const name of [...names].reverse()) held.get(`par-${name}`)!(200, Buffer.from(`${name}\0${name}`));
    const outs = await Promise.all(calls);
    outs.forEach((out, i) => {
      expect(out.code).toBe(0);
      expect(out.stdout.toString()).toBe(`${names[i]}\0${names[i]}`);
    });
  });

  it("keeps serving after a step is killed in the middle of a call", async () => {
    const arrived = new Promise<void>((resolve) => heldArrived.set("killed", resolve));
    const call = start(["api", "hold/killed"], withApi());
    await arrived;
    call.child.kill("SIGKILL");
    expect((await call.done).signal).toBe("SIGKILL");
    held.get("killed")!(200, BIG); // answered after the step is gone
    const out = await run(["api", "binary"], withApi());
    expect(out.code).toBe(0);
    expect(out.stdout.equals(BINARY)).toBe(true);
  });

  it("keeps serving after a step is killed while its answer is being written", async () => {
    const call = start(["api", `random/${BIG.length}`], withApi());
    // The first chunk of stdout: the answer is on its way; no more is read, so it stalls.
    await new Promise((resolve) => call.child.stdout!.once("data", resolve));
    call.child.stdout!.pause();
    call.child.kill("SIGKILL");
    expect((await call.done).signal).toBe("SIGKILL");
    const out = await run(["api", "binary"], withApi());
    expect(out.code).toBe(0);
    expect(out.stdout.equals(BINARY)).toBe(true);
  });

  it("fails with a message when its relay is gone", async () => {
    const dir = path.join(tmp, "gone");
    mkdirSync(dir);
    const relay = await installGh(dir);
    await relay.close();
    const child = spawn(path.join(dir, "gh"), ["api", "binary"], { env: { PATH: noPrograms, ...withApi() } });
    const stderr: Buffer[] = [];
    const stdout: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => stdout.push(c));
    child.stderr.on("data", (c: Buffer) => stderr.push(c));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(1);
    expect(Buffer.concat(stdout).length).toBe(0);
    expect(Buffer.concat(stderr).toString()).toMatch(
      /^gh \(test relay at 127\.0\.0\.1:\d+\): cannot connect; the test that installed this gh is over\n$/,
    );
  });

  it("refuses a request that does not follow the protocol", async () => {
    const port = Number(
      /\/dev\/tcp\/127\.0\.0\.1\/(\d+)/.exec(readFileSync(path.join(bin, "gh"), "utf8"))![1],
    );
    const exchange = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, "127.0.0.1", () => socket.write(request));
        const chunks: Buffer[] = [];
        socket.on("data", (c: Buffer) => chunks.push(c));
        socket.on("end", () => resolve(Buffer.concat(chunks).toString()));
        socket.on("error", reject);
      });
    const refusal = (message: string) => {
      const stderr = `gh relay: ${message}\\012`;
      return `1 ${stderr.length} 0\n${stderr}`;
    };
    expect(await exchange("two\0")).toBe(refusal('bad argument count "two"'));
    // A call without arguments is 7 fields; an eighth is one too many.
    expect(await exchange(`0\0/${"\0".repeat(7)}`)).toBe(refusal("more fields than announced"));
  });
});

describe("printfFormat", () => {
  it("writes only printable ASCII, escaping % and \\ and every other byte", () => {
    expect(printfFormat(Buffer.from("a%b\\c\0\n\u00e9")).toString()).toBe("a%%b\\\\c\\000\\012\\303\\251");
    const all = printfFormat(BINARY);
    expect([...all].every((b) => b >= 0x20 && b < 0x7f)).toBe(true);
  });
});
