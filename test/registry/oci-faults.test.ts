import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { IndexedRegistry, LocalIndexStore } from "@mlops/registry";
import { OciArtifactStore, pullArtifact } from "../../packages/registry/src/oci-artifact-store.js";
import { OciClient } from "../../packages/registry/src/oci-client.js";
import { missingTools, REGISTRY_BIN, startOciServer, type OciServer } from "./oci-server.js";

/*
 * In front of the real registry, a proxy that speaks the token flow (401 with a Bearer challenge;
 * a token from its realm for basic credentials) and drops one chunk of an upload:
 * the store must get a token, resume from the Range the registry reports, and push the exact bytes.
 */
const missing = missingTools([REGISTRY_BIN, "/usr/bin/openssl"]);

interface Proxy {
  host: string;
  seen: string[];
  tokenRequests: string[];
  close(): Promise<void>;
}

async function startProxy(server: OciServer, breakPatch: number): Promise<Proxy> {
  const seen: string[] = [];
  const tokenRequests: string[] = [];
  let patches = 0;
  let blobBroken = false;
  const basic = `Basic ${Buffer.from(`${server.username}:${server.password}`).toString("base64")}`;
  const token = "tok-" + Math.random().toString(36).slice(2);
  const proxy = http.createServer((req, res) => {
    const host = req.headers.host!;
    if (req.url!.startsWith("/token")) {
      tokenRequests.push(decodeURIComponent(new URL(req.url!, `http://${host}`).search));
      if (req.headers.authorization !== basic) {
        res.writeHead(401).end();
        return;
      }
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ token }));
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      req.resume();
      res
        .writeHead(401, {
          "WWW-Authenticate": `Bearer realm="http://${host}/token",service="test-registry",scope="repository:team/models:pull,push"`,
        })
        .end();
      return;
    }
    seen.push(
      `${req.method} ${req.headers["content-range"] ?? req.headers.range ?? ""} ${req.url!.split("?")[0]!.replace(/uploads\/[^/]+$/, "uploads/<id>")}`,
    );
    const upstream = https.request(
      `https://${server.host}${req.url}`,
      {
        method: req.method,
        headers: { ...req.headers, host: server.host, authorization: basic },
        ca: server.ca,
      },
      (answer) => {
        const headers = { ...answer.headers };
        if (headers.location)
          headers.location = headers.location.replace(`https://${server.host}`, `http://${host}`);
        res.writeHead(answer.statusCode!, headers);
        const size = Number(answer.headers["content-length"]);
        if (req.method === "GET" && req.url!.includes("/blobs/sha256:") && size > 1000 && !blobBroken) {
          // The first big blob download breaks after 1000 bytes.
          blobBroken = true;
          let sent = 0;
          answer.on("data", (chunk: Buffer) => {
            if (sent < 1000) res.write(chunk.subarray(0, 1000 - sent));
            sent += chunk.length;
            if (sent >= 1000) setTimeout(() => (answer.destroy(), res.destroy()), 100);
          });
          return;
        }
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    if (req.method === "PATCH" && ++patches === breakPatch) {
      // This chunk never reaches the registry: the connection drops once it was sent.
      upstream.destroy();
      req.resume();
      req.on("end", () => res.destroy());
      return;
    }
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return {
    host: `127.0.0.1:${(proxy.address() as { port: number }).port}`,
    seen,
    tokenRequests,
    close: () =>
      new Promise((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}

describe.skipIf(missing !== null)(
  `OCI uploads through faults and a token service${missing ? ` (skipped: ${missing})` : ""}`,
  () => {
    let server: OciServer;
    let dir: string;
    beforeAll(async () => {
      server = await startOciServer();
      dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-oci-faults-"));
    });
    afterAll(async () => {
      await server?.stop();
      if (dir) await fs.rm(dir, { recursive: true, force: true });
    });

    it("gets a bearer token for the challenge's scope, resumes after a dropped chunk, stores the exact bytes, and resumes a broken download", async () => {
      const proxy = await startProxy(server, 2);
      const data = Buffer.alloc(10_000);
      for (let i = 0; i < data.length; i++) data[i] = (i * 31) % 251;
      const model = path.join(dir, "model.bin");
      await fs.writeFile(model, data);
      const credentials = { username: server.username, password: server.password };
      const store = new OciArtifactStore({
        repository: `http://${proxy.host}/team/models`,
        logger: silentLogger,
        credentials,
        chunkBytes: 4000,
        backoffMs: 10,
      });
      const registry = new IndexedRegistry({
        indexes: new LocalIndexStore({ root: path.join(dir, "registry"), logger: silentLogger }),
        artifacts: store,
        logger: silentLogger,
      });
      const { version } = await registry.register({ model: "big", path: model });
      // A download whose connection breaks mid-blob picks up from the byte where it broke.
      const downloaded = await registry.download("big", 1, path.join(dir, "downloaded"));
      expect(await fs.readFile(downloaded.modelPath)).toEqual(data);
      expect(proxy.seen.filter((s) => s.startsWith("GET bytes="))).toEqual([
        `GET bytes=1000- /v2/team/models/blobs/sha256:${createHash("sha256").update(data).digest("hex")}`,
      ]);
      store.close();
      await proxy.close();
      expect(version.files[0]).toMatchObject({
        bytes: 10_000,
        sha256: createHash("sha256").update(data).digest("hex"),
      });
      // The token was asked with the challenge's service and scope; the broken chunk was resumed
      // after asking the registry how much of it arrived.
      expect(proxy.tokenRequests[0]).toBe("?service=test-registry&scope=repository:team/models:pull,push");
      const upload = proxy.seen.slice(proxy.seen.indexOf("POST  /v2/team/models/blobs/uploads/"));
      expect(upload.slice(0, 7)).toEqual([
        "POST  /v2/team/models/blobs/uploads/",
        "PATCH 0-3999 /v2/team/models/blobs/uploads/<id>",
        "PATCH 4000-7999 /v2/team/models/blobs/uploads/<id>", // dropped
        "GET  /v2/team/models/blobs/uploads/<id>", // Range: 0-3999
        "PATCH 4000-7999 /v2/team/models/blobs/uploads/<id>",
        "PATCH 8000-9999 /v2/team/models/blobs/uploads/<id>",
        "PUT  /v2/team/models/blobs/uploads/<id>",
      ]);
      // Straight from the registry (basic auth, TLS): the blob is the file.
      const client = new OciClient(`${server.host}/team/models`, { ca: server.ca, credentials });
      const pulled = await pullArtifact(client, "big-v1", path.join(dir, "pulled"));
      client.close();
      expect(pulled.files).toEqual(["model.bin"]);
      expect(await fs.readFile(path.join(dir, "pulled", "model.bin"))).toEqual(data);
      // Its certificate is trusted only through the added CA: without it nothing is read.
      const untrusted = new OciClient(`${server.host}/team/models`, { credentials, attempts: 1 });
      await expect(pullArtifact(untrusted, "big-v1", path.join(dir, "untrusted"))).rejects.toThrow(
        /self[- ]signed|certificate/i,
      );
      untrusted.close();
    });
  },
);
