import { describe, expect, it } from "vitest";
import type { Comparison, ModelVersion, RunRecord, ValidationReport } from "@mlops/core";
import { renderCheckRun, renderReport, type ReportInput } from "./render.js";
import { WORD_JOINER } from "@mlops/core/markdown";
import {
  countBy,
  elements,
  filterableText,
  GITHUB_REFERENCE_PATTERNS,
  hrefs,
  markdownTables,
  tableCells,
  toHtml,
} from "./gfm-check.js";
import * as f from "../test-support/fixtures.js";

/*
 * An injection corpus in every place user text reaches the report (metric, slice, param,
 * column, file, branch, command, reason, model and matrix-cell names, values), rendered through
 * a real GFM parser. The same report with harmless names is the reference: the hostile one
 * must have no element, link or table cell the harmless one does not have.
 */

const CORPUS = [
  "a|b",
  "a\\|b",
  "</details>",
  "</summary><img src=x onerror=alert(1)>",
  "<img src=x>",
  "<script>alert(1)</script>",
  "@org/team",
  "cc @octocat please",
  "```\ncode fence\n```",
  "`a``b`",
  "<!-- mlops-report:weather-classifier -->",
  "-->",
  "🚀 emoji 👩‍👩‍👧 ñ",
  "[x](javascript:alert(1))",
  "![img](https://evil.example/p.png)",
  "#123",
  "fixes gh-42 and acme/weather#7",
  "**bold** _it_ ~~gone~~",
  "$\\sqrt{2}$",
  "line1\nline2\r\n| --- | --- |",
  "https://evil.example/x",
  "www.evil.example",
  "me@example.com",
  "&lt;b&gt; &amp;",
  "[^1]",
  ":tada:",
  "\u202eevil\u202c",
  "nul\u0000byte",
  "x".repeat(3000),
  "\ud800lone",
];

/** Applies `name(i)` to every user-controlled string of the documents. */
function documents(name: (i: number) => string): ReportInput {
  let i = 0;
  const n = () => name(i++);
  const c: Comparison = f.withSlices(f.failingComparison());
  c.model = n();
  c.reasons = CORPUS.map(() => n());
  c.candidate = {
    ...c.candidate,
    params: Object.fromEntries(CORPUS.map(() => [n(), n()])),
    runId: n(),
    gitSha: n(),
  };
  c.baseline = {
    ...c.baseline!,
    params: Object.fromEntries(CORPUS.map(() => [n(), { [n()]: n() }])),
    alias: n(),
    source: n(),
  };
  c.metrics = c.metrics.map((m) => ({
    ...m,
    name: n(),
    slice: m.slice ? { column: n(), value: n() } : null,
    gate: m.gate
      ? { ...m.gate, rules: m.gate.rules.map((r) => ({ ...r, rule: n(), operator: n(), message: n() })) }
      : null,
  }));
  for (let k = 0; k < CORPUS.length; k++)
    c.metrics.push(
      f.metric({ name: n(), baseline: 1, candidate: 2, status: "pass", gate: f.thresholdGate(0.5, true, 2) }),
    );
  const v: ValidationReport = f.validationReport({ drift: true, failing: true });
  v.dataset.files = [{ ...v.dataset.files[0]!, path: n() }];
  v.schema!.checks = v.schema!.checks.map((ch) => ({
    ...ch,
    check: n(),
    column: n(),
    expected: n(),
    observed: n(),
    passed: false,
  }));
  v.anomalies = CORPUS.map(() => ({
    code: n(),
    severity: "error" as const,
    message: n(),
    column: n(),
    file: n(),
    line: 3,
  }));
  v.drift!.reference.source = n();
  v.drift!.columns = v.drift!.columns.map((col) => ({ ...col, column: n() }));
  const run: RunRecord = f.runRecord();
  run.id = n();
  run.command = n();
  run.git = { ...run.git, ref: n(), sha: n() };
  run.data = [{ ...run.data[0]!, path: n() }];
  run.model = { path: n(), files: run.model!.files };
  run.environment = { ...run.environment, os: n(), tools: { [n()]: n() } };
  run.params = {};
  const history: ModelVersion[] = f
    .versions(4)
    .map((ver) => ({ ...ver, metrics: { [c.metrics[0]!.name]: 0.5 } }));
  return {
    comparison: c,
    validation: v,
    run,
    history,
    model: c.model,
    matrixCell: n(),
    links: { ...f.LINKS, registryVersion: { label: n(), url: f.LINKS.registryVersion.url } },
  };
}

/** Unique per place (so charts and params line up with the reference), payload intact. */
const hostile = (i: number) => `n${i} ${CORPUS[i % CORPUS.length]!}`;
const benign = (i: number) => `name${i}`;

function checkAgainstReference(hostileMd: string, benignMd: string) {
  const hostileHtml = toHtml(hostileMd);
  const benignHtml = toHtml(benignMd);

  // No element from input: per tag, never more than with harmless names.
  const got = countBy(elements(hostileHtml));
  const want = countBy(elements(benignHtml));
  for (const [tag, count] of got) expect(count, `<${tag}> elements`).toBeLessThanOrEqual(want.get(tag) ?? 0);
  for (const tag of ["img", "script", "iframe", "style", "input"]) expect(got.has(tag), tag).toBe(false);

  // No link from input: every href is one we built.
  for (const h of hrefs(hostileHtml)) expect(h, h).toMatch(/^https:\/\/github\.com\/acme\/weather\//);
  expect(hrefs(hostileHtml).length).toBeLessThanOrEqual(hrefs(benignHtml).length);

  // Exactly one HTML comment, our marker, at the end; none from input.
  expect(hostileMd.match(/<!--/g)?.length ?? 0).toBe(hostileMd.includes("<!-- mlops-report:") ? 1 : 0);

  // Tables keep their shape under GitHub's and micromark's cell-splitting rules.
  const tables = markdownTables(hostileMd);
  expect(tables.map((t) => t.rows.length)).toEqual(markdownTables(benignMd).map((t) => t.rows.length));
  for (const t of tables)
    for (const r of t.rows) {
      expect(r.cmark, r.line.slice(0, 200)).toBe(t.header);
      expect(r.micromark, r.line.slice(0, 200)).toBe(t.header);
    }
  const htmlTables = tableCells(hostileHtml);
  expect(htmlTables.map((t) => t.map((row) => row.length))).toEqual(
    tableCells(benignHtml).map((t) => t.map((row) => row.length)),
  );

  // GitHub's mention / issue-reference filters find nothing to link or notify.
  for (const t of filterableText(hostileHtml))
    for (const p of GITHUB_REFERENCE_PATTERNS)
      expect(p.test(t), `${p} in ${JSON.stringify(t.slice(0, 120))}`).toBe(false);

  // No autolink, strikethrough, emphasis or math from input (only our own <strong>/<b> and <del> never).
  expect(got.has("del")).toBe(false);
  expect(got.get("em") ?? 0).toBe(0);
  return { hostileHtml };
}

describe("an injection corpus in every user string", () => {
  it("produces no HTML element, link, mention or broken table in the comment", () => {
    const hostileMd = renderReport(documents(hostile), { target: "comment" }).markdown;
    const benignMd = renderReport(documents(benign), { target: "comment" }).markdown;
    const { hostileHtml } = checkAgainstReference(hostileMd, benignMd);
    // The texts are still there for the reader, as text.
    const text = hostileHtml.split(WORD_JOINER).join("");
    expect(text).toContain("&lt;/details&gt;");
    expect(text).toContain("@org/team");
    expect(text).toContain("a|b");
    expect(text).toContain("🚀 emoji 👩‍👩‍👧 ñ");
  });

  it("produces none in the job summary and the check run either", () => {
    checkAgainstReference(
      renderReport(documents(hostile), { target: "summary" }).markdown,
      renderReport(documents(benign), { target: "summary" }).markdown,
    );
    const h = renderCheckRun(documents(hostile));
    const b = renderCheckRun(documents(benign));
    checkAgainstReference(h.summary, b.summary);
    checkAgainstReference(h.text, b.text);
    expect(h.name).not.toMatch(/[\n\r]/);
  });

  it("line-start constructs in user text make no block in a list item", () => {
    const starts = [
      "# heading",
      "1. one",
      "2) two",
      "> quote",
      "- item",
      "+ item",
      "===",
      "---",
      "    indented code",
      "* star",
      "```fence",
      "~~~fence",
      "<div>",
    ];
    // Reasons are listed up to 8 at a time.
    for (const batch of [starts.slice(0, 7), starts.slice(7)]) {
      const c = f.failingComparison();
      const benignC = f.failingComparison();
      c.reasons = batch;
      benignC.reasons = batch.map((_, i) => `reason ${i}`);
      checkAgainstReference(
        renderReport({ comparison: c }).markdown,
        renderReport({ comparison: benignC }).markdown,
      );
      const html = toHtml(renderReport({ comparison: c }).markdown);
      for (const s of batch)
        expect(html).toContain(`<li>${s.trim().replace(/</g, "&lt;").replace(/>/g, "&gt;")}</li>`);
    }
  });

  it("cannot forge or break the sticky marker", () => {
    const r = renderReport({ model: "weather-classifier", matrixCell: "x --> <!-- mlops-report:other -->" });
    expect(r.marker).toBe(
      "<!-- mlops-report:weather-classifier:x%20-%2D%3E%20%3C%21-%2D%20mlops-report%3Aother%20-%2D%3E -->",
    );
    expect(r.markdown.match(/<!--/g)).toHaveLength(1);
    expect(r.markdown.match(/-->/g)).toHaveLength(1);
  });
});
