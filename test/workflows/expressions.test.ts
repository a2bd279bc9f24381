import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { condition, evaluate, interpolate, templateParts } from "./expressions.js";

/*
 * A probe of the test runner's expressions against GitHub's documented semantics ("Evaluate
 * expressions in workflows and actions", docs.github.com: literals, operators, loose equality,
 * object filters, functions; "Workflow syntax": `if:` and the status functions). Every expected
 * value below is what that page says GitHub computes. The runner's former hand-written engine got
 * 22 of the 33 probes wrong (objects and arrays compared by content, contains() searching an
 * object's JSON, `*` filters, string ordering, property and context case, format escapes, hex
 * and exponent literals, compact toJSON, endsWith/join/hashFiles missing), and the cases after
 * the table too (format with missing arguments, `}}` inside a string ending a template, a status
 * function found inside a string literal or missed in another case).
 */

const workspace = mkdtempSync(path.join(tmpdir(), "expr-ws-"));
mkdirSync(path.join(workspace, "sub"));
writeFileSync(path.join(workspace, "a.txt"), "a\n");
writeFileSync(path.join(workspace, "sub", "b.txt"), "b\n");
writeFileSync(path.join(workspace, "c.md"), "c\n");
const outside = mkdtempSync(path.join(tmpdir(), "expr-out-"));
writeFileSync(path.join(outside, "d.txt"), "d\n");
symlinkSync(outside, path.join(workspace, "link"));
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const ctx = {
  github: {
    event_name: "push",
    workspace,
    event: { issue: { labels: [{ name: "bug" }, { name: "help wanted" }] } },
  },
  env: {},
  steps: { s: { outputs: { n: "" }, outcome: "success", conclusion: "success" } },
};
const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest();
/** hashFiles as documented: one sha256 over the sha256 of each matched file, in path order. */
const hashOf = (...contents: string[]) =>
  createHash("sha256")
    .update(Buffer.concat(contents.map((c) => sha256(c))))
    .digest("hex");

const probes: Array<[expression: string, expected: unknown, rule: string]> = [
  // Operators: "GitHub ignores case when comparing strings"; objects and arrays "are only
  // considered equal when they are the same instance".
  [`fromJSON('{"a":1}') == fromJSON('{"a":1}')`, false, "objects equal only as the same instance"],
  [`fromJSON('[1,2]') == fromJSON('[1,2]')`, false, "arrays equal only as the same instance"],
  [`github.event.issue == github.event.issue`, true, "the same object is equal to itself"],
  [`'abc' == 'ABC'`, true, "strings compare ignoring case"],
  [`'b' > 'a'`, true, "strings are ordered"],
  [`'abc' <= 'ABC'`, true, "<= on strings ignores case"],
  [`'a' < 'B'`, true, "ordering ignores case"],
  // Loose equality: "if the types do not match, GitHub coerces the type to a number".
  [`'3' == 3`, true, "a string is coerced to a number"],
  [`null == 0 && '' == 0 && true == 1`, true, "null, '' and true coerce to 0, 0 and 1"],
  [`fromJSON('{"a":1}') == 'Object'`, false, "an object is NaN as a number, unequal to anything"],
  // Properties: context and property names are case-insensitive.
  [`github.EVENT.Issue.labels[1].NAME`, "help wanted", "property names ignore case"],
  [`GitHub.event_name`, "push", "context names ignore case"],
  [`github.event.nothing.here`, null, "a missing property is null"],
  // Object filters: `*` selects every element (or every value of an object).
  [`github.event.issue.labels.*.name`, ["bug", "help wanted"], "an array filter"],
  [`fromJSON('{"a":{"b":1},"c":{"b":2}}').*.b`, [1, 2], "a filter over an object's values"],
  // Literals: "any number format supported by JSON", hex and exponents included.
  [`1e3 == 1000`, true, "exponent literal"],
  [`0x10 == 16`, true, "hex literal"],
  [`-2.99e-2`, -0.0299, "negative exponent literal"],
  [`'It''s ''quoted'''`, "It's 'quoted'", "'' escapes a quote, every time"],
  // Functions.
  [`contains(github.event.issue.labels.*.name, 'BUG')`, true, "contains on a filtered array, ignoring case"],
  [`contains(fromJSON('["push", "pull_request"]'), github.event_name)`, true, "contains on an array"],
  [`contains(fromJSON('{"bug": 1}'), 'bug')`, false, "contains on an object is false"],
  [`contains('Hello world', 'LLO')`, true, "contains on a string ignores case"],
  [`startsWith('Hello world', 'he')`, true, "startsWith ignores case"],
  [`endsWith('Hello world', 'WORLD')`, true, "endsWith ignores case"],
  [`format('{{Hello {0} {1} {2}!}}', 'Mona', 'the', 'Octocat')`, "{Hello Mona the Octocat!}", "{{ }} escape"],
  [`join(github.event.issue.labels.*.name, ', ')`, "bug, help wanted", "join with a separator"],
  [`join(fromJSON('[1,true,null]'))`, "1,true,", "join casts to strings, default ','"],
  [
    `toJSON(fromJSON('{"a":[1,true,null]}'))`,
    '{\n  "a": [\n    1,\n    true,\n    null\n  ]\n}',
    "pretty JSON",
  ],
  [`fromJSON('3') == 3`, true, "fromJSON gives a number"],
  [`hashFiles('**/*.txt')`, hashOf("a\n", "b\n"), "hashFiles over a glob"],
  [`hashFiles('a.txt', 'sub/*.txt')`, hashOf("a\n", "b\n"), "hashFiles over several patterns"],
  [`hashFiles('**/*.none')`, "", "hashFiles matching nothing is ''"],
];

describe("expressions: GitHub's documented semantics", () => {
  it.each(probes)("%s → %j (%s)", (expression, expected) => {
    expect(evaluate(expression, ctx)).toEqual(expected);
  });

  it("format() with fewer arguments than placeholders is an error, not an empty string", () => {
    expect(() => evaluate(`format('{0} and {1}', 'a')`, ctx)).toThrow(/references more arguments/);
  });

  it("hashFiles() follows symbolic links only when asked, and hashes nothing outside the workspace", () => {
    expect(evaluate(`hashFiles('link/*.txt')`, ctx)).toBe("");
    expect(evaluate(`hashFiles('--follow-symbolic-links', 'link/*.txt')`, ctx)).toBe(hashOf("d\n"));
    expect(evaluate(`hashFiles('${path.join(outside, "d.txt")}')`, ctx)).toBe("");
    expect(() => evaluate(`hashFiles('--fast', '*.txt')`, ctx)).toThrow(/invalid glob option --fast/);
  });

  it("a template ends at the first }} outside a string literal", () => {
    expect(interpolate("x ${{ format('{{{0}}}', 'y') }} z", ctx)).toBe("x {y} z");
    expect(interpolate("${{ 'a}}b' }}", ctx)).toBe("a}}b");
    expect(interpolate("n=${{ 1e3 }} ${{ github.event }} ${{ null }}.", ctx)).toBe("n=1000 Object .");
    expect(templateParts("a ${{ b }} c")).toEqual([{ text: "a " }, { expr: " b " }, { text: " c" }]);
    expect(() => interpolate("${{ 'open", ctx)).toThrow(/unclosed/);
  });

  it("names the expression and the column of a syntax error or an unknown context", () => {
    expect(() => evaluate("1 ==", ctx)).toThrow("invalid expression `1 ==` at column 3");
    expect(() => evaluate("github.x && secret.y", ctx)).toThrow(
      "unknown context secret in `github.x && secret.y`",
    );
  });
});

describe("if: conditions", () => {
  const ok = { failed: false };
  const failed = { failed: true };

  it("without a status function, a condition means success() && (…), evaluated only after success", () => {
    expect(condition("github.event_name == 'push'", ctx, ok)).toBe(true);
    expect(condition("github.event_name == 'push'", ctx, failed)).toBe(false);
    // Not evaluated after a failure: fromJSON('') would be an error.
    expect(condition("fromJSON(steps.s.outputs.n)", ctx, failed)).toBe(false);
    expect(condition(undefined, ctx, failed)).toBe(false);
    expect(condition(true, ctx, failed)).toBe(false);
  });

  it("with a status function anywhere (any case), the condition alone decides", () => {
    expect(condition("always()", ctx, failed)).toBe(true);
    expect(condition("${{ Failure() && github.event_name == 'push' }}", ctx, failed)).toBe(true);
    expect(condition("!cancelled()", ctx, failed)).toBe(true);
    expect(condition("contains(format('{0}', success()), 'false')", ctx, failed)).toBe(true);
  });

  it("a status function's name inside a string literal is not a call", () => {
    expect(condition("'failure()' != ''", ctx, failed)).toBe(false);
  });
});
