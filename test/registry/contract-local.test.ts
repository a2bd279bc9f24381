import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { silentLogger } from "@mlops/core";
import { LocalRegistry } from "@mlops/registry";
import { registryContract } from "@mlops/registry/contract";

registryContract("local directory", async () => {
  const root = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "mlops-contract-local-")), "registry");
  return {
    open: () => new LocalRegistry({ root, logger: silentLogger }),
    flipStoredByte: async (model, version, file) => {
      const stored = path.join(root, model, "versions", String(version), "files", file);
      const bytes = await fs.readFile(stored);
      bytes[0] = bytes[0]! ^ 0x01;
      await fs.writeFile(stored, bytes);
    },
    close: () => fs.rm(path.dirname(root), { recursive: true, force: true }),
  };
});
