/*
 * `gh` for workflow tests: the subset of GitHub CLI commands our workflows' `run:` steps use,
 * done with the same REST calls gh makes, against the fake GitHub (MLOPS_TEST_GH_API, the fake's
 * url; GH_TOKEN as the token). What gh prints and how it fails are kept: `gh api` prints the
 * response body (on errors too) and then `gh: <message> (HTTP <status>)` on stderr with exit 1;
 * `issue create` prints the issue's URL; a label that does not exist fails `issue create --label`
 * as gh does. Every call is appended to MLOPS_TEST_GH_LOG (one JSON array of args per line) when set.
 *
 * It runs inside the test process: the `gh` on a run step's PATH is a shell script that hands its
 * arguments, directory and variables to gh-relay.ts over 127.0.0.1 (bash's /dev/tcp), which calls
 * runGh and answers with the exit code, stdout and stderr. (A Node process per call cost ~0.35 s
 * of CPU.)
 *
 *   gh api [-H h]... [-X method] [--paginate] <route>
 *   gh release download <tag> --pattern <glob> --dir <dir> [--clobber] -R <repo>
 *   gh release upload <tag> <file>... [--clobber] -R <repo>
 *   gh label create <name> [--color c] [--description d] -R <repo>
 *   gh issue create --title t --body-file f [--label l] -R <repo>
 *   gh issue edit <n> --body-file f -R <repo>
 *   gh issue comment <n> --body b -R <repo>
 *   gh issue view <n> --json url --jq .url -R <repo>
 *   gh workflow run <file> --ref <ref> -R <repo>
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

class GhError extends Error {}

/**
 * One `gh` call: `argv` (the arguments after `gh`), run in `io.cwd` with the variables `io.env`;
 * what it prints is pushed to `io.stdout` and `io.stderr`. Resolves to the exit code.
 *
 * @param {string[]} argv
 * @param {{ cwd: string, env: Record<string, string | undefined>, stdout: Buffer[], stderr: Buffer[] }} io
 * @returns {Promise<number>}
 */
export async function runGh(argv, io) {
  const env = io.env;
  const cwd = io.cwd;
  const stdout = { write: (chunk) => io.stdout.push(Buffer.from(chunk)) };
  const stderr = { write: (chunk) => io.stderr.push(Buffer.from(chunk)) };
  const here = (file) => path.resolve(cwd, file);
  if (env.MLOPS_TEST_GH_LOG) appendFileSync(env.MLOPS_TEST_GH_LOG, `${JSON.stringify(argv)}\n`);

  const api = (env.MLOPS_TEST_GH_API ?? "").replace(/\/+$/, "");
  const token = env.GH_TOKEN ?? env.GITHUB_TOKEN ?? "";

  /** Splits args into positionals and flags (flags that take a value take the next arg). */
  function parse(args, valued, multi = []) {
    const flags = {};
    const positional = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a.startsWith("-") && a !== "-") {
        const [name, inline] = a.includes("=") && a.startsWith("--") ? a.split(/=(.*)/s) : [a, undefined];
        if (valued.includes(name)) {
          const value = inline ?? args[++i];
          if (value === undefined) throw new GhError(`flag needs an argument: ${name}`);
          if (multi.includes(name)) (flags[name] ??= []).push(value);
          else flags[name] = value;
        } else flags[name] = true;
      } else positional.push(a);
    }
    return { flags, positional };
  }

  function repoOf(flags) {
    const repo = flags["-R"] ?? flags["--repo"] ?? env.GH_REPO;
    if (!repo || !/^[^/\s]+\/[^/\s]+$/.test(repo))
      throw new GhError("could not determine the repository: pass -R owner/name");
    return repo;
  }

  async function request(method, url, { headers = {}, body, raw } = {}) {
    if (!api) throw new GhError("MLOPS_TEST_GH_API is not set (the fake GitHub's url)");
    if (!token)
      throw new GhError(
        "To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable.",
      );
    const full = /^https?:\/\//.test(url) ? url : `${api}/${url.replace(/^\//, "")}`;
    const h = { accept: "application/vnd.github+json", authorization: `token ${token}`, ...headers };
    let payload;
    if (raw !== undefined) payload = raw;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h["content-type"] = "application/json";
    }
    const res = await fetch(full, { method, headers: h, body: payload, redirect: "follow" });
    const buf = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, body: buf };
  }

  function httpError(res) {
    let message = `HTTP ${res.status}`;
    try {
      const json = JSON.parse(res.body.toString("utf8"));
      if (json.message) message = json.message;
    } catch {
      // not JSON
    }
    return new GhError(`gh: ${message} (HTTP ${res.status})`);
  }

  async function json(method, url, options) {
    const res = await request(method, url, options);
    if (res.status >= 400) throw httpError(res);
    return res.body.length ? JSON.parse(res.body.toString("utf8")) : null;
  }

  async function ghApi(args) {
    const { flags, positional } = parse(
      args,
      ["-H", "--header", "-X", "--method", "--jq", "-q"],
      ["-H", "--header"],
    );
    if (flags["--jq"] || flags["-q"]) throw new GhError("fake gh: api --jq is not supported; pipe to jq");
    const route = positional[0];
    if (!route) throw new GhError("accepts 1 arg(s), received 0");
    const headers = {};
    for (const h of [...(flags["-H"] ?? []), ...(flags["--header"] ?? [])]) {
      const at = h.indexOf(":");
      headers[h.slice(0, at).trim().toLowerCase()] = h.slice(at + 1).trim();
    }
    const method = flags["-X"] ?? flags["--method"] ?? "GET";
    let url = route;
    do {
      const res = await request(method, url, { headers });
      stdout.write(res.body);
      if (res.status >= 400) throw httpError(res);
      const next = flags["--paginate"] ? /<([^>]+)>;\s*rel="next"/.exec(res.headers.get("link") ?? "") : null;
      url = next ? next[1] : null;
    } while (url);
  }

  async function releaseByTag(repo, tag) {
    const res = await request("GET", `repos/${repo}/releases/tags/${encodeURIComponent(tag)}`);
    if (res.status === 404) throw new GhError("release not found");
    if (res.status >= 400) throw httpError(res);
    return JSON.parse(res.body.toString("utf8"));
  }

  function globToRegExp(glob) {
    return new RegExp(
      `^${glob
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".")}$`,
    );
  }

  async function release(args) {
    const [sub, ...rest] = args;
    const { flags, positional } = parse(
      rest,
      ["--pattern", "-p", "--dir", "-D", "-R", "--repo"],
      ["--pattern", "-p"],
    );
    const repo = repoOf(flags);
    const [tag, ...files] = positional;
    if (!tag) throw new GhError("a release tag is required");
    const r = await releaseByTag(repo, tag);
    if (sub === "download") {
      const patterns = [...(flags["--pattern"] ?? []), ...(flags["-p"] ?? [])].map(globToRegExp);
      const assets = r.assets.filter((a) => !patterns.length || patterns.some((p) => p.test(a.name)));
      if (!assets.length) throw new GhError("no assets match the file pattern");
      const dir = here(flags["--dir"] ?? flags["-D"] ?? ".");
      mkdirSync(dir, { recursive: true });
      for (const a of assets) {
        const dest = path.join(dir, a.name);
        if (existsSync(dest) && !flags["--clobber"])
          throw new GhError(`${dest} already exists (use \`--clobber\` to overwrite file)`);
        const res = await request("GET", a.url, { headers: { accept: "application/octet-stream" } });
        if (res.status >= 400) throw httpError(res);
        writeFileSync(dest, res.body);
      }
      return;
    }
    if (sub === "upload") {
      if (!files.length) throw new GhError("no files given to upload");
      for (const file of files) {
        const name = path.basename(file);
        const data = readFileSync(here(file));
        const existing = r.assets.find((a) => a.name === name);
        if (existing && !flags["--clobber"])
          throw new GhError(`asset under the same name already exists: [${name}]`);
        if (existing) {
          const del = await request("DELETE", `repos/${repo}/releases/assets/${existing.id}`);
          if (del.status >= 400) throw httpError(del);
        }
        const upload = `${r.upload_url.replace(/\{.*\}$/, "")}?name=${encodeURIComponent(name)}`;
        const type = name.endsWith(".json") ? "application/json" : "application/octet-stream";
        const res = await request("POST", upload, { headers: { "content-type": type }, raw: data });
        if (res.status >= 400) throw httpError(res);
      }
      return;
    }
    throw new GhError(`fake gh: release ${sub} is not supported`);
  }

  async function label(args) {
    const [sub, ...rest] = args;
    if (sub !== "create") throw new GhError(`fake gh: label ${sub} is not supported`);
    const { flags, positional } = parse(rest, ["--color", "-c", "--description", "-d", "-R", "--repo"]);
    const repo = repoOf(flags);
    const body = { name: positional[0] };
    if (flags["--color"] ?? flags["-c"]) body.color = flags["--color"] ?? flags["-c"];
    if (flags["--description"] ?? flags["-d"]) body.description = flags["--description"] ?? flags["-d"];
    await json("POST", `repos/${repo}/labels`, { body });
    stderr.write(`✓ Label "${body.name}" created in ${repo}\n`);
  }

  async function issue(args) {
    const [sub, ...rest] = args;
    const { flags, positional } = parse(
      rest,
      [
        "--title",
        "-t",
        "--body",
        "-b",
        "--body-file",
        "-F",
        "--label",
        "-l",
        "--json",
        "--jq",
        "-q",
        "-R",
        "--repo",
      ],
      ["--label", "-l"],
    );
    const repo = repoOf(flags);
    const bodyFile = flags["--body-file"] ?? flags["-F"];
    const text =
      bodyFile !== undefined
        ? readFileSync(bodyFile === "-" ? 0 : here(bodyFile), "utf8")
        : (flags["--body"] ?? flags["-b"]);
    if (sub === "create") {
      const labels = [...(flags["--label"] ?? []), ...(flags["-l"] ?? [])];
      // gh resolves label names before it creates the issue: an unknown one fails the command.
      for (const l of labels) {
        const res = await request("GET", `repos/${repo}/labels/${encodeURIComponent(l)}`);
        if (res.status === 404) throw new GhError(`could not add label: '${l}' not found`);
        if (res.status >= 400) throw httpError(res);
      }
      const created = await json("POST", `repos/${repo}/issues`, {
        body: {
          title: flags["--title"] ?? flags["-t"],
          body: text ?? "",
          ...(labels.length ? { labels } : {}),
        },
      });
      stdout.write(`${created.html_url}\n`);
      return;
    }
    const number = positional[0];
    if (!/^\d+$/.test(number ?? "")) throw new GhError(`invalid issue format: "${number ?? ""}"`);
    if (sub === "edit") {
      const edited = await json("PATCH", `repos/${repo}/issues/${number}`, { body: { body: text ?? "" } });
      stdout.write(`${edited.html_url}\n`);
    } else if (sub === "comment") {
      if (text === undefined)
        throw new GhError("--body or --body-file required when not running interactively");
      const c = await json("POST", `repos/${repo}/issues/${number}/comments`, { body: { body: text } });
      stdout.write(`${c.html_url}\n`);
    } else if (sub === "view") {
      const i = await json("GET", `repos/${repo}/issues/${number}`);
      if (flags["--json"] !== "url" || ![".url", undefined].includes(flags["--jq"] ?? flags["-q"]))
        throw new GhError("fake gh: issue view supports only --json url [--jq .url]");
      stdout.write(
        flags["--jq"] || flags["-q"] ? `${i.html_url}\n` : `${JSON.stringify({ url: i.html_url })}\n`,
      );
    } else throw new GhError(`fake gh: issue ${sub} is not supported`);
  }

  async function workflow(args) {
    const [sub, ...rest] = args;
    if (sub !== "run") throw new GhError(`fake gh: workflow ${sub} is not supported`);
    const { flags, positional } = parse(
      rest,
      ["--ref", "-r", "-R", "--repo", "-f", "--raw-field"],
      ["-f", "--raw-field"],
    );
    const repo = repoOf(flags);
    const file = positional[0];
    if (!file) throw new GhError("workflow ID, name, or filename required when not running interactively");
    const inputs = Object.fromEntries(
      [...(flags["-f"] ?? []), ...(flags["--raw-field"] ?? [])].map((kv) => kv.split(/=(.*)/s).slice(0, 2)),
    );
    await json("POST", `repos/${repo}/actions/workflows/${encodeURIComponent(file)}/dispatches`, {
      body: { ref: flags["--ref"] ?? flags["-r"], inputs },
    });
    stderr.write(`✓ Created workflow_dispatch event for ${file} at ${flags["--ref"] ?? flags["-r"]}\n`);
  }

  const commands = { api: ghApi, release, label, issue, workflow };
  try {
    const run = commands[argv[0]];
    if (!run) throw new GhError(`fake gh: unknown command "${argv[0] ?? ""}"`);
    await run(argv.slice(1));
    return 0;
  } catch (error) {
    stderr.write(error instanceof GhError ? `${error.message}\n` : `fake gh: ${error.stack}\n`);
    return 1;
  }
}
