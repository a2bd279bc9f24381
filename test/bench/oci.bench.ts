// npm run bench -- oci [GiB]: pushes and pulls a sparse model of GiB (default 3) through the OCI
// artifact store to Debian's docker-registry on 127.0.0.1 (TLS, basic auth), reports throughput
// and this process's peak RSS, and times skopeo copying the same size to the same registry in the
// same run (push: an OCI layout → docker://; pull: docker:// → an OCI layout).
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { silentLogger } from "@mlops/core";
import { IndexedRegistry, LocalIndexStore } from "@mlops/registry";
import { OciArtifactStore } from "../../packages/registry/src/oci-artifact-store.js";
import { missingTools, REGISTRY_BIN, SKOPEO_BIN, startOciServer } from "../registry/oci-server.js";

const run = promisify(execFile);
const GiB = Number(process.argv[2] ?? 3);
const bytes = Math.round(GiB * 1024 ** 3);
const missing = missingTools([REGISTRY_BIN, SKOPEO_BIN, "/usr/bin/openssl"]);
if (missing) {
  console.log(`oci bench skipped: ${missing}`);
  process.exit(0);
}

/** A sparse file of `bytes` with random bytes at both ends (so its digest is new each run). */
async function sparseModel(file: string): Promise<void> {
  const handle = await fs.open(file, "w");
  await handle.truncate(bytes);
  await handle.write(randomBytes(64), 0, 64, 0);
  await handle.write(randomBytes(64), 0, 64, bytes - 64);
  await handle.close();
}

async function sha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

const mib = (n: number) => (n / 1024 ** 2).toFixed(0);
const rate = (ms: number) => `${mib(bytes / (ms / 1000))} MiB/s`;
const time = async (what: () => Promise<unknown>) => {
  const start = performance.now();
  await what();
  return performance.now() - start;
};

const server = await startOciServer();
const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-oci-bench-"));
try {
  const creds = `${server.username}:${server.password}`;
  // Ours: register (hash + push) and download (pull + verify).
  const modelDir = path.join(dir, "model");
  await fs.mkdir(modelDir);
  await sparseModel(path.join(modelDir, "model.bin"));
  const store = new OciArtifactStore({
    repository: `${server.host}/bench/models`,
    logger: silentLogger,
    ca: server.ca,
    credentials: { username: server.username, password: server.password },
  });
  const registry = new IndexedRegistry({
    indexes: new LocalIndexStore({ root: path.join(dir, "index"), logger: silentLogger }),
    artifacts: store,
    logger: silentLogger,
  });
  const hashMs = await time(() => sha256(path.join(modelDir, "model.bin")));
  const pushMs = await time(() =>
    registry.register({ model: "bench", path: path.join(modelDir, "model.bin") }),
  );
  const pullMs = await time(() => registry.download("bench", 1, path.join(dir, "pulled")));
  store.close();
  await fs.rm(path.join(dir, "pulled"), { recursive: true, force: true });
  const rssMiB = process.resourceUsage().maxRSS / 1024;

  // skopeo: the same size (another digest, so nothing is deduplicated) from an OCI layout.
  const layout = path.join(dir, "layout");
  await fs.mkdir(path.join(layout, "blobs", "sha256"), { recursive: true });
  const other = path.join(dir, "other.bin");
  await sparseModel(other);
  const digest = await sha256(other);
  await fs.rename(other, path.join(layout, "blobs", "sha256", digest));
  const putBlob = async (data: Buffer) => {
    const hex = createHash("sha256").update(data).digest("hex");
    await fs.writeFile(path.join(layout, "blobs", "sha256", hex), data);
    return { digest: `sha256:${hex}`, size: data.length };
  };
  const config = await putBlob(Buffer.from("{}"));
  const manifest = await putBlob(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: "application/vnd.oci.image.manifest.v1+json",
        artifactType: "application/vnd.mlops.model.v1",
        config: { mediaType: "application/vnd.oci.empty.v1+json", ...config },
        layers: [
          {
            mediaType: "application/octet-stream",
            digest: `sha256:${digest}`,
            size: bytes,
            annotations: { "org.opencontainers.image.title": "model.bin" },
          },
        ],
      }),
    ),
  );
  await fs.writeFile(path.join(layout, "oci-layout"), '{"imageLayoutVersion":"1.0.0"}');
  await fs.writeFile(
    path.join(layout, "index.json"),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: "application/vnd.oci.image.manifest.v1+json",
          ...manifest,
          annotations: { "org.opencontainers.image.ref.name": "v1" },
        },
      ],
    }),
  );
  const skopeo = (...args: string[]) =>
    run(SKOPEO_BIN, ["--insecure-policy", ...args], { maxBuffer: 16 << 20 });
  const skopeoPushMs = await time(() =>
    skopeo(
      "copy",
      "--preserve-digests",
      "--dest-tls-verify=false",
      "--dest-creds",
      creds,
      `oci:${layout}:v1`,
      `docker://${server.host}/bench/skopeo:v1`,
    ),
  );
  const skopeoPullMs = await time(() =>
    skopeo(
      "copy",
      "--preserve-digests",
      "--src-tls-verify=false",
      "--src-creds",
      creds,
      `docker://${server.host}/bench/skopeo:v1`,
      `oci:${path.join(dir, "pulled-layout")}:v1`,
    ),
  );

  console.log(
    `OCI artifact store, ${GiB} GiB sparse model, docker-registry on ${server.host} (TLS, basic auth)`,
  );
  console.log(`  sha256 of the file alone   ${(hashMs / 1000).toFixed(1)} s (${rate(hashMs)})`);
  console.log(`  register (hash + push)     ${(pushMs / 1000).toFixed(1)} s (${rate(pushMs)})`);
  console.log(`  download (pull + verify)   ${(pullMs / 1000).toFixed(1)} s (${rate(pullMs)})`);
  console.log(`  skopeo copy push           ${(skopeoPushMs / 1000).toFixed(1)} s (${rate(skopeoPushMs)})`);
  console.log(`  skopeo copy pull           ${(skopeoPullMs / 1000).toFixed(1)} s (${rate(skopeoPullMs)})`);
  console.log(
    `  push ratio ours/skopeo     ${(pushMs / skopeoPushMs).toFixed(2)}× (ours includes hashing the file first)`,
  );
  console.log(`  pull ratio ours/skopeo     ${(pullMs / skopeoPullMs).toFixed(2)}×`);
  console.log(`  peak RSS of this process   ${rssMiB.toFixed(0)} MiB (limit 300 MiB)`);
  if (rssMiB > 300) process.exitCode = 1;
} finally {
  await server.stop();
  await fs.rm(dir, { recursive: true, force: true });
}
