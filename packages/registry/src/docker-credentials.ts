import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigurationError, redact, registerSecret } from "@mlops/core";
import { runProcessTree, runStepEnv } from "@mlops/core/process";

/*
 * Registry credentials the way docker (and skopeo, oras, crane) find them in config.json
 * (DOCKER_CONFIG, else ~/.docker), in docker's order:
 *
 *   credHelpers[host]  a credential helper for this registry: `docker-credential-<name> get`
 *   credsStore         the helper for every registry (osxkeychain, wincred, pass, secretservice,
 *                      ecr-login, gcr…)
 *   auths[host]        inline: `auth` (base64 user:password), username + password, or
 *                      `identitytoken`
 *
 * A helper is run with the registry host on stdin and a clean environment (no INPUT_*, no
 * ACTIONS_RUNTIME_*, no GITHUB_TOKEN nor MLOPS_OCI_PASSWORD), and answers JSON
 * {"ServerURL", "Username", "Secret"}; the username `<token>` means Secret is an identity token
 * (an OAuth2 refresh token for the registry's token service), not a password. A helper that has
 * nothing for the host ("credentials not found") means no credentials, not an error. Every
 * secret found is registered for masking (redact, ::add-mask::) before it is used.
 */

/** What a registry is authenticated with: a password, or an identity (refresh) token. */
export interface OciCredentials {
  username: string;
  password: string;
  /** An identity token (docker `identitytoken`, or a helper's `<token>` user): sent as an OAuth2 refresh token. */
  identityToken?: string;
}

/** The username a credential helper answers when its Secret is an identity token. */
export const IDENTITY_TOKEN_USER = "<token>";

const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const HELPER_TIMEOUT_MS = 60_000;

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/** What to tell apart for `host`: the keys docker writes for it in config.json. */
function keysFor(host: string): string[] {
  const keys = [host, `https://${host}`, `http://${host}`, `https://${host}/v1/`, `https://${host}/v2/`];
  if (host === "docker.io" || host === "registry-1.docker.io") keys.push("https://index.docker.io/v1/");
  return keys;
}

/** Hides a secret from every later message and log line (the runner's mask too, through `mask`). */
function secret(value: string, mask?: (value: string) => void): string {
  registerSecret(value);
  mask?.(value);
  return value;
}

export interface DockerCredentialOptions {
  /** Masks a secret in the job log (logger.setSecret); redact() hides it either way. */
  mask?: (value: string) => void;
}

/** Credentials for `host` from docker config.json: a credential helper, else `auths`; null when none. */
export async function dockerConfigCredentials(
  host: string,
  env: NodeJS.ProcessEnv = process.env,
  options: DockerCredentialOptions = {},
): Promise<OciCredentials | null> {
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), ".docker");
  const file = path.join(dir, "config.json");
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    return null;
  }
  let config: DockerConfig;
  try {
    config = JSON.parse(text) as DockerConfig;
  } catch (error) {
    throw new ConfigurationError(`${file}: not valid JSON (${(error as Error).message.split("\n")[0]})`, {
      code: "input-invalid",
    });
  }
  const keys = keysFor(host);
  const helperKey = keys.find((key) => typeof config.credHelpers?.[key] === "string");
  const helper = helperKey !== undefined ? config.credHelpers![helperKey]! : config.credsStore;
  if (helper) {
    const where = helperKey !== undefined ? `credHelpers["${helperKey}"]` : "credsStore";
    const found = await helperCredentials(helper, host, env, `${file} ${where}`, options);
    if (found) return found;
  }
  const auths = config.auths ?? {};
  for (const key of keys) {
    const entry = auths[key];
    if (!entry) continue;
    if (entry.identitytoken) {
      return {
        username: entry.username ?? "",
        password: "",
        identityToken: secret(entry.identitytoken, options.mask),
      };
    }
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon <= 0) {
        throw new ConfigurationError(`${file}: auths["${key}"].auth is not base64 of <user>:<password>`, {
          code: "input-invalid",
        });
      }
      return { username: decoded.slice(0, colon), password: secret(decoded.slice(colon + 1), options.mask) };
    }
    if (entry.username && entry.password)
      return { username: entry.username, password: secret(entry.password, options.mask) };
  }
  return null;
}

/** Withheld from a credential helper besides what a `run:` step does not see (INPUT_*, ACTIONS_RUNTIME_*…). */
const WITHHELD = new Set(["GITHUB_TOKEN", "MLOPS_OCI_PASSWORD", "MLOPS_REGISTRY_TOKEN"]);

/** Runs `docker-credential-<helper> get` for `host`; null when the helper has nothing for it. */
export async function helperCredentials(
  helper: string,
  host: string,
  env: NodeJS.ProcessEnv,
  where: string,
  options: DockerCredentialOptions = {},
): Promise<OciCredentials | null> {
  if (!HELPER_NAME.test(helper)) {
    throw new ConfigurationError(
      `${where}: ${JSON.stringify(helper)} is not a credential helper name (docker runs docker-credential-<name>)`,
      { code: "input-invalid" },
    );
  }
  const program = `docker-credential-${helper}`;
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const result = await runProcessTree({
    file: program,
    args: ["get"],
    env: runStepEnv(env, (name) => WITHHELD.has(name)),
    input: host,
    timeoutMs: HELPER_TIMEOUT_MS,
    killGraceMs: 2000,
    drainMs: 1000,
    onStdout: (chunk) => stdout.push(chunk),
    onStderr: (chunk) => stderr.push(chunk),
  });
  const out = Buffer.concat(stdout).toString("utf8");
  // What a helper prints is its business: shown only redacted, and never its JSON answer.
  const err = redact(Buffer.concat(stderr).toString("utf8").trim() || out.trim()).slice(0, 300);
  if (result.spawnError) {
    throw new ConfigurationError(
      `${where}: the credential helper ${program} could not run (${result.spawnError.message.split("\n")[0]}); install it on PATH or remove it from config.json`,
      { code: "credentials-invalid" },
    );
  }
  if (result.code !== 0) {
    // docker-credential-helpers' ErrCredentialsNotFound: this helper has nothing for the host.
    if (/credentials not found/i.test(err)) return null;
    throw new ConfigurationError(
      `${where}: ${program} get ${host} ${result.timedOut ? `did not answer within ${HELPER_TIMEOUT_MS / 1000} s` : `exited ${result.code ?? result.signal}`}${err ? `: ${err}` : ""}`,
      { code: "credentials-invalid" },
    );
  }
  let answer: { Username?: unknown; Secret?: unknown };
  try {
    answer = JSON.parse(out) as typeof answer;
  } catch {
    throw new ConfigurationError(
      `${where}: ${program} get ${host} did not answer JSON {"Username": …, "Secret": …}`,
      { code: "credentials-invalid" },
    );
  }
  if (typeof answer.Secret !== "string" || !answer.Secret) return null;
  const username = typeof answer.Username === "string" ? answer.Username : "";
  if (username === IDENTITY_TOKEN_USER) {
    return { username: "", password: "", identityToken: secret(answer.Secret, options.mask) };
  }
  return { username, password: secret(answer.Secret, options.mask) };
}
