import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import https from "node:https";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/*
 * A real OCI registry for tests: Debian's docker-registry (the CNCF distribution server) on
 * 127.0.0.1, a free port, TLS with a self-signed certificate made here, htpasswd basic auth
 * (bcrypt from /usr/bin/python3's crypt). `missing` says why the tests must skip.
 */

const run = promisify(execFile);
export const REGISTRY_BIN = "/usr/bin/docker-registry";
export const SKOPEO_BIN = "/usr/bin/skopeo";
const PYTHON = "/usr/bin/python3";

export function missingTools(tools: string[]): string | null {
  const missing = tools.filter((tool) => !existsSync(tool));
  return missing.length
    ? `${missing.join(", ")} not installed (apt-get install docker-registry skopeo)`
    : null;
}

export interface OciServer {
  host: string;
  ca: string;
  username: string;
  password: string;
  dir: string;
  storage: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

async function bcrypt(password: string): Promise<string> {
  const { stdout } = await run(PYTHON, [
    "-W",
    "ignore",
    "-c",
    "import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=16)))",
    password,
  ]);
  return stdout.trim();
}

async function ready(
  host: string,
  ca: string,
  child: ChildProcess,
  log: () => Promise<string>,
): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited ${child.exitCode}: ${await log()}`);
    const status = await new Promise<number>((resolve) => {
      const request = https.get(`https://${host}/v2/`, { ca }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("error", () => resolve(0));
    });
    if (status === 401) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`docker-registry did not answer on ${host}: ${await log()}`);
}

/**
 * The server's TLS key and certificate and its htpasswd line: made once per process (an RSA key
 * and a bcrypt hash cost an openssl and a python3 process each) and written into every server's
 * own directory. They hold no registry state: each server still has its own empty storage.
 */
interface Credentials {
  key: string;
  cert: string;
  username: string;
  password: string;
  htpasswd: string;
}
let credentials: Promise<Credentials> | null = null;
function serverCredentials(): Promise<Credentials> {
  credentials ??= (async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-oci-tls-"));
    try {
      await run("openssl", [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        path.join(dir, "key.pem"),
        "-out",
        path.join(dir, "cert.pem"),
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
      ]);
      const username = "mlops";
      const password = `pw-${Math.random().toString(36).slice(2)}`;
      return {
        key: await fs.readFile(path.join(dir, "key.pem"), "utf8"),
        cert: await fs.readFile(path.join(dir, "cert.pem"), "utf8"),
        username,
        password,
        htpasswd: `${username}:${await bcrypt(password)}\n`,
      };
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  })();
  // A failure is not cached: the next server tries again.
  credentials.catch(() => (credentials = null));
  return credentials;
}

export async function startOciServer(): Promise<OciServer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mlops-oci-server-"));
  const storage = path.join(dir, "storage");
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const { key, cert, username, password, htpasswd } = await serverCredentials();
  await fs.writeFile(path.join(dir, "key.pem"), key, { mode: 0o600 });
  await fs.writeFile(path.join(dir, "cert.pem"), cert);
  await fs.writeFile(path.join(dir, "htpasswd"), htpasswd);
  await fs.writeFile(
    path.join(dir, "config.yml"),
    [
      "version: 0.1",
      "log:",
      "  level: error",
      "storage:",
      "  filesystem:",
      `    rootdirectory: ${storage}`,
      "  delete:",
      "    enabled: true",
      "http:",
      `  addr: ${host}`,
      "  tls:",
      `    certificate: ${path.join(dir, "cert.pem")}`,
      `    key: ${path.join(dir, "key.pem")}`,
      "auth:",
      "  htpasswd:",
      "    realm: mlops-test",
      `    path: ${path.join(dir, "htpasswd")}`,
      "",
    ].join("\n"),
  );
  const logFile = path.join(dir, "registry.log");
  const out = await fs.open(logFile, "w");
  const child = spawn(REGISTRY_BIN, ["serve", path.join(dir, "config.yml")], {
    stdio: ["ignore", out.fd, out.fd],
  });
  const ca = cert;
  const log = () => fs.readFile(logFile, "utf8").catch(() => "");
  try {
    await ready(host, ca, child, log);
  } catch (error) {
    child.kill();
    await out.close();
    throw error;
  }
  return {
    host,
    ca,
    username,
    password,
    dir,
    storage,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill();
        await exited;
      }
      await out.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
