#!/usr/bin/env node
// Releases mlops-actions as .github/workflows/release.yml does it (docs/releasing.md):
//   node scripts/release.mjs --version 1.2.0 [--sha <commit>] [--check]
//
//   1. checks: the version is X.Y.Z; CHANGELOG.md has a dated section `## [X.Y.Z] - YYYY-MM-DD`
//      (its text becomes the release notes); packages/cli/package.json has the same version;
//   2. the tag vX.Y.Z: created at the commit, or left as it is when it already points there (the
//      workflow runs on a pushed tag); a tag at another commit is an error, never moved;
//   3. the major tag vX: moved to the commit (force), unless a newer vX.*.* release exists;
//   4. the GitHub release vX.Y.Z with the notes: created, or its notes updated on a re-run.
//
// --check does step 1 only and prints the notes, with no token and no network.
// Environment: GITHUB_TOKEN (contents: write), GITHUB_REPOSITORY (owner/name), GITHUB_API_URL
// (default https://api.github.com), GITHUB_SHA (the commit when --sha is not given).
// Only Node.js built-ins: the release job runs it without npm ci.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

class ReleaseError extends Error {}

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/** "v1.2.0" or "1.2.0" → [1, 2, 0]; anything else is an error that says what was expected. */
export function parseVersion(text) {
  const m = VERSION.exec(String(text).replace(/^v/, ""));
  if (!m)
    throw new ReleaseError(
      `the version must be X.Y.Z (e.g. 1.2.0, or the tag v1.2.0), found ${JSON.stringify(text)}`,
    );
  return m.slice(1).map(Number);
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * The notes of one version from a Keep a Changelog file: the lines under `## [X.Y.Z] - date` up
 * to the next `## ` heading (link definitions at the end of the file left out). The section must
 * be dated: an "Unreleased" one is not released yet.
 */
export function releaseNotes(changelog, version, file = "CHANGELOG.md") {
  const lines = changelog.split(/\r?\n/);
  const headings = [];
  for (const [index, line] of lines.entries()) {
    const m = /^## \[([^\]]+)\](?:\s+-\s+(.*))?\s*$/.exec(line);
    if (m) headings.push({ index, name: m[1], date: (m[2] ?? "").trim() });
    else if (/^## /.test(line)) headings.push({ index, name: null, date: "" });
  }
  const at = headings.findIndex((h) => h.name === version);
  if (at < 0) {
    const found = headings.filter((h) => h.name).map((h) => h.name);
    throw new ReleaseError(
      `${file} has no section for ${version}: expected a heading "## [${version}] - YYYY-MM-DD" (found: ${found.length ? found.join(", ") : "no version headings"})`,
    );
  }
  const heading = headings[at];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(heading.date))
    throw new ReleaseError(
      `${file} line ${heading.index + 1}: the section for ${version} is dated ${JSON.stringify(heading.date || "(nothing)")}; write the release date ("## [${version}] - YYYY-MM-DD") and commit it before releasing`,
    );
  const end = headings[at + 1]?.index ?? lines.length;
  const body = lines
    .slice(heading.index + 1, end)
    .filter((line) => !/^\[[^\]]+\]:\s+\S+/.test(line))
    .join("\n")
    .trim();
  if (!body) throw new ReleaseError(`${file} line ${heading.index + 1}: the section for ${version} is empty`);
  return body;
}

/** Step 1: everything that must hold before anything is written. */
export function checkRelease({ version, changelogFile, packageFile }) {
  const [major] = parseVersion(version);
  const clean = String(version).replace(/^v/, "");
  const notes = releaseNotes(
    readFileSync(changelogFile, "utf8"),
    clean,
    path.relative(root, changelogFile) || changelogFile,
  );
  const pkg = JSON.parse(readFileSync(packageFile, "utf8"));
  if (pkg.version !== clean)
    throw new ReleaseError(
      `${path.relative(root, packageFile)} has version ${pkg.version}, the release is ${clean}: run \`npm version ${clean} -w ${pkg.name} --no-git-tag-version\` and commit it before releasing`,
    );
  return { version: clean, tag: `v${clean}`, major: `v${major}`, notes };
}

function github({ apiUrl, token, repository }) {
  return async function request(method, route, body) {
    const url = `${apiUrl.replace(/\/+$/, "")}/repos/${repository}${route}`;
    const res = await fetch(url, {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${token}`,
        "x-github-api-version": "2022-11-28",
        "user-agent": "mlops-actions-release",
        ...(body ? { "content-type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : null;
    if (res.status === 404 && method === "GET") return null;
    if (!res.ok) {
      const hint =
        res.status === 403 || res.status === 404
          ? " (the job's token needs permissions: contents: write)"
          : "";
      throw new ReleaseError(
        `${method} /repos/${repository}${route} answered ${res.status}: ${json?.message ?? text}${hint}`,
      );
    }
    return json;
  };
}

/** The commit a tag ref names (an annotated tag is followed to its commit). */
async function refCommit(request, ref) {
  let object = ref.object;
  while (object.type === "tag") object = (await request("GET", `/git/tags/${object.sha}`)).object;
  return object.sha;
}

/** Steps 2–4 against the GitHub REST API; returns what it did, one line per action. */
export async function publishRelease({ checked, sha, request }) {
  const { version, tag, major, notes } = checked;
  const done = [];

  const existing = await request("GET", `/git/ref/tags/${tag}`);
  if (existing) {
    const at = await refCommit(request, existing);
    if (at !== sha)
      throw new ReleaseError(
        `the tag ${tag} already exists at ${at}, not ${sha}: a released tag is never moved; release a new version`,
      );
    done.push(`tag ${tag} already at ${sha}`);
  } else {
    await request("POST", "/git/refs", { ref: `refs/tags/${tag}`, sha });
    done.push(`tag ${tag} created at ${sha}`);
  }

  // The major tag follows the newest release of its major version only: a fix released for an
  // older minor (1.1.3 after 1.2.0) leaves it where it is.
  const siblings = (await request("GET", `/git/matching-refs/tags/${major}.`)) ?? [];
  const newer = siblings
    .map((r) => r.ref.replace(/^refs\/tags\/v/, ""))
    .filter((v) => VERSION.test(v) && compare(parseVersion(v), parseVersion(version)) > 0)
    .sort((a, b) => compare(parseVersion(b), parseVersion(a)));
  if (newer.length) {
    done.push(`${major} not moved: v${newer[0]} is newer than ${tag}`);
  } else {
    const current = await request("GET", `/git/ref/tags/${major}`);
    if (!current) {
      await request("POST", "/git/refs", { ref: `refs/tags/${major}`, sha });
      done.push(`${major} created at ${sha}`);
    } else if (current.object.type === "commit" && current.object.sha === sha) {
      done.push(`${major} already at ${sha}`);
    } else {
      await request("PATCH", `/git/refs/tags/${major}`, { sha, force: true });
      done.push(`${major} moved from ${current.object.sha} to ${sha}`);
    }
  }

  const release = await request("GET", `/releases/tags/${tag}`);
  if (release) {
    await request("PATCH", `/releases/${release.id}`, { name: tag, body: notes });
    done.push(`release ${tag} notes updated (${release.html_url ?? `id ${release.id}`})`);
  } else {
    const created = await request("POST", "/releases", {
      tag_name: tag,
      name: tag,
      body: notes,
      draft: false,
      prerelease: false,
      make_latest: newer.length ? "false" : "true",
    });
    done.push(`release ${tag} created (${created.html_url ?? `id ${created.id}`})`);
  }
  return done;
}

async function main() {
  const { values } = parseArgs({
    options: {
      version: { type: "string" },
      sha: { type: "string" },
      check: { type: "boolean", default: false },
      changelog: { type: "string", default: path.join(root, "CHANGELOG.md") },
      package: { type: "string", default: path.join(root, "packages/cli/package.json") },
    },
  });
  if (!values.version) throw new ReleaseError("--version X.Y.Z is required");
  const checked = checkRelease({
    version: values.version,
    changelogFile: path.resolve(values.changelog),
    packageFile: path.resolve(values.package),
  });
  if (values.check) {
    console.log(`release ${checked.tag}: checks passed; notes:\n\n${checked.notes}`);
    return;
  }
  const sha = (values.sha ?? process.env.GITHUB_SHA ?? "").toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(sha))
    throw new ReleaseError(
      `--sha (or GITHUB_SHA) must be a full 40-hex commit, found ${JSON.stringify(sha)}`,
    );
  const repository = process.env.GITHUB_REPOSITORY ?? "";
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw new ReleaseError(`GITHUB_REPOSITORY must be owner/name, found ${JSON.stringify(repository)}`);
  const token = process.env.GITHUB_TOKEN;
  if (!token) throw new ReleaseError("GITHUB_TOKEN is not set (the release job passes github.token)");
  const request = github({
    apiUrl: process.env.GITHUB_API_URL || "https://api.github.com",
    token,
    repository,
  });
  for (const line of await publishRelease({ checked, sha, request })) console.log(line);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    if (error instanceof ReleaseError) console.error(`release: ${error.message}`);
    else console.error(`release: internal error: ${error?.stack ?? error}`);
    process.exitCode = 1;
  });
}
