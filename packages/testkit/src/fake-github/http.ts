import type { IncomingMessage } from "node:http";
import type { Renderer } from "./render.js";
import type { FakeState, PermissionName, RepoRecord, TokenInfo, UserRecord } from "./state.js";

export const DOCS = "https://docs.github.com/rest";

/** An error answered with GitHub's error body: {message, documentation_url, errors?, status}. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: { errors?: unknown[]; headers?: Record<string, string>; documentationUrl?: string } = {},
  ) {
    super(message);
  }
}

export function notFound(): HttpError {
  return new HttpError(404, "Not Found");
}

/** 422 "Validation Failed" with one error entry, GitHub-style. */
export function validationFailed(resource: string, field: string, code: string, message?: string): HttpError {
  const error: Record<string, string> = { resource, code, field };
  if (message) error.message = message;
  return new HttpError(422, "Validation Failed", { errors: [error] });
}

export interface Reply {
  status: number;
  body?: unknown;
  /** Raw bytes (asset downloads); body is ignored when set. */
  raw?: Buffer;
  headers?: Record<string, string>;
}

export interface RouteContext {
  req: IncomingMessage;
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (or {} when empty). */
  body: Record<string, unknown>;
  rawBody: Buffer;
  /** A big upload (release assets over 8 MiB): streamed to this file instead of `rawBody`. */
  upload?: { file: string; bytes: number; sha256: string };
  state: FakeState;
  render: Renderer;
  /** The token's identity, or null for an unauthenticated request. */
  auth: TokenInfo | null;
  actor: UserRecord;
  /** The repository named by {owner}/{repo}; 404 already answered when missing. */
  repo: RepoRecord;
  /** The API base URL (for Link headers and redirects). */
  apiUrl: string;
}

export type Handler = (ctx: RouteContext) => Reply | Promise<Reply>;

export interface RouteDef {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** OpenAPI path template; `{name+}` matches across slashes (refs, content paths). */
  path: string;
  host?: "api" | "uploads";
  /** Permissions any one of which (at `level`) allows the request. */
  permission?: { any: PermissionName[]; level: "read" | "write" };
  /** Answer 401 "Requires authentication" without a token, even for reads. */
  requiresAuth?: boolean;
  docs: string;
  handler: Handler;
}

export interface CompiledRoute extends RouteDef {
  regex: RegExp;
  names: string[];
  /** The template as OpenAPI spells it ({ref} instead of {ref+}). */
  openapiPath: string;
}

export function compileRoute(def: RouteDef): CompiledRoute {
  const names: string[] = [];
  const pattern = def.path
    .replace(/[.*?^$()|[\]\\]/g, "\\$&")
    .replace(/\{(\w+)(\+?)\}/g, (_m, name: string, plus: string) => {
      names.push(name);
      return plus ? "(.+)" : "([^/]+)";
    });
  return {
    ...def,
    regex: new RegExp(`^${pattern}$`),
    names,
    openapiPath: def.path.replace(/\{(\w+)\+\}/g, "{$1}"),
  };
}

/** A string path pattern (with {params}) or a RegExp, matched against the request path. */
export function pathMatcher(pattern: string | RegExp): (path: string) => boolean {
  if (pattern instanceof RegExp) return (p) => pattern.test(p);
  const re = new RegExp(
    `^${pattern
      .replace(/[.*?^$()|[\]\\]/g, "\\$&")
      .replace(/\{\w+\+\}/g, ".+")
      .replace(/\{\w+\}/g, "[^/]+")}$`,
  );
  return (p) => re.test(p);
}

export function intParam(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 0) throw notFound();
  void name;
  return n;
}

/** page / per_page with GitHub's bounds (per_page ≤ 100, default 30) and a Link header. */
export function paginate<T>(ctx: RouteContext, items: T[], defaultPerPage = 30): Reply {
  const perPage = Math.min(100, Math.max(1, Number(ctx.query.get("per_page")) || defaultPerPage));
  const page = Math.max(1, Number(ctx.query.get("page")) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(ctx.query);
    q.set("per_page", String(perPage));
    q.set("page", String(p));
    return `<${ctx.apiUrl}${ctx.path}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  return { status: 200, body: slice, headers: links.length ? { link: links.join(", ") } : {} };
}

export function requireString(body: Record<string, unknown>, field: string, resource: string): string {
  const v = body[field];
  if (v === undefined || v === null || v === "") throw validationFailed(resource, field, "missing_field");
  if (typeof v !== "string") throw invalidType(field, "string", v);
  return v;
}

export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw invalidType(field, "string", v);
  return v;
}

export function optionalBoolean(body: Record<string, unknown>, field: string): boolean | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "boolean") throw invalidType(field, "boolean", v);
  return v;
}

/** GitHub's wording for a schema violation in a request body. */
export function invalidType(field: string, expected: string, value: unknown): HttpError {
  return new HttpError(
    422,
    `Invalid request.\n\nFor '${field}', ${JSON.stringify(value)} is not a ${expected}.`,
  );
}
