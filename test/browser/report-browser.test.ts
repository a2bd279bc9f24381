import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_PALETTE, PALETTE_MARKS } from "@mlops/report";
// @ts-expect-error: a plain .mjs script without types
import * as preview from "../../scripts/report-preview.mjs";

/*
 * Every snapshot report (and the example monitoring summary) rendered as GitHub renders a
 * comment: GFM (marked) plus Mermaid (npm) in Debian's Chromium driven by playwright-core, in
 * GitHub's 1012-px comment column, on the light (#ffffff) and dark (#0d1117) themes. No Mermaid
 * parse or render error, and every block parses with Mermaid 10.9 too (GitHub's Mermaid lags
 * upstream; a block it cannot parse shows as an error box); every chart rendered with plot
 * strokes and text at ≥ 3:1 contrast against the background, and a point marker at every data
 * point (as many as the values table under the chart has values, in its row's colour, visible);
 * the metrics tables have the expected columns; nothing wider than the column; with Debian's
 * fonts-noto-color-emoji installed (.ci/run installs it), every emoji is drawn as a glyph, not as
 * the missing-glyph box. One page renders every report (Mermaid loads once).
 */

interface Marker {
  color: number[];
  width: number;
  height: number;
  contrast: number;
}
interface Chart {
  rendered: boolean;
  markers: Marker[];
  strokes: { color: number[]; width: number; visible: boolean; size: number }[];
  minStrokeContrast: number;
  minTextContrast: number;
  width: number;
}
interface Emoji {
  char: string;
  colourPixels: number;
  inkPixels: number;
  sameAsMissing: boolean;
}
interface Page {
  mermaidErrors: string[];
  mermaid10Errors: string[];
  mermaid10Parsed: number;
  emoji: Emoji[];
  charts: Chart[];
  tables: { headers: string[]; rows: number }[];
  overflow: string[];
}
interface Browser {
  close(): Promise<void>;
}
const p = preview as {
  chromiumAvailable(): boolean;
  launchBrowser(): Promise<Browser>;
  renderReportPage(b: Browser, md: string, o: { theme: "light" | "dark" }): Promise<Page>;
  COLUMN_WIDTH: number;
};

const ROOT = path.resolve(import.meta.dirname, "../..");
const SNAPSHOTS = path.join(ROOT, "packages/report/src/__snapshots__");
const snapshots = readdirSync(SNAPSHOTS)
  .filter((f) => f.endsWith(".md"))
  .sort();
const files = [
  ...snapshots.map((f) => path.join(SNAPSHOTS, f)),
  path.join(ROOT, "examples/seattle-weather/monitoring/report-2015.md"),
];

/**
 * The data points of each chart in `markdown`, by colour: for a history chart, the values table
 * under it (one row per line, its colour mark first; "—" where the line has no value; the gate
 * is a plain line); for a monitoring chart (a legend line under it), its first line has a value
 * at every labelled column.
 */
function expectedMarkers(markdown: string): Map<string, number>[] {
  const out: Map<string, number>[] = [];
  const re = /^```mermaid\n([\s\S]*?)\n```\n\n((?:\|.*\n)+|.*\n)/gm;
  for (const m of markdown.matchAll(re)) {
    const counts = new Map<string, number>();
    const after = m[2]!;
    if (after.startsWith("| line |")) {
      for (const row of after.trim().split("\n").slice(2)) {
        const cells = row.slice(2, -2).split(" | ");
        const mark = PALETTE_MARKS.findIndex((p) => cells[0]!.startsWith(p));
        expect(mark, row).toBeGreaterThanOrEqual(0);
        if (/^\S+ gate$/.test(cells[0]!)) continue;
        counts.set(CHART_PALETTE[mark]!, cells.slice(1).filter((c) => c !== "—").length);
      }
    } else {
      expect(after.startsWith(PALETTE_MARKS[0]!), after).toBe(true);
      const labels = m[1]!.match(/^ {2}x-axis \[(.*)\]$/m)![1]!.match(/"[^"]*"/g)!;
      counts.set(CHART_PALETTE[0]!, labels.filter((l) => /[^"\u200b-\u200d\u2060]/.test(l)).length);
    }
    out.push(counts);
  }
  return out;
}

const hex = (rgb: number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`;

const available = p.chromiumAvailable();
if (!available)
  console.warn(
    "test/browser skipped: /usr/bin/chromium is missing (apt-get install chromium); the reports were not checked in a browser",
  );

/** Whether fontconfig knows a colour emoji font (Chromium's fallback for emoji on Linux). */
function emojiFont(): boolean {
  try {
    return /Noto Color Emoji/i.test(execFileSync("fc-list", [":family"], { encoding: "utf8" }));
  } catch {
    return false;
  }
}
const emojiFontInstalled = available && emojiFont();
if (available && !emojiFontInstalled)
  console.warn(
    "test/browser: the emoji check is skipped: no colour emoji font (apt-get install fonts-noto-color-emoji); GitHub's readers have one, so the PNGs here would show boxes",
  );

const GATED = ["metric", "baseline", "candidate", "Δ", "Δ%", "rule", "status"];
const UNGATED = ["metric", "baseline", "candidate", "Δ", "Δ%"];

describe.skipIf(!available)("snapshot reports in Chromium, as GitHub renders them", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await p.launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("has snapshots to check", () => {
    expect(snapshots.length).toBeGreaterThanOrEqual(8);
  });

  it("reports parse errors: Mermaid 10.9 rejects what only newer Mermaid parses", async () => {
    // Per-point labels (Mermaid 12): the current Mermaid draws them, Mermaid 10.9 cannot parse.
    const markdown =
      '```mermaid\nxychart-beta\n  x-axis ["a", "b"]\n  y-axis 0 --> 1\n  line [0.2 "low", 0.8 "high"]\n```\n';
    const page = await p.renderReportPage(browser, markdown, { theme: "light" });
    expect(page.mermaidErrors).toEqual([]);
    expect(page.charts[0]!.rendered).toBe(true);
    expect(page.mermaid10Parsed).toBe(0);
    expect(page.mermaid10Errors).toHaveLength(1);
    // A block neither parses is an error of both, and no chart.
    const broken = await p.renderReportPage(browser, "```mermaid\nxychart-beta\n  line [0.2,\n```\n", {
      theme: "light",
    });
    expect(broken.mermaidErrors).toHaveLength(1);
    expect(broken.mermaid10Errors).toHaveLength(1);
    expect(broken.charts[0]!.rendered).toBe(false);
  });

  for (const file of files) {
    for (const theme of ["light", "dark"] as const) {
      it(`${path.relative(ROOT, file)} (${theme})`, { timeout: 180_000 }, async () => {
        const markdown = readFileSync(file, "utf8");
        const page = await p.renderReportPage(browser, markdown, { theme });
        expect(page.mermaidErrors).toEqual([]);
        const blocks = (markdown.match(/^```mermaid$/gm) ?? []).length;
        expect(page.mermaid10Errors).toEqual([]);
        expect(page.mermaid10Parsed).toBe(blocks);
        expect(page.charts).toHaveLength(blocks);
        const expected = expectedMarkers(markdown);
        expect(expected).toHaveLength(blocks);
        for (const [i, chart] of page.charts.entries()) {
          expect(chart.rendered).toBe(true);
          // A marker at every data point, in its line's colour, visible: ≥ 3:1 against the
          // background, and much larger than the line is wide (2 px).
          const marked = new Map<string, number>();
          for (const m of chart.markers) marked.set(hex(m.color), (marked.get(hex(m.color)) ?? 0) + 1);
          expect(marked, `markers of chart ${i + 1}`).toEqual(expected[i]);
          for (const m of chart.markers) {
            expect(m.contrast).toBeGreaterThanOrEqual(3);
            expect(Math.min(m.width, m.height)).toBeGreaterThanOrEqual(8);
          }
          const drawn = chart.strokes.filter((s) => s.visible && s.width >= 1 && s.size > 0);
          expect(drawn.length).toBeGreaterThan(0);
          expect(chart.minStrokeContrast).toBeGreaterThanOrEqual(3);
          expect(chart.minTextContrast).toBeGreaterThanOrEqual(3);
          expect(chart.width).toBeLessThanOrEqual(p.COLUMN_WIDTH);
        }
        for (const t of page.tables.filter((t) => t.headers[0] === "metric" && t.headers[1] === "baseline")) {
          expect([GATED, UNGATED, ["metric", "baseline", "candidate"]]).toContainEqual(t.headers);
          expect(t.rows).toBeGreaterThan(0);
        }
        for (const t of page.tables.filter((t) => t.headers[0] === "slice"))
          expect(t.headers.slice(1)).toEqual(expect.arrayContaining(["metric", "baseline", "candidate"]));
        expect(page.overflow).toEqual([]);
        if (emojiFontInstalled && theme === "light") {
          // Every emoji is a glyph (inked, not the .notdef box); the status marks are in colour.
          const boxes = page.emoji.filter((e) => e.sameAsMissing || e.inkPixels === 0).map((e) => e.char);
          expect(boxes, `emoji drawn as boxes in ${file}`).toEqual([]);
          for (const e of page.emoji.filter((e) => /[✅❌🟢🔴🆕]/u.test(e.char)))
            expect(e.colourPixels, `${e.char} in colour`).toBeGreaterThan(20);
        }
      });
    }
  }
});
