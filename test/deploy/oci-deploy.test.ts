import { createHash, randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  executeStep,
  MemoryLogger,
  parseConfig,
  runContextFromEnv,
  type StepContext,
  type StepDefinition,
} from "@mlops/core";
import { deployStep } from "@mlops/deploy";
import { registerModelStep } from "@mlops/registry";
import { registerModels } from "../../packages/cli/src/commands/models.js";
import { OciClient } from "../../packages/registry/src/oci-client.js";
import { missingTools, REGISTRY_BIN, startOciServer, type OciServer } from "../registry/oci-server.js";

/*
 * The OCI artifact store end to end, in process: mlops.yml says `artifacts: oci`; register-model
 * pushes the version to a real registry (Debian's docker-registry on 127.0.0.1, TLS + htpasswd),
 * with the password coming from a docker credential helper (a script on PATH named in
 * config.json's credHelpers); deploy-model pulls it into a directory target. One server.
 */
const missing = missingTools([REGISTRY_BIN, "/usr/bin/openssl"]);

let server: OciServer;
let work: string;
const saved: Record<string, string | undefined> = {};

function setEnv(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    if (!(name in saved)) saved[name] = process.env[name];
    process.env[name] = value;
  }
}

/** `mlops models …` in process: what it prints on stdout. */
async function mlopsModels(...args: string[]): Promise<string> {
  // The CLI's own commander (the root node_modules holds an older one, for other tools).
  const { Command } = (await import(
    path.resolve(import.meta.dirname, "../../packages/cli/node_modules/commander/index.js")
  )) as { Command: new (name: string) => Parameters<typeof registerModels>[0] };
  const program = new Command("mlops").option("--config <file>").exitOverride();
  registerModels(program);
  let out = "";
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(["--config", path.join(work, "mlops.yml"), "models", ...args], { from: "user" });
  } finally {
    write.mockRestore();
  }
  return out;
}

async function run<O, R, S>(
  step: StepDefinition<O, R, S>,
  given: Record<string, string>,
  services: S,
  logger: MemoryLogger,
): Promise<R> {
  const ctx: StepContext = {
    host: "cli",
    run: runContextFromEnv({ GITHUB_WORKSPACE: work, HOME: os.homedir() }),
    config: await parseConfig(await fs.readFile(path.join(work, "mlops.yml"), "utf8")),
    configFile: path.join(work, "mlops.yml"),
    logger,
    given: (name) => given[name],
  };
  const outcome = await executeStep(
    step,
    { setOutput: () => undefined, appendSummary: async () => undefined },
    ctx,
    () => services,
  );
  if (outcome.failure) throw outcome.failure;
  return outcome.result;
}

describe.skipIf(missing)("deploy-model from the OCI artifact store", () => {
  beforeAll(async () => {
    server = await startOciServer();
    work = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-oci-deploy-"));
    const bin = path.join(work, "bin");
    const docker = path.join(work, "docker");
    await fs.mkdir(bin);
    await fs.mkdir(docker);
    // The helper answers for our registry only, and records what it was asked and what it saw.
    await fs.writeFile(
      path.join(bin, "docker-credential-mlopstest"),
      [
        "#!/bin/sh",
        "host=$(cat)",
        `printf '%s|%s|%s|%s\\n' "$1" "$host" "\${GITHUB_TOKEN:-none}" "\${INPUT_TOKEN:-none}" >> "${path.join(work, "helper.log")}"`,
        `if [ "$host" = "${server.host}" ]; then`,
        `  printf '{"ServerURL":"%s","Username":"${server.username}","Secret":"${server.password}"}' "$host"`,
        "else",
        '  echo "credentials not found in native keychain"; exit 1',
        "fi",
        "",
      ].join("\n"),
      { mode: 0o755 },
    );
    await fs.writeFile(
      path.join(docker, "config.json"),
      JSON.stringify({ auths: {}, credHelpers: { [server.host]: "mlopstest" } }),
    );
    await fs.writeFile(path.join(work, "ca.pem"), server.ca);
    await fs.writeFile(
      path.join(work, "mlops.yml"),
      `model: weather\nregistry: { backend: local, artifacts: oci, oci: ${server.host}/team/models }\n`,
    );
    setEnv({
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
      DOCKER_CONFIG: docker,
      MLOPS_OCI_CA_FILE: path.join(work, "ca.pem"),
      GITHUB_TOKEN: "ghs_not-for-the-helper",
      INPUT_TOKEN: "ghs_not-for-the-helper",
      GITHUB_WORKSPACE: work,
    });
  });

  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await server?.stop();
    if (work) await fs.rm(work, { recursive: true, force: true });
  });

  it("registers through mlops.yml's artifacts: oci, records the manifest digest, and deploys it to a directory", async () => {
    const model = path.join(work, "model");
    await fs.mkdir(path.join(model, "weights"), { recursive: true });
    const files: Record<string, Buffer> = {
      "config.json": Buffer.from(JSON.stringify({ classes: ["sun", "rain"] })),
      "weights/layer0.bin": randomBytes(300_000),
    };
    for (const [name, bytes] of Object.entries(files)) await fs.writeFile(path.join(model, name), bytes);

    const logger = new MemoryLogger();
    const registered = await run(
      registerModelStep,
      { "model-path": "model", "model-scan": "off" },
      {},
      logger,
    );
    const { version } = registered;
    expect(version.number).toBe(1);
    expect(registered.summary).toContain(version.artifact!.digest);

    // The version names its artifact: the tag in the repository mlops.yml names, and the digest
    // of the manifest the registry serves under that tag.
    const client = new OciClient(`${server.host}/team/models`, {
      ca: server.ca,
      credentials: { username: server.username, password: server.password },
    });
    const manifest = await client.manifest("weather-v1");
    client.close();
    expect(version.artifact).toEqual({
      store: "oci",
      reference: `${server.host}/team/models:weather-v1`,
      digest: manifest!.digest,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
    });
    expect(manifest!.manifest.layers.map((l) => l.digest).sort()).toEqual(
      Object.values(files)
        .map((b) => `sha256:${createHash("sha256").update(b).digest("hex")}`)
        .sort(),
    );
    // Nothing stored the files next to the index: they are only in the OCI registry.
    const index = JSON.parse(
      await fs.readFile(path.join(work, ".mlops/registry/weather/index.json"), "utf8"),
    ) as { versions: { document: { artifact?: unknown }; storage: { backend: string } }[] };
    expect(index.versions[0]!.storage.backend).toBe("oci");
    expect(index.versions[0]!.document.artifact).toEqual(version.artifact);
    // `mlops models show` names the digest, for one version and in the version table.
    const shown = await mlopsModels("show", "weather:1");
    expect(shown).toContain(`artifact     oci ${server.host}/team/models:weather-v1`);
    expect(shown).toContain(`digest       ${manifest!.digest}`);
    expect(await mlopsModels("show", "weather")).toMatch(new RegExp(`DIGEST[\\s\\S]*${manifest!.digest}`));

    // A new process's view: the deploy step opens the registry from mlops.yml alone.
    const deployLogger = new MemoryLogger();
    const deployed = await run(
      deployStep,
      {
        model: "weather",
        version: "1",
        "health-check-command": 'test -s "$MODEL_PATH/weights/layer0.bin"',
        "health-check-interval-seconds": "0",
        "model-scan": "off",
      },
      { env: process.env },
      deployLogger,
    );
    expect(deployed.succeeded).toBe(true);
    const current = path.join(work, ".mlops/serving/weather/production/current");
    for (const [name, bytes] of Object.entries(files)) {
      const served = await fs.readFile(path.join(current, name));
      expect(createHash("sha256").update(served).digest("hex")).toBe(
        createHash("sha256").update(bytes).digest("hex"),
      );
    }

    // The helper was asked for our host on stdin, without the job's tokens in its environment,
    // and its secret reached no log line.
    const asked = (await fs.readFile(path.join(work, "helper.log"), "utf8")).trim().split("\n");
    expect(asked.length).toBeGreaterThan(0);
    for (const line of asked) expect(line).toBe(`get|${server.host}|none|none`);
    const logged = [...logger.entries, ...deployLogger.entries].map((e) => e.message).join("\n");
    expect(logged).not.toContain(server.password);
    expect(logged).toContain("registered version 1");
  });
});
