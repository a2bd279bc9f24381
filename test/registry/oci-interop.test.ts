import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger, type Logger } from "@mlops/core";
import { IndexedRegistry, LocalIndexStore } from "@mlops/registry";
import {
  MODEL_ARTIFACT_TYPE,
  MODEL_VERSION_CONFIG,
  OciArtifactStore,
  pullArtifact,
} from "../../packages/registry/src/oci-artifact-store.js";
import { OciClient } from "../../packages/registry/src/oci-client.js";
import { missingTools, REGISTRY_BIN, SKOPEO_BIN, startOciServer, type OciServer } from "./oci-server.js";

// What we push, a real client reads; what a real client pushes, we pull. Against Debian's
// docker-registry (TLS, htpasswd) with Debian's skopeo.
const run = promisify(execFile);
const missing = missingTools([REGISTRY_BIN, SKOPEO_BIN, "/usr/bin/openssl"]);
const sha = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

function captureLogger(lines: string[]): Logger {
  return { ...silentLogger, info: (line: string) => void lines.push(line) } as Logger;
}

describe.skipIf(missing !== null)(
  `OCI artifact store and skopeo${missing ? ` (skipped: ${missing})` : ""}`,
  () => {
    let server: OciServer;
    let dir: string;
    beforeAll(async () => {
      server = await startOciServer();
      dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-oci-interop-"));
    });
    afterAll(async () => {
      await server?.stop();
      if (dir) await fs.rm(dir, { recursive: true, force: true });
    });

    const skopeo = (...args: string[]) =>
      run(SKOPEO_BIN, ["--insecure-policy", ...args], { maxBuffer: 16 << 20 }).then((r) => r.stdout);
    const creds = () => `${server.username}:${server.password}`;

    function registry(root: string, logs: string[] = []) {
      const store = new OciArtifactStore({
        repository: `${server.host}/team/models`,
        logger: captureLogger(logs),
        ca: server.ca,
        credentials: { username: server.username, password: server.password },
        chunkBytes: 1000,
      });
      return {
        store,
        registry: new IndexedRegistry({
          indexes: new LocalIndexStore({ root, logger: silentLogger }),
          artifacts: store,
          logger: silentLogger,
        }),
      };
    }

    it("skopeo inspect --raw reads the artifact we pushed: artifactType, ModelVersion config, one titled layer per file", async () => {
      const model = path.join(dir, "push", "model");
      await fs.mkdir(path.join(model, "sub"), { recursive: true });
      const weights = Buffer.alloc(4500, 7); // 5 chunks of 1000 bytes
      await fs.writeFile(path.join(model, "weights.safetensors"), weights);
      await fs.writeFile(path.join(model, "sub", "config.json"), '{"layers":2}');
      const { registry: reg, store } = registry(path.join(dir, "push", "registry"));
      const { version } = await reg.register({ model: "weather", path: model, metrics: { f1: 0.9 } });
      store.close();

      const raw = await skopeo(
        "inspect",
        "--raw",
        "--tls-verify=false",
        "--creds",
        creds(),
        `docker://${server.host}/team/models:weather-v1`,
      );
      const manifest = JSON.parse(raw) as {
        mediaType: string;
        artifactType: string;
        config: { mediaType: string; digest: string };
        layers: { mediaType: string; digest: string; size: number; annotations: Record<string, string> }[];
      };
      expect(manifest.mediaType).toBe("application/vnd.oci.image.manifest.v1+json");
      expect(manifest.artifactType).toBe(MODEL_ARTIFACT_TYPE);
      expect(manifest.config.mediaType).toBe(MODEL_VERSION_CONFIG);
      expect(manifest.layers).toEqual([
        {
          mediaType: "application/json",
          digest: `sha256:${sha('{"layers":2}')}`,
          size: 12,
          annotations: { "org.opencontainers.image.title": "sub/config.json" },
        },
        {
          mediaType: "application/vnd.mlops.safetensors",
          digest: `sha256:${sha(weights)}`,
          size: 4500,
          annotations: { "org.opencontainers.image.title": "weights.safetensors" },
        },
      ]);
      // The index records the digest skopeo sees for the tag.
      // The index records the digest of the bytes skopeo reads for the tag.
      const digest = `sha256:${sha(raw.replace(/\n$/, ""))}`;
      const index = await new LocalIndexStore({
        root: path.join(dir, "push", "registry"),
        logger: silentLogger,
      }).read("weather");
      expect(index!.versions[0]!.storage).toMatchObject({ backend: "oci", tag: "weather-v1", digest });
      // The config is the ModelVersion as registered.
      const config = JSON.parse(
        await skopeo(
          "inspect",
          "--raw",
          "--config",
          "--tls-verify=false",
          "--creds",
          creds(),
          `docker://${server.host}/team/models:weather-v1`,
        ),
      ) as { name: string; number: number; metrics: unknown; files: unknown };
      expect(config).toMatchObject({
        name: "weather",
        number: 1,
        metrics: { f1: 0.9 },
        files: version.files,
      });
    });

    it("uploads only the blob that changed: a new version with one file changed of two sends one blob", async () => {
      const model = path.join(dir, "dedup", "model");
      await fs.mkdir(model, { recursive: true });
      await fs.writeFile(path.join(model, "a.bin"), "unchanged weights");
      await fs.writeFile(path.join(model, "b.bin"), "head v1");
      const logs: string[] = [];
      const { registry: reg, store } = registry(path.join(dir, "dedup", "registry"), logs);
      await reg.register({ model: "dedup", path: model });
      await fs.writeFile(path.join(model, "b.bin"), "head v2");
      const second = await reg.register({ model: "dedup", path: model });
      store.close();
      expect(second.version.number).toBe(2);
      expect(logs.filter((l) => l.includes("blob(s)"))).toEqual([
        `dedup: 2 blob(s) uploaded to ${server.host}/team/models, 0 already there`,
        `dedup: 1 blob(s) uploaded to ${server.host}/team/models, 1 already there`,
      ]);
    });

    it("pulls, digest-verified, an artifact skopeo copied in from an OCI layout", async () => {
      const layout = path.join(dir, "layout");
      const blobs = path.join(layout, "blobs", "sha256");
      await fs.mkdir(blobs, { recursive: true });
      const put = async (data: Buffer) => {
        await fs.writeFile(path.join(blobs, sha(data)), data);
        return { digest: `sha256:${sha(data)}`, size: data.length };
      };
      const files: [string, Buffer][] = [
        ["model.onnx", Buffer.from("onnx bytes ".repeat(300))],
        ["tokenizer/vocab.txt", Buffer.from("a\nb\nc\n")],
      ];
      const layers = [];
      for (const [name, data] of files)
        layers.push({
          mediaType: "application/octet-stream",
          ...(await put(data)),
          annotations: { "org.opencontainers.image.title": name },
        });
      const config = await put(Buffer.from("{}"));
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: "application/vnd.oci.image.manifest.v1+json",
          artifactType: MODEL_ARTIFACT_TYPE,
          config: { mediaType: "application/vnd.oci.empty.v1+json", ...config },
          layers,
        }),
      );
      const m = await put(manifest);
      await fs.writeFile(path.join(layout, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
      await fs.writeFile(
        path.join(layout, "index.json"),
        JSON.stringify({
          schemaVersion: 2,
          manifests: [
            {
              mediaType: "application/vnd.oci.image.manifest.v1+json",
              ...m,
              annotations: { "org.opencontainers.image.ref.name": "v1" },
            },
          ],
        }),
      );
      await skopeo(
        "copy",
        "--preserve-digests",
        "--dest-tls-verify=false",
        "--dest-creds",
        creds(),
        `oci:${layout}:v1`,
        `docker://${server.host}/team/imported:v1`,
      );

      const client = new OciClient(`${server.host}/team/imported`, {
        ca: server.ca,
        credentials: { username: server.username, password: server.password },
      });
      const pulled = await pullArtifact(client, "v1", path.join(dir, "pulled"));
      client.close();
      expect(pulled.digest).toBe(m.digest);
      expect(pulled.files).toEqual(["model.onnx", "tokenizer/vocab.txt"]);
      for (const [name, data] of files)
        expect(await fs.readFile(path.join(dir, "pulled", name))).toEqual(data);
    });

    it("reads credentials from docker config.json (DOCKER_CONFIG, auths with base64 auth) and names the fix when there are none", async () => {
      const docker = path.join(dir, "docker");
      await fs.mkdir(docker, { recursive: true });
      await fs.writeFile(
        path.join(docker, "config.json"),
        JSON.stringify({ auths: { [server.host]: { auth: Buffer.from(creds()).toString("base64") } } }),
      );
      const withConfig = new OciClient(`${server.host}/team/models`, {
        ca: server.ca,
        env: { DOCKER_CONFIG: docker },
      });
      expect((await withConfig.manifest("weather-v1"))?.manifest.artifactType).toBe(MODEL_ARTIFACT_TYPE);
      withConfig.close();
      const anonymous = new OciClient(`${server.host}/team/models`, {
        ca: server.ca,
        env: { HOME: path.join(dir, "nohome") },
      });
      const error = await anonymous.manifest("weather-v1").then(
        () => null,
        (e: Error) => e,
      );
      anonymous.close();
      expect(error?.message).toContain(
        `no credentials for ${server.host}: run \`docker login ${server.host}\``,
      );
      const wrong = new OciClient(`${server.host}/team/models`, {
        ca: server.ca,
        credentials: { username: server.username, password: "wrong-secret" },
      });
      const refused = await wrong.manifest("weather-v1").then(
        () => null,
        (e: Error) => e,
      );
      wrong.close();
      expect(refused?.message).toContain(`the registry refused the credentials for ${server.host}`);
      expect(refused?.message).not.toContain("wrong-secret");
    });
  },
);
