import { registryContract } from "@mlops/registry/contract";
import { startFakeGitHub } from "@mlops/testkit";
import { fakeRegistry } from "./fixtures/github.js";

registryContract("GitHub (fake GitHub over HTTP)", async () => {
  const fake = await startFakeGitHub();
  return {
    // Retries tuned for many clients racing on one branch in one process.
    open: () => fakeRegistry(fake, { baseDelayMs: 20, maxDelayMs: 300, maxAttempts: 100 }),
    flipStoredByte: async (model, version, file) => {
      const release = [...fake.state.repo().releases.values()].find(
        (r) => r.tagName === `${model}-v${version}`,
      );
      const asset = release?.assets.find((a) => a.name === file);
      if (!asset) throw new Error(`no asset ${file} in release ${model}-v${version}`);
      asset.data = Buffer.from(asset.data);
      asset.data[0] = asset.data[0]! ^ 0x01;
    },
    close: () => fake.close(),
  };
});
