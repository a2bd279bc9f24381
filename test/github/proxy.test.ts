import { createServer, request as httpRequest, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MemoryLogger } from "@mlops/core";
import { createGitHubClient } from "@mlops/github";
import { startFakeGitHub, type FakeGitHub } from "@mlops/testkit";

/*
 * A tiny HTTP proxy on 127.0.0.1 that records what it is asked for (CONNECT tunnels and
 * absolute-form requests) and carries everything to the fake GitHub, whatever host was named.
 * The client is pointed at http://0.0.0.0:<port>: on Linux that reaches this machine, and, unlike
 * 127.0.0.1 or localhost, it is no loopback name, so the proxy rules apply to it.
 */
const VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"];
let gh: FakeGitHub;
let proxy: Server;
let proxyUrl: string;
let seen: string[];
const saved: Record<string, string | undefined> = {};
const sockets = new Set<Socket>();

beforeEach(async () => {
  for (const name of VARIABLES) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
  gh = await startFakeGitHub();
  gh.state.addPullRequest({ number: 7 });
  const target = new URL(gh.url);
  seen = [];
  proxy = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: new URL(req.url!).pathname + new URL(req.url!).search,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode!, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  proxy.on("connect", (req, client: Socket, head) => {
    seen.push(`CONNECT ${req.url}`);
    const upstream = connect(Number(target.port), target.hostname, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("error", () => s.destroy());
      s.on("close", () => sockets.delete(s));
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

afterEach(async () => {
  for (const name of VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => proxy.close(resolve));
  await gh.close();
});

async function getPull(apiUrl: string): Promise<number> {
  const client = createGitHubClient({
    token: "ghs_secret_token",
    apiUrl,
    logger: new MemoryLogger(),
    retry: { retries: 0, writeSpacingMs: 0 },
  });
  const { data } = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
    owner: "octo-org",
    repo: "ml-repo",
    pull_number: 7,
  });
  return data.number as number;
}

describe("GitHub client behind a proxy (HTTP_PROXY / HTTPS_PROXY / NO_PROXY, as @actions/github)", () => {
  it("sends API requests through HTTP_PROXY", async () => {
    const port = new URL(gh.url).port;
    process.env.HTTP_PROXY = proxyUrl;
    expect(await getPull(`http://0.0.0.0:${port}`)).toBe(7);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(
      new RegExp(
        `^(CONNECT 0\\.0\\.0\\.0:${port}|GET http://0\\.0\\.0\\.0:${port}/repos/octo-org/ml-repo/pulls/7)$`,
      ),
    );
    expect(gh.requestsTo("GET", "/repos/{owner}/{repo}/pulls/{pull_number}")).toHaveLength(1);
  });

  it("goes direct for hosts in NO_PROXY, and for loopback hosts", async () => {
    const port = new URL(gh.url).port;
    process.env.HTTP_PROXY = proxyUrl;
    process.env.NO_PROXY = "example.com, 0.0.0.0";
    expect(await getPull(`http://0.0.0.0:${port}`)).toBe(7);
    delete process.env.NO_PROXY;
    expect(await getPull(gh.url)).toBe(7); // 127.0.0.1
    expect(seen).toEqual([]);
    expect(gh.requestsTo("GET", "/repos/{owner}/{repo}/pulls/{pull_number}")).toHaveLength(2);
  });

  it("uses HTTPS_PROXY only for https API URLs", async () => {
    const port = new URL(gh.url).port;
    process.env.HTTPS_PROXY = proxyUrl;
    expect(await getPull(`http://0.0.0.0:${port}`)).toBe(7);
    expect(seen).toEqual([]);
  });
});
