/*
 * One redaction for everything a step shows or stores: error messages, statuses, run records,
 * summaries. Three things are hidden:
 *
 * - values registered as secret (maskParts: the whole value and the credential after an
 *   auth scheme such as `Bearer`, `Basic` or `token`, and what a Basic credential decodes to);
 * - credentials and query strings of URLs (`https://user:pass@host/p?sig=…` →
 *   `https://host/p?…`), undici's own messages included;
 * - in a shell command, the values of assignments and of credential-looking flags
 *   (redactCommand).
 *
 * Secrets registered here are also what the action's logger masks with ::add-mask::.
 */

/** What replaces a hidden value. */
export const REDACTED = "***";

const registered = new Set<string>();

/** Schemes whose credential follows after a space (RFC 9110 auth-scheme, plus GitHub's `token`). */
const AUTH_SCHEME = /^(bearer|basic|token|bot|digest|negotiate|apikey|api-key)\s+(\S.*)$/i;

/**
 * The strings to mask for one secret: the value itself, the credential after an auth scheme
 * (`Bearer abc` → `abc`), and for Basic the decoded `user:pass` and its password. Parts shorter
 * than 4 characters are left out (masking `a` would garble every log line).
 */
export function maskParts(value: string): string[] {
  const parts = new Set<string>();
  const add = (s: string | undefined) => {
    const t = s?.trim();
    if (t && t.length >= 4) parts.add(t);
  };
  add(value);
  const m = AUTH_SCHEME.exec(value.trim());
  if (m) {
    const credential = m[2]!;
    add(credential);
    if (m[1]!.toLowerCase() === "basic" && /^[A-Za-z0-9+/=_-]+$/.test(credential)) {
      const decoded = Buffer.from(credential, "base64").toString("utf8");
      // Only a plausible user:pass (printable, with a colon) is taken as decoded text.
      if (/^[\x20-\x7e]+$/.test(decoded) && decoded.includes(":")) {
        add(decoded);
        add(decoded.slice(decoded.indexOf(":") + 1));
      }
    }
  }
  return [...parts];
}

/** Registers a secret (all its maskParts) so that redact() hides it; returns the parts. */
export function registerSecret(value: string): string[] {
  const parts = maskParts(value);
  for (const p of parts) registered.add(p);
  return parts;
}

/** The secrets registered so far in this process (longest first). */
export function registeredSecrets(): string[] {
  return [...registered].sort((a, b) => b.length - a.length);
}

/** Forgets every registered secret (tests). */
export function clearRegisteredSecrets(): void {
  registered.clear();
}

/** A URL-looking token: scheme://… up to whitespace, a quote or an angle bracket. */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;

/**
 * One URL without its credentials and query string or fragment (`?…` says there was one).
 * Text that is not a parseable URL has its `user:pass@` part cut with a pattern instead.
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    const rest = u.search || u.hash ? "?…" : "";
    const host = u.host ? `//${u.host}` : "";
    return `${u.protocol}${host}${u.pathname}${rest}`;
  } catch {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, "$1").replace(/[?#].*$/, "?…");
  }
}

/** Every URL in a text with credentials and query strings removed. */
export function redactUrls(text: string): string {
  return text.replace(URL_IN_TEXT, (match) => {
    // Punctuation that closes a sentence or a bracket is not part of the URL.
    const trail = /[).,;:!\]}]+$/.exec(match)?.[0] ?? "";
    const url = trail ? match.slice(0, -trail.length) : match;
    return redactUrl(url) + trail;
  });
}

/** `Authorization: Bearer abc`, `Proxy-Authorization: Basic …`, `authorization=token …` */
const AUTH_HEADER_IN_TEXT =
  /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(bearer|basic|token|bot|digest|apikey)\s+)?([^\s"',;}]+)/gi;

/**
 * A text safe to show or store: registered secrets (and extra ones) replaced by ***,
 * Authorization header values hidden, URLs without credentials and query strings.
 */
export function redact(text: string, extraSecrets: readonly string[] = []): string {
  let out = text;
  const secrets = [...new Set([...registeredSecrets(), ...extraSecrets.flatMap(maskParts)])].sort(
    (a, b) => b.length - a.length,
  );
  for (const s of secrets) out = out.split(s).join(REDACTED);
  out = out.replace(
    AUTH_HEADER_IN_TEXT,
    (_m, head: string, scheme: string | undefined) => `${head}${scheme ? `${scheme} ` : ""}${REDACTED}`,
  );
  return redactUrls(out);
}

/** An error's message and its causes' (undici puts the reason in `cause`), redacted. */
export function redactedErrorText(error: unknown): string {
  if (!(error instanceof Error)) return redact(String(error));
  let text = error.stack ?? error.message;
  const seen = new Set<unknown>([error]);
  let cause = (error as { cause?: unknown }).cause;
  while (cause instanceof Error && !seen.has(cause)) {
    seen.add(cause);
    text += `\ncaused by: ${cause.message}`;
    cause = (cause as { cause?: unknown }).cause;
  }
  return redact(text);
}

/** Flag name segments that mark a credential: `--password`, `--hf-token`, `--api-key`, `--auth`. */
const SECRET_SEGMENTS = new Set([
  "password",
  "passwd",
  "pwd",
  "pass",
  "token",
  "secret",
  "apikey",
  "auth",
  "credential",
  "credentials",
]);
const SECRET_PAIRS = new Set(["api-key", "access-key", "private-key", "client-secret", "secret-key"]);

/** `--token` / `--api-key=x` → [name, value or undefined]; null when the word is no credential flag. */
function secretFlag(word: string): [string, string | undefined] | null {
  const m = /^(--?[A-Za-z][A-Za-z0-9_.-]*)(?:=(.*))?$/s.exec(word);
  if (!m) return null;
  const segments = m[1]!.replace(/^-+/, "").toLowerCase().split(/[-_.]/);
  const pairs = segments.slice(1).map((s, i) => `${segments[i]}-${s}`);
  const secret = segments.some((s) => SECRET_SEGMENTS.has(s)) || pairs.some((p) => SECRET_PAIRS.has(p));
  return secret ? [m[1]!, m[2]] : null;
}

/** `NAME=value` as a shell assignment (a word starting the command or after `env`). */
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

/** Splits a shell command into words with their separators kept, quotes left inside words. */
function shellWords(command: string): { word: string; sep: string }[] {
  const out: { word: string; sep: string }[] = [];
  let i = 0;
  while (i < command.length) {
    let sep = "";
    while (i < command.length && /\s/.test(command[i]!)) sep += command[i++];
    let word = "";
    while (i < command.length && !/\s/.test(command[i]!)) {
      const c = command[i]!;
      if (c === "'" || c === '"') {
        const end = command.indexOf(c, i + 1);
        const stop = end < 0 ? command.length : end + 1;
        word += command.slice(i, stop);
        i = stop;
      } else if (c === "\\" && i + 1 < command.length) {
        word += command.slice(i, i + 2);
        i += 2;
      } else {
        word += c;
        i++;
      }
    }
    out.push({ word, sep });
  }
  return out;
}

/** Words that end a simple command: the next word starts a new one (where assignments may come). */
const COMMAND_SEPARATORS = new Set([";", "&&", "||", "|", "&", "(", "{", "then", "do", "else", "!"]);

/**
 * A shell command fit to store and show: the values of leading assignments (`API_KEY=… python`,
 * `env TOKEN=… cmd`, `export X=…`), of credential-looking flags (`--password=…`, `--token …`,
 * `--api-key …`) and of registered secrets (plus `extraSecrets`) become ***, URLs lose
 * credentials and query strings. The command keeps its shape: `API_KEY=*** python train.py`.
 */
export function redactCommand(command: string, extraSecrets: readonly string[] = []): string {
  const words = shellWords(command);
  let atStart = true;
  let hideNext = false;
  const out = words.map(({ word, sep }) => {
    let shown = word;
    if (hideNext && word) {
      shown = REDACTED;
      hideNext = false;
    } else if (atStart && ASSIGNMENT.test(word)) {
      // A `;` or `&&` glued to the value ends the command, it is not part of the value.
      const end = /[;&|]+$/.exec(word)?.[0] ?? "";
      shown = `${ASSIGNMENT.exec(word)![1]}=${REDACTED}${end}`;
    } else {
      const flag = secretFlag(word);
      if (flag) {
        if (flag[1] !== undefined) shown = `${flag[0]}=${REDACTED}`;
        else hideNext = true;
      }
      atStart = ["env", "export", "sudo", "command", "exec", "time", "nohup"].includes(word);
    }
    if (COMMAND_SEPARATORS.has(word) || /[;&|]$/.test(word)) atStart = true;
    return sep + shown;
  });
  return redact(out.join(""), extraSecrets);
}
