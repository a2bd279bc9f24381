import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "vitest";
import { silentLogger } from "@mlops/core";
import { IndexedRegistry, LocalIndexStore } from "@mlops/registry";
import { registryContract } from "@mlops/registry/contract";
import { OciArtifactStore } from "../../packages/registry/src/oci-artifact-store.js";
import { missingTools, REGISTRY_BIN, startOciServer } from "./oci-server.js";

// The OCI artifact store under the local index, against a real registry server (Debian's
// docker-registry, TLS + htpasswd), one fresh server per test: a flipped byte in its blob store
// must not leak into the next test.
const missing = missingTools([REGISTRY_BIN, "/usr/bin/openssl"]);

if (missing) {
  describe("registry contract: OCI artifact store on docker-registry", () => {
    it.skip(`skipped: ${missing}`, () => {});
  });
} else {
  registryContract("local index, OCI artifact store on docker-registry (TLS, basic auth)", async () => {
    const server = await startOciServer();
    const root = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "mlops-contract-oci-")), "registry");
    const stores: OciArtifactStore[] = [];
    const open = () => {
      const store = new OciArtifactStore({
        repository: `${server.host}/team/models`,
        logger: silentLogger,
        ca: server.ca,
        credentials: { username: server.username, password: server.password },
        chunkBytes: 4,
      });
      stores.push(store);
      return new IndexedRegistry({
        indexes: new LocalIndexStore({ root, logger: silentLogger }),
        artifacts: store,
        logger: silentLogger,
      });
    };
    return {
      open,
      flipStoredByte: async (model, version, file) => {
        const index = await new LocalIndexStore({ root, logger: silentLogger }).read(model);
        const digest = index!.versions[version - 1]!.document.files.find((f) => f.path === file)!.sha256;
        const data = path.join(
          server.storage,
          "docker/registry/v2/blobs/sha256",
          digest.slice(0, 2),
          digest,
          "data",
        );
        const bytes = await fs.readFile(data);
        bytes[0] = bytes[0]! ^ 0x01;
        await fs.writeFile(data, bytes);
      },
      close: async () => {
        for (const store of stores) store.close();
        await server.stop();
        await fs.rm(path.dirname(root), { recursive: true, force: true });
      },
    };
  });
}
