import { promises as fs } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redact, type ConfigurationError } from "@mlops/core";
import { errorOf } from "@mlops/testkit";
import { dockerConfigCredentials } from "../../packages/registry/src/docker-credentials.js";
import { OciClient } from "../../packages/registry/src/oci-client.js";

/*
 * docker config.json credential helpers, with small helper scripts on a PATH of the test's own
 * (passed as the client's env, so nothing global changes), and the identity-token flow against a
 * registry front that speaks distribution's OAuth2 token spec on 127.0.0.1.
 */

let dir: string;
let env: NodeJS.ProcessEnv;

async function helper(name: string, body: string): Promise<void> {
  await fs.writeFile(path.join(dir, "bin", `docker-credential-${name}`), `#!/bin/sh\n${body}\n`, {
    mode: 0o755,
  });
}

async function config(value: unknown): Promise<void> {
  await fs.writeFile(path.join(dir, "docker", "config.json"), JSON.stringify(value));
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-docker-creds-"));
  await fs.mkdir(path.join(dir, "bin"));
  await fs.mkdir(path.join(dir, "docker"));
  env = {
    PATH: `${path.join(dir, "bin")}${path.delimiter}/usr/bin:/bin`,
    DOCKER_CONFIG: path.join(dir, "docker"),
    GITHUB_TOKEN: "ghs_withheld",
    INPUT_TOKEN: "ghs_withheld",
  };
  // Answers for registry.test only; records its argument, stdin and what of the tokens it saw.
  await helper(
    "store",
    [
      "host=$(cat)",
      `printf '%s %s %s %s\\n' "$1" "$host" "\${GITHUB_TOKEN:-none}" "\${INPUT_TOKEN:-none}" >> "${dir}/asked"`,
      'case "$host" in',
      `  registry.test) printf '{"ServerURL":"registry.test","Username":"robot","Secret":"s3cret-from-store"}' ;;`,
      '  *) echo "credentials not found in native keychain"; exit 1 ;;',
      "esac",
    ].join("\n"),
  );
  await helper("broken", 'echo "error: the keychain is locked" >&2; exit 3');
  await helper("garbage", "echo not json");
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("docker config.json credentials", () => {
  it("asks credsStore's helper for the host on stdin, in a clean environment, and masks the secret", async () => {
    await config({ credsStore: "store", auths: { "other.test": { auth: btoa("u:p") } } });
    const masked: string[] = [];
    expect(await dockerConfigCredentials("registry.test", env, { mask: (s) => masked.push(s) })).toEqual({
      username: "robot",
      password: "s3cret-from-store",
    });
    expect(masked).toEqual(["s3cret-from-store"]);
    expect(redact("Authorization failed for s3cret-from-store")).toBe("Authorization failed for ***");
    expect(await fs.readFile(path.join(dir, "asked"), "utf8")).toBe("get registry.test none none\n");
    // Nothing in the store for other.test: config.json's own auths entry answers.
    expect(await dockerConfigCredentials("other.test", env)).toEqual({ username: "u", password: "p" });
    expect(await dockerConfigCredentials("nowhere.test", env)).toBeNull();
  });

  it("prefers credHelpers[host] to credsStore, and says which helper failed and how", async () => {
    await config({ credsStore: "store", credHelpers: { "registry.test": "broken" } });
    const error = await errorOf<ConfigurationError>(dockerConfigCredentials("registry.test", env));
    expect(error.code).toBe("credentials-invalid");
    expect(error.message).toContain(
      `credHelpers["registry.test"]: docker-credential-broken get registry.test exited 3: error: the keychain is locked`,
    );

    await config({ credHelpers: { "registry.test": "garbage" } });
    expect((await errorOf(dockerConfigCredentials("registry.test", env))).message).toContain(
      'docker-credential-garbage get registry.test did not answer JSON {"Username": …, "Secret": …}',
    );
    await config({ credHelpers: { "registry.test": "missing" } });
    expect((await errorOf(dockerConfigCredentials("registry.test", env))).message).toContain(
      "the credential helper docker-credential-missing could not run",
    );
    await config({ credHelpers: { "registry.test": "../../bin/sh" } });
    expect((await errorOf(dockerConfigCredentials("registry.test", env))).message).toContain(
      "is not a credential helper name (docker runs docker-credential-<name>)",
    );
  });

  it("for ghcr.io with nothing in config.json, the step's token answers (GITHUB_TOKEN is not in an action's env)", async () => {
    await config({ auths: {} });
    const credentials = (client: OciClient) =>
      (client as unknown as { loadCredentials(): Promise<unknown> }).loadCredentials();
    const ghcr = new OciClient("ghcr.io/octo-org/models", {
      env: { ...env, GITHUB_TOKEN: "" },
      githubToken: "ghs_step",
    });
    expect(await credentials(ghcr)).toEqual({ username: "x-access-token", password: "ghs_step" });
    const other = new OciClient("registry.test/team/models", { env, githubToken: "ghs_step" });
    expect(await credentials(other)).toBeNull();
    ghcr.close();
    other.close();
  });

  it("a <token> username is an identity token, exchanged at the token service as an OAuth2 refresh token", async () => {
    const forms: Record<string, string>[] = [];
    const server = http.createServer((req, res) => {
      const host = req.headers.host!;
      if (req.url === "/token" && req.method === "POST") {
        let body = "";
        req.on("data", (d) => (body += d));
        req.on("end", () => {
          forms.push(Object.fromEntries(new URLSearchParams(body)));
          res
            .writeHead(200, { "Content-Type": "application/json" })
            .end(JSON.stringify({ access_token: "acc-1" }));
        });
        return;
      }
      if (req.headers.authorization !== "Bearer acc-1") {
        res
          .writeHead(401, {
            "WWW-Authenticate": `Bearer realm="http://${host}/token",service="tokens.test",scope="repository:team/models:pull"`,
          })
          .end();
        return;
      }
      res
        .writeHead(404, { "Content-Type": "application/json" })
        .end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      await config({ credHelpers: { [`127.0.0.1:${port}`]: "tokens" } });
      await helper("tokens", `cat >/dev/null; printf '{"Username":"<token>","Secret":"refresh-xyz"}'`);
      const client = new OciClient(`http://127.0.0.1:${port}/team/models`, { env, attempts: 1 });
      expect(await client.manifest("weather-v1")).toBeNull();
      client.close();
      expect(forms).toEqual([
        {
          grant_type: "refresh_token",
          refresh_token: "refresh-xyz",
          client_id: "mlops-actions",
          service: "tokens.test",
          scope: "repository:team/models:pull",
        },
      ]);
    } finally {
      server.close();
    }
  });
});
