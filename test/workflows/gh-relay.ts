import { accessSync, chmodSync, constants, writeFileSync } from "node:fs";
import { createServer, type AddressInfo, type Socket } from "node:net";
import path from "node:path";
import { runGh } from "./fake-gh.mjs";

/*
 * `gh` for the run steps of workflow tests, answered by fake-gh.mjs inside the test process. The
 * script on the step's PATH is bash alone: it connects to a server on 127.0.0.1 with bash's
 * /dev/tcp redirection and writes its argument count, working directory, the variables fake-gh
 * reads and its arguments as NUL-terminated fields (arguments cannot hold NUL). The server answers
 *   "<exit code> <stderr length> <stdout length, or raw>\n" <stderr> <stdout>
 * with stderr, and stdout up to RAW_ABOVE bytes, as printf formats (printable ASCII, any other
 * byte as \ooo): bash variables cannot hold NUL bytes, but `read -N` takes a format in (reading
 * no further than asked) and `printf` writes the exact bytes back. Longer stdout comes as it is,
 * to the end, and cat copies it (escaping and printf cost up to ~0.3 us a byte; cat's process
 * ~5 ms).
 *
 * Measured with strace on one call: the curl script this replaces started 9 processes (bash, and
 * mktemp, a subshell for a pipe, curl, sed, tr, base64, sed, rm); this one starts bash alone, and
 * cat only for stdout over RAW_ABOVE. A hundred calls in a shell loop (`gh foo`, or `gh api`
 * printing a small body) cost 8-12 s of CPU with curl and ~1 s now, the loop's forks included,
 * on a 2-core VM loaded by other work; monitor-model.bundle.test.ts (21 calls) went from ~8.2 to ~6.6 s.
 * (A Node process per call cost ~0.35 s of CPU; the suite makes about a hundred calls.)
 */

/** What fake-gh reads from the environment, in the order the script sends them. */
const VARIABLES = ["MLOPS_TEST_GH_LOG", "MLOPS_TEST_GH_API", "GH_TOKEN", "GITHUB_TOKEN", "GH_REPO"] as const;

export interface GhRelay {
  close(): Promise<void>;
}

/** Answers with more stdout than this go as they are, copied by cat, not through bash's read. */
const RAW_ABOVE = 64 * 1024;

/** `name` where a PATH lookup from this process finds it, so the script needs no lookup. */
function findProgram(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!path.isAbsolute(dir) || !/^[\w./+-]+$/.test(dir)) continue; // nothing to quote in the script
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

function script(port: number): string {
  const bash = findProgram("bash");
  const shebang = bash ? `#!${bash}` : "#!/usr/bin/env bash";
  const cat = findProgram("cat") ?? "cat";
  const relay = `gh (test relay at 127.0.0.1:${port})`;
  // Each variable goes as "" when unset and "x<value>" when set (so an empty value stays empty).
  const variables = VARIABLES.map((name) => `"\${${name}+x$${name}}"`).join(" ");
  return `${shebang}
# gh for workflow tests: fake-gh.mjs answers it in the test process (test/workflows/gh-relay.ts).
# Bash alone, but for stdout over ${RAW_ABOVE} bytes, which cat copies.
set +o posix
LC_ALL=C
if ((BASH_VERSINFO[0] < 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] < 1))); then
  echo "${relay}: needs bash 4.1 or newer (read -N), found $BASH_VERSION" >&2
  exit 1
fi
if ! { exec 3<>/dev/tcp/127.0.0.1/${port}; } 2>/dev/null; then
  echo "${relay}: cannot connect; the test that installed this gh is over" >&2
  exit 1
fi
trap '' PIPE
if ! printf '%s\\0' "$#" "$PWD" ${variables} "$@" >&3 2>/dev/null; then
  echo "${relay}: the relay closed the connection" >&2
  exit 1
fi
trap - PIPE
IFS= read -r line <&3
if ! [[ $line =~ ^([0-9]+)\\ ([0-9]+)\\ ([0-9]+|raw)$ ]]; then
  echo "${relay}: no answer" >&2
  exit 1
fi
code=\${BASH_REMATCH[1]} err=\${BASH_REMATCH[2]} out=\${BASH_REMATCH[3]}
if ((err)) && ! { IFS= read -r -N "$err" errors <&3 && ((\${#errors} == err)); }; then
  echo "${relay}: the answer was cut short" >&2
  exit 1
fi
if [[ $out == raw ]]; then
  ${cat} <&3
elif ((out)); then
  if ! { IFS= read -r -N "$out" output <&3 && ((\${#output} == out)); }; then
    echo "${relay}: the answer was cut short" >&2
    exit 1
  fi
  printf -- "$output"
fi
((err)) && printf -- "$errors" >&2
exit "$code"
`;
}

const AS_IS = 0;
const DOUBLED = 1;
/** How printfFormat writes each byte value: AS_IS, DOUBLED or (2) as an octal escape. */
const ESCAPE = Uint8Array.from({ length: 256 }, (_, byte) =>
  byte === 0x25 || byte === 0x5c ? DOUBLED : byte >= 0x20 && byte < 0x7f ? AS_IS : 2,
);

/**
 * `data` as a printf format that prints it: printable ASCII as itself (% and \ doubled), every
 * other byte (NUL, newline, UTF-8's) as a three-digit octal escape.
 */
export function printfFormat(data: Buffer): Buffer {
  const out = Buffer.allocUnsafe(data.length * 4);
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i]!;
    const kind = ESCAPE[byte];
    if (kind === AS_IS) out[n++] = byte;
    else if (kind === DOUBLED) {
      out[n++] = byte;
      out[n++] = byte;
    } else {
      out[n++] = 0x5c;
      out[n++] = 0x30 + (byte >> 6);
      out[n++] = 0x30 + ((byte >> 3) & 7);
      out[n++] = 0x30 + (byte & 7);
    }
  }
  return out.subarray(0, n);
}

type Io = { cwd: string; env: Record<string, string | undefined>; stdout: Buffer[]; stderr: Buffer[] };

/** The call in a request: argument count, directory, variables, arguments, each NUL-terminated. */
function parseCall(data: Buffer): { argv: string[]; io: Io } {
  const [, cwd = "", ...rest] = data.subarray(0, -1).toString("utf8").split("\0");
  const env: Record<string, string | undefined> = {};
  VARIABLES.forEach((name, i) => {
    const field = rest[i] ?? "";
    env[name] = field === "" ? undefined : field.slice(1);
  });
  return { argv: rest.slice(VARIABLES.length), io: { cwd, env, stdout: [], stderr: [] } };
}

function answer(socket: Socket, code: number, stderr: Buffer, stdout: Buffer): void {
  if (!socket.writable) return; // the step is gone (killed mid-call)
  const err = printfFormat(stderr);
  const raw = stdout.length > RAW_ABOVE;
  const out = raw ? stdout : printfFormat(stdout);
  socket.end(Buffer.concat([Buffer.from(`${code} ${err.length} ${raw ? "raw" : out.length}\n`), err, out]));
}

/** Reads one request from `socket` (it may come in many chunks), runs it and answers. */
function serve(socket: Socket): void {
  // A step killed mid-call resets the connection: nobody is left to answer.
  socket.on("error", () => {});
  const chunks: Buffer[] = [];
  let terminators = 0;
  let fields: number | undefined; // in the request, once its argument count has come
  const refuse = (message: string) => {
    socket.removeAllListeners("data");
    answer(socket, 1, Buffer.from(`gh relay: ${message}\n`), Buffer.alloc(0));
  };
  socket.on("data", (chunk: Buffer) => {
    chunks.push(chunk);
    for (let at = chunk.indexOf(0); at !== -1; at = chunk.indexOf(0, at + 1)) terminators++;
    if (terminators === 0) return;
    if (fields === undefined) {
      const data = Buffer.concat(chunks);
      const count = data.subarray(0, data.indexOf(0)).toString("latin1");
      if (!/^[0-9]{1,9}$/.test(count)) return refuse(`bad argument count ${JSON.stringify(count)}`);
      fields = 2 + VARIABLES.length + Number(count);
    }
    if (terminators < fields) return;
    const data = Buffer.concat(chunks);
    if (terminators > fields || data[data.length - 1] !== 0) return refuse("more fields than announced");
    socket.removeAllListeners("data");
    const { argv, io } = parseCall(data);
    runGh(argv, io).then(
      (code) => answer(socket, code, Buffer.concat(io.stderr), Buffer.concat(io.stdout)),
      (error: unknown) =>
        answer(
          socket,
          1,
          Buffer.from(`fake gh: ${(error as Error).stack ?? String(error)}\n`),
          Buffer.alloc(0),
        ),
    );
  });
}

/** Writes `gh` into the directory `bin` and answers its calls until closed. */
export async function installGh(bin: string): Promise<GhRelay> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    serve(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const file = path.join(bin, "gh");
  writeFileSync(file, script(port));
  chmodSync(file, 0o755);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
