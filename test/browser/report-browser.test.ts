import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import * as preview from "../../scripts/report-preview.mjs";

/*
 * Every snapshot report rendered as GitHub renders a comment: GFM (marked) plus Mermaid (npm) in
 * Debian's Chromium driven by playwright-core, in GitHub's 1012-px comment column, on the light
 * (#ffffff) and dark (#0d1117) themes. No Mermaid parse or render error; every chart rendered
 * with plot strokes and text at ≥ 3:1 contrast against the background; the metrics tables have
 * the expected columns; nothing wider than the column; with Debian's fonts-noto-color-emoji
 * installed (.ci/run installs it), every emoji is drawn as a glyph, not as the missing-glyph box.
 */

interface Chart {
  rendered: boolean;
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

const SNAPSHOTS = path.resolve(import.meta.dirname, "../../packages/report/src/__snapshots__");
const files = readdirSync(SNAPSHOTS)
  .filter((f) => f.endsWith(".md"))
  .sort();

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
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of files) {
    for (const theme of ["light", "dark"] as const) {
      it(`${file} (${theme})`, { timeout: 180_000 }, async () => {
        const markdown = readFileSync(path.join(SNAPSHOTS, file), "utf8");
        const page = await p.renderReportPage(browser, markdown, { theme });
        expect(page.mermaidErrors).toEqual([]);
        const blocks = (markdown.match(/^```mermaid$/gm) ?? []).length;
        expect(page.charts).toHaveLength(blocks);
        for (const chart of page.charts) {
          expect(chart.rendered).toBe(true);
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
