import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/*
 * Validates the fake's responses against GitHub's own OpenAPI description
 * (@octokit/openapi, api.github.com). OpenAPI 3.0 `nullable` is rewritten to JSON Schema
 * (type: [t, "null"]) so a standard validator (ajv 8, draft-07) checks it. Loaded lazily, once.
 */

type Json = Record<string, unknown>;

export interface OpenApiCheck {
  /** The operation is described (method + path template) in GitHub's OpenAPI. */
  documented: boolean;
  /** The status is one GitHub documents for this operation. */
  statusDocumented: boolean;
  /** Validation errors of the body against the documented schema ([] when valid). */
  errors: string[];
  operationId: string | null;
}

export interface OpenApiValidator {
  check(method: string, path: string, status: number, body: unknown): OpenApiCheck;
  /** The operation's documented response statuses. */
  statuses(method: string, path: string): string[];
}

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (typeof node !== "object" || node === null) return node;
  const src = node as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === "$ref" && typeof v === "string") out[k] = v.replace(/^#\//, "gh#/");
    // The description's oneOf alternatives overlap (basic-error vs. rule-violation error both
    // accept {message, documentation_url}), so no real body passes "exactly one": use anyOf.
    else if (k === "oneOf") out.anyOf = convert(v);
    else if (k === "example" || k === "examples" || k === "description" || k.startsWith("x-")) continue;
    else out[k] = convert(v);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === "string") {
      out.type = [out.type, "null"];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: "null" }] };
  }
  delete out.nullable;
  return out;
}

let cached: Promise<OpenApiValidator> | null = null;

/** The validator (the 13 MB description is read and compiled once per process). */
export function loadOpenApiValidator(): Promise<OpenApiValidator> {
  cached ??= build();
  return cached;
}

async function build(): Promise<OpenApiValidator> {
  const require = createRequire(import.meta.url);
  const specPath = require.resolve("@octokit/openapi/generated/api.github.com.json");
  const spec = JSON.parse(readFileSync(specPath, "utf8")) as {
    paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, Json> }>>;
    components: Json & { responses?: Record<string, Json> };
  };
  const { default: Ajv } = (await import("ajv")) as unknown as { default: new (o: object) => AjvLike };
  const { default: addFormats } = (await import("ajv-formats")) as unknown as {
    default: (a: AjvLike) => void;
  };
  interface AjvLike {
    addSchema(schema: object, key?: string): void;
    addFormat(name: string, format: { validate: (s: string) => boolean }): void;
    compile(schema: object): ((data: unknown) => boolean) & {
      errors?: Array<{ instancePath: string; message?: string; params?: unknown }> | null;
    };
  }
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, discriminator: false });
  addFormats(ajv);
  // GitHub answers "" for unset URL fields (deployment statuses' target_url, log_url,
  // environment_url) although the description says format: uri.
  const uri = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;
  ajv.addFormat("uri", { validate: (s: string) => s === "" || uri.test(s) });
  ajv.addSchema({ $id: "gh", components: convert(spec.components) as object });
  const compiledCache = new Map<string, ReturnType<AjvLike["compile"]>>();

  function operation(method: string, path: string) {
    return spec.paths[path]?.[method.toLowerCase()];
  }

  function responseSchema(
    method: string,
    path: string,
    status: number,
  ): { documented: boolean; schema: object | null } {
    const op = operation(method, path);
    let response = op?.responses?.[String(status)];
    if (!response) return { documented: false, schema: null };
    const ref = response.$ref;
    if (typeof ref === "string") response = spec.components.responses?.[ref.split("/").pop()!] ?? response;
    const content = response.content as Record<string, { schema?: object }> | undefined;
    const schema = content?.["application/json"]?.schema ?? null;
    return { documented: true, schema };
  }

  return {
    statuses(method, path) {
      return Object.keys(operation(method, path)?.responses ?? {});
    },
    check(method, path, status, body) {
      const op = operation(method, path);
      const { documented, schema } = responseSchema(method, path, status);
      const result: OpenApiCheck = {
        documented: !!op,
        statusDocumented: documented,
        errors: [],
        operationId: op?.operationId ?? null,
      };
      if (!schema) return result;
      const key = `${method} ${path} ${status}`;
      let validate = compiledCache.get(key);
      if (!validate) {
        validate = ajv.compile(convert(schema) as object);
        compiledCache.set(key, validate);
      }
      if (!validate(body)) {
        result.errors = (validate.errors ?? [])
          .slice(0, 20)
          .map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params ?? {})}`);
      }
      return result;
    },
  };
}
