import { chmodSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { runGh } from "./fake-gh.mjs";

/*
 * `gh` for the run steps of workflow tests, answered by fake-gh.mjs inside the test process: the
 * script on the step's PATH sends its working directory, the variables fake-gh reads and its
 * arguments (NUL-separated) to a server on 127.0.0.1 with curl, and exits with the code the
 * server sends back, after printing the stdout and stderr it sends back. curl costs a few ms a
 * call; a Node process per call cost ~0.35 s of CPU, and the suite makes about a hundred.
 */

/** What fake-gh reads from the environment, in the order the script sends them. */
const VARIABLES = ["MLOPS_TEST_GH_LOG", "MLOPS_TEST_GH_API", "GH_TOKEN", "GITHUB_TOKEN", "GH_REPO"] as const;

export interface GhRelay {
  close(): Promise<void>;
}

function script(url: string): string {
  // Each variable goes as "" when unset and "x<value>" when set (so an empty value stays empty).
  const variables = VARIABLES.map((name) => `"\${${name}+x$${name}}"`).join(" ");
  return `#!/usr/bin/env bash
# gh for workflow tests: fake-gh.mjs answers it in the test process (test/workflows/gh-relay.ts).
headers=$(mktemp) || exit 1
trap 'rm -f "$headers"' EXIT
printf '%s\\0' "$PWD" ${variables} "$@" |
  curl --silent --show-error --noproxy '*' --dump-header "$headers" --output - --data-binary @- '${url}'
sent=$?
if [ "$sent" -ne 0 ]; then
  echo "gh (test relay at ${url}): curl exited with $sent" >&2
  exit 1
fi
sed -n 's/^x-gh-stderr: *//p' "$headers" | tr -d '\\r' | base64 -d >&2
code=$(sed -n 's/^x-gh-exit: *\\([0-9]*\\).*/\\1/p' "$headers")
exit "\${code:-1}"
`;
}

/** Writes `gh` into the directory `bin` and answers its calls until closed. */
export async function installGh(bin: string): Promise<GhRelay> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const fields = Buffer.concat(chunks).toString("utf8").split("\0");
      fields.pop(); // after the last terminator
      const [cwd = "", ...rest] = fields;
      const env: Record<string, string | undefined> = {};
      VARIABLES.forEach((name, i) => {
        const field = rest[i] ?? "";
        env[name] = field === "" ? undefined : field.slice(1);
      });
      const io = { cwd, env, stdout: [] as Buffer[], stderr: [] as Buffer[] };
      runGh(rest.slice(VARIABLES.length), io).then(
        (code) => {
          res.writeHead(200, {
            "content-type": "application/octet-stream",
            "x-gh-exit": String(code),
            "x-gh-stderr": Buffer.concat(io.stderr).toString("base64"),
          });
          res.end(Buffer.concat(io.stdout));
        },
        (error: unknown) => {
          res.writeHead(200, {
            "x-gh-exit": "1",
            "x-gh-stderr": Buffer.from(`fake gh: ${(error as Error).stack ?? String(error)}\n`).toString(
              "base64",
            ),
          });
          res.end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const file = path.join(bin, "gh");
  writeFileSync(file, script(`http://127.0.0.1:${port}/`));
  chmodSync(file, 0o755);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
