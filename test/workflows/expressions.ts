import { spawnSync } from "node:child_process";
import path from "node:path";
import { Evaluator, ExpressionError, Lexer, Parser, data, type Expr } from "@actions/expressions";
import { FunctionCall, Grouping, IndexAccess, Logical, Binary, Unary } from "@actions/expressions/ast";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";
import { TokenType } from "@actions/expressions/lexer";

/*
 * GitHub Actions expressions for the test workflow runner, evaluated by GitHub's own engine
 * (@actions/expressions, from actions/languageservices): literals, operators, contexts, object
 * filters and the built-in functions are GitHub's. What that package leaves to its host is here:
 * the status functions (success(), failure(), always(), cancelled()) and hashFiles(), as the
 * runner provides them, the `${{ }}` templates of a workflow file, and the implicit `success() &&`
 * of an `if:` without a status function.
 */

/** A plain JSON value: what a context holds and what an expression returns. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/**
 * What the status functions see. At step level: the job's steps so far (`failed` when one failed
 * without continue-on-error). At job level: every ancestor job, through `needs:` transitively
 * (`failed` when one failed, `incomplete` when one was skipped or cancelled: success() is then
 * false although failure() is too).
 */
export interface Status {
  failed: boolean;
  incomplete?: boolean;
  cancelled?: boolean;
}

const STATUS_FUNCTIONS = new Set(["success", "failure", "always", "cancelled"]);

/** A JavaScript value as expression data (objects keep their key order; undefined is left out). */
export function toData(value: unknown): data.ExpressionData {
  if (value === null || value === undefined) return new data.Null();
  if (typeof value === "string") return new data.StringData(value);
  if (typeof value === "number") return new data.NumberData(value);
  if (typeof value === "boolean") return new data.BooleanData(value);
  if (Array.isArray(value)) return new data.Array(...value.map(toData));
  if (typeof value === "object") {
    const dict = new data.Dictionary();
    for (const [key, item] of Object.entries(value)) if (item !== undefined) dict.add(key, toData(item));
    return dict;
  }
  throw new Error(`a ${typeof value} cannot be an expression value`);
}

/** Expression data as a plain value (an object filter's result is an array). */
export function fromData(value: data.ExpressionData): Value {
  switch (value.kind) {
    case data.Kind.Null:
      return null;
    case data.Kind.String:
    case data.Kind.Number:
    case data.Kind.Boolean:
      return (value as data.StringData | data.NumberData | data.BooleanData).value;
    case data.Kind.Array:
      return (value as data.Array).values().map(fromData);
    default:
      return Object.fromEntries(
        (value as data.Dictionary).pairs().map(({ key, value: item }) => [key, fromData(item)]),
      );
  }
}

/** GitHub's truthiness: false, 0, -0, NaN, '' and null are false; everything else is true. */
export function truthy(value: Value): boolean {
  return !(value === null || value === false || value === "" || value === 0 || Number.isNaN(value));
}

/** A value as GitHub writes it into a string (objects and arrays read "Object" and "Array"). */
export function asString(value: Value): string {
  return toData(value).coerceString();
}

// --- the functions GitHub's host adds ----------------------------------------------------------

const HASH_FILES_SCRIPT = path.join(import.meta.dirname, "hash-files.mjs");

/**
 * hashFiles() as the runner computes it (HashFilesFunction.cs runs its hashFiles script with node,
 * in the workspace): the patterns, one per argument, are @actions/glob patterns relative to the
 * workspace; a first argument `--follow-symbolic-links` follows links; the result is the sha256
 * of the sha256 of each matched file under the workspace, or '' when nothing matches.
 */
export function hashFiles(workspace: string, args: string[]): string {
  const patterns = [...args];
  let follow = false;
  if (patterns[0]?.startsWith("--")) {
    if (patterns[0].toLowerCase() !== "--follow-symbolic-links")
      throw new Error(
        `hashFiles: invalid glob option ${patterns[0]}; the only option is '--follow-symbolic-links'`,
      );
    follow = true;
    patterns.shift();
  }
  const run = spawnSync(process.execPath, [HASH_FILES_SCRIPT], {
    cwd: workspace,
    env: { patterns: patterns.join("\n"), ...(follow ? { followSymbolicLinks: "true" } : {}) },
    encoding: "utf8",
    timeout: 120_000,
  });
  const hash = /^__OUTPUT__([0-9a-f]*)__OUTPUT__$/m.exec(run.stderr ?? "");
  if (run.status !== 0 || !hash)
    throw new Error(
      `hashFiles('${patterns.join(", ")}') failed under ${workspace}: ${run.error?.message ?? run.stderr}`,
    );
  return hash[1]!;
}

function functionsFor(ctx: Record<string, unknown>, status: Status): Map<string, FunctionDefinition> {
  const constant = (name: string, value: () => boolean): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value()),
  });
  const github = ctx.github as { workspace?: unknown } | undefined;
  const functions: FunctionDefinition[] = [
    constant("success", () => !status.failed && !status.incomplete && !status.cancelled),
    constant("failure", () => status.failed),
    constant("always", () => true),
    constant("cancelled", () => status.cancelled ?? false),
    {
      name: "hashFiles",
      minArgs: 1,
      maxArgs: 255,
      call: (...args) => {
        if (typeof github?.workspace !== "string" || github.workspace === "")
          throw new Error("hashFiles() needs github.workspace");
        return new data.StringData(
          hashFiles(
            github.workspace,
            args.map((a) => a.coerceString()),
          ),
        );
      },
    },
  ];
  return new Map(functions.map((f) => [f.name.toLowerCase(), f]));
}

// --- parsing ------------------------------------------------------------------------------------

/**
 * Parses one expression (without `${{ }}`) against the given context names. Errors name the
 * expression and the column; an unknown context reads "unknown context NAME".
 */
export function parseExpression(expr: string, contexts: string[]): Expr | undefined {
  try {
    const { tokens } = new Lexer(expr).lex();
    // The package unescapes only the first '' of a string literal; GitHub unescapes them all.
    for (const token of tokens)
      if (token.type === TokenType.STRING) token.value = token.lexeme.slice(1, -1).replaceAll("''", "'");
    const functions = [...functionsFor({}, { failed: false }).values()];
    return new Parser(tokens, contexts, functions).parse();
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /^Unrecognized named-value: '(.*)'$/.exec(message);
    const where = error instanceof ExpressionError ? ` at column ${error.pos.column + 1}` : "";
    if (unknown) throw new Error(`unknown context ${unknown[1]} in \`${expr}\`${where}`, { cause: error });
    throw new Error(`invalid expression \`${expr}\`${where}: ${message}`, { cause: error });
  }
}

/** Whether an expression calls a status function (else an `if:` gets an implicit success()). */
export function callsStatusFunction(node: Expr | undefined): boolean {
  if (node === undefined) return false;
  if (node instanceof FunctionCall)
    return (
      STATUS_FUNCTIONS.has(node.functionName.lexeme.toLowerCase()) || node.args.some(callsStatusFunction)
    );
  if (node instanceof Logical) return node.args.some(callsStatusFunction);
  if (node instanceof Binary) return callsStatusFunction(node.left) || callsStatusFunction(node.right);
  if (node instanceof Unary) return callsStatusFunction(node.expr);
  if (node instanceof Grouping) return callsStatusFunction(node.group);
  if (node instanceof IndexAccess) return callsStatusFunction(node.expr) || callsStatusFunction(node.index);
  return false;
}

// --- evaluation ---------------------------------------------------------------------------------

function run(node: Expr | undefined, expr: string, ctx: Record<string, unknown>, status: Status): Value {
  if (node === undefined) return null;
  try {
    return fromData(
      new Evaluator(node, toData(ctx) as data.Dictionary, functionsFor(ctx, status)).evaluate(),
    );
  } catch (error) {
    throw new Error(`\`${expr}\`: ${(error as Error).message}`, { cause: error });
  }
}

/** Evaluates one expression (without `${{ }}`) over the contexts, as GitHub does. */
export function evaluate(expr: string, ctx: object, status: Status = { failed: false }): Value {
  const contexts = ctx as Record<string, unknown>;
  return run(parseExpression(expr, Object.keys(contexts)), expr, contexts, status);
}

/**
 * The `${{ … }}` parts of a workflow string, as GitHub's template reader finds them: an
 * expression ends at the first `}}` outside a string literal.
 */
export function templateParts(text: string): Array<{ text: string } | { expr: string }> {
  const parts: Array<{ text: string } | { expr: string }> = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf("${{", at);
    if (open < 0) break;
    let close = -1;
    let quoted = false;
    for (let i = open + 3; i < text.length; i++) {
      if (text[i] === "'") quoted = !quoted;
      else if (!quoted && text.startsWith("}}", i)) {
        close = i;
        break;
      }
    }
    if (close < 0) throw new Error(`unclosed \${{ at offset ${open} in ${JSON.stringify(text)}`);
    if (open > at) parts.push({ text: text.slice(at, open) });
    parts.push({ expr: text.slice(open + 3, close) });
    at = close + 2;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** A workflow string with its `${{ }}` expressions replaced by their values. */
export function interpolate(text: unknown, ctx: object, status: Status = { failed: false }): string {
  return templateParts(String(text))
    .map((part) => ("text" in part ? part.text : asString(evaluate(part.expr, ctx, status))))
    .join("");
}

/**
 * An `if:` as GitHub decides it: the `${{ }}` around it is optional; without a status function
 * it means `success() && (…)`; with one, the status functions see `status`.
 */
export function condition(raw: string | boolean | undefined, ctx: object, status: Status): boolean {
  const source = raw === undefined ? "success()" : String(raw).trim();
  const whole = templateParts(source);
  const expr = whole.length === 1 && "expr" in whole[0]! ? whole[0].expr : source;
  const contexts = ctx as Record<string, unknown>;
  const node = parseExpression(expr, Object.keys(contexts));
  // success() && (…) short-circuits: the condition itself is not evaluated after a failure.
  if (!callsStatusFunction(node) && !truthy(evaluate("success()", ctx, status))) return false;
  return truthy(run(node, expr, contexts, status));
}
