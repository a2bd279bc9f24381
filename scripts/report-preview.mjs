#!/usr/bin/env node
// npm run report:preview -- FILE [--theme light|dark|both] [--out PNG]
//
// Renders a Markdown report as GitHub would show it in a pull-request comment: GFM (marked, GFM
// tables) plus Mermaid (the npm package, served from node_modules on 127.0.0.1), in Debian's
// Chromium driven by playwright-core, in a 1012-px-wide comment column, on GitHub's light
// (#ffffff) or dark (#0d1117) background. Writes FILE.light.png / FILE.dark.png (or --out) and
// prints what it checked: Mermaid errors (and whether Mermaid 10.9, older like GitHub's, parses
// every block), the contrast of every chart's strokes, tables' columns, and anything wider than
// the column. test/browser/report-browser.test.ts uses renderReportPage.
/* global document, window, getComputedStyle */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CHROMIUM = "/usr/bin/chromium";
export const COLUMN_WIDTH = 1012;
export const THEMES = {
  light: { background: "#ffffff", text: "#1f2328", border: "#d1d9e0", mermaidTheme: "default" },
  dark: { background: "#0d1117", text: "#e6edf3", border: "#3d444d", mermaidTheme: "dark" },
};

/** GFM to HTML the way GitHub does for our reports (tables, <details>, <sub>, raw HTML kept). */
export async function markdownToHtml(markdown) {
  const { marked } = await import("marked");
  const html = await marked.parse(markdown, { gfm: true, breaks: false, async: false });
  // GitHub turns ```mermaid blocks into rendered diagrams.
  return html.replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    (_, body) => `<pre class="mermaid">${body}</pre>`,
  );
}

/**
 * The one page every report is rendered in (per browser): GitHub's comment styles for both
 * themes (a class on <body>), Mermaid 10.9 (under `mermaid10`, parse only: GitHub's Mermaid lags
 * upstream, and a block its Mermaid cannot parse shows as an error box) and the current Mermaid
 * (renders). Loading the bundles once, not once per report, is most of the test's speed.
 */
function rendererHtml() {
  const css = Object.entries(THEMES)
    .map(
      ([name, t]) => `
  body.${name} { background: ${t.background}; color: ${t.text}; }
  body.${name} td, body.${name} th, body.${name} blockquote { border-color: ${t.border}; }
  body.${name} code { background: ${name === "dark" ? "#656c7633" : "#818b981f"}; }
  body.${name} a { color: ${name === "dark" ? "#4493f8" : "#0969da"}; }`,
    )
    .join("");
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0;
    font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
  #column { width: ${COLUMN_WIDTH}px; box-sizing: border-box; padding: 16px; }
  table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; margin: 0 0 16px; }
  td, th { padding: 6px 13px; border: 1px solid; }
  th { font-weight: 600; }
  code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 85%; padding: .2em .4em; border-radius: 6px; }
  pre.mermaid { background: transparent; margin: 0 0 16px; }
  blockquote { margin: 0 0 16px; padding: 0 1em; border-left: .25em solid; }
  details summary { cursor: pointer; }${css}
</style></head><body class="light"><div id="column" class="markdown-body"></div>
<script src="/mermaid10.min.js"></script>
<script>
  window.mermaid10 = window.mermaid;
  mermaid10.initialize({ startOnLoad: false, securityLevel: "strict" });
</script>
<script src="/mermaid.min.js"></script>
<script>
  const message = (e) => String((e && e.message) || e).slice(0, 500);
  window.__render = async (html, theme, mermaidTheme) => {
    document.body.className = theme;
    const column = document.getElementById("column");
    column.innerHTML = html;
    const errors = [];
    const errors10 = [];
    let parsed10 = 0;
    mermaid.initialize({ startOnLoad: false, theme: mermaidTheme, securityLevel: "strict" });
    // Each block: parsed by Mermaid 10.9, rendered (which parses) by the current Mermaid, as
    // mermaid.run would, one at a time so that each error is its block's.
    for (const el of column.querySelectorAll("pre.mermaid")) {
      const source = el.textContent;
      try { if (await mermaid10.parse(source)) parsed10++; }
      catch (e) { errors10.push(message(e)); }
      window.__renders = (window.__renders || 0) + 1;
      const id = "mermaid-" + window.__renders;
      try {
        const { svg, bindFunctions } = await mermaid.render(id, source);
        el.innerHTML = svg;
        bindFunctions?.(el);
      } catch (e) {
        errors.push(message(e));
        document.getElementById("d" + id)?.remove();
      }
    }
    column.querySelectorAll("details").forEach((d) => (d.open = true));
    return { errors, errors10, parsed10 };
  };
</script></body></html>`;
}

/**
 * Serves the renderer page and both Mermaid bundles on 127.0.0.1, one server per browser.
 * Returns { url, close }.
 */
async function serve() {
  const files = {
    "/mermaid.min.js": readFileSync(path.join(root, "node_modules/mermaid/dist/mermaid.min.js")),
    "/mermaid10.min.js": readFileSync(path.join(root, "node_modules/mermaid10/dist/mermaid.min.js")),
  };
  const page = rendererHtml();
  const server = createServer((req, res) => {
    if (files[req.url]) {
      res.writeHead(200, { "content-type": "text/javascript", "cache-control": "max-age=3600" });
      res.end(files[req.url]);
    } else if (req.url === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(page);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((r) => {
        server.close(r);
        server.closeAllConnections();
      }),
  };
}

export function chromiumAvailable() {
  return existsSync(CHROMIUM);
}

/** Launches Chromium once; call close() when done. Reports render one at a time in one page. */
export async function launchBrowser() {
  const { chromium } = await import("playwright-core");
  const userDataDir = mkdtempSync(path.join(tmpdir(), "mlops-preview-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: VIEWPORT,
  });
  const server = await serve();
  let page = null;
  let queue = Promise.resolve();
  return {
    /** Runs fn(page) on the renderer page, after every earlier call has finished. */
    withPage(fn) {
      const run = queue.then(async () => {
        if (!page) {
          page = context.pages()[0] ?? (await context.newPage());
          await page.goto(server.url);
        }
        return fn(page);
      });
      queue = run.catch(() => {});
      return run;
    },
    close: async () => {
      await queue;
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const VIEWPORT = { width: COLUMN_WIDTH + 40, height: 900 };

function luminance(rgb) {
  const c = rgb.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

export function contrast(a, b) {
  const x = luminance(a);
  const y = luminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

function hexRgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/**
 * Renders `markdown` in `theme` and returns what a reviewer would see: mermaidErrors, charts
 * (each: svg count of plot strokes and the lowest contrast of a plot stroke and of its text
 * against the background), tables (headers), overflow (elements wider than the column), emoji
 * (each distinct one: coloured and inked pixels, and whether it is drawn as the missing-glyph
 * box), and a PNG when `screenshot` is a path.
 */
export async function renderReportPage(browser, markdown, { theme = "light", screenshot = null } = {}) {
  const body = await markdownToHtml(markdown);
  return browser.withPage(async (page) => {
    const t0 = Date.now();
    const debug = process.env.MLOPS_PREVIEW_DEBUG
      ? (what) => console.error(`${what}: ${Date.now() - t0} ms`)
      : () => {};
    const rendered = await page.evaluate(
      ([html, t, mt]) => window.__render(html, t, mt),
      [body, theme, THEMES[theme].mermaidTheme],
    );
    debug("mermaid done");
    const result = await page.evaluate((columnWidth) => {
      const rgb = (s) => {
        const m = s.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
        if (!m) return null;
        if (m[4] !== undefined && Number(m[4]) === 0) return null;
        return [Number(m[1]), Number(m[2]), Number(m[3])];
      };
      const charts = [...document.querySelectorAll("pre.mermaid")].map((pre) => {
        const svg = pre.querySelector("svg");
        if (!svg)
          return {
            rendered: false,
            strokes: [],
            texts: [],
            markers: [],
            error: pre.textContent.slice(0, 200),
          };
        const strokes = [...svg.querySelectorAll("g.plot path, g.plot line, g.plot circle")]
          .map((el) => {
            const cs = getComputedStyle(el);
            const box = el.getBBox();
            return {
              color: rgb(cs.stroke),
              width: parseFloat(cs.strokeWidth),
              visible: cs.visibility !== "hidden" && cs.display !== "none" && Number(cs.opacity) > 0,
              size: Math.max(box.width, box.height),
            };
          })
          .filter((s) => s.color);
        const texts = [...svg.querySelectorAll("text")]
          .map((el) => ({ color: rgb(getComputedStyle(el).fill), text: el.textContent }))
          .filter((t) => t.color && t.text.trim());
        const width = svg.getBoundingClientRect().width;
        // Point markers (see packages/report/src/xychart.ts): two plot lines of one colour that
        // run together and part around a point: the gap between them there is the marker's
        // height, the two points beside it (where they meet again) its width. In screen px.
        const number = String.raw`(-?\d*\.?\d+(?:e[-+]?\d+)?)`;
        const lines = [...svg.querySelectorAll("g.plot path")].map((el) => {
          const m = el.getScreenCTM();
          const pts = [
            ...(el.getAttribute("d") ?? "").matchAll(new RegExp(`[ML]\\s*${number}[\\s,]+${number}`, "gi")),
          ]
            .map((p) => [Number(p[1]), Number(p[2])])
            .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
          return { stroke: getComputedStyle(el).stroke, pts };
        });
        const markers = [];
        lines.forEach((a, i) =>
          lines.slice(i + 1).forEach((b) => {
            if (a.stroke !== b.stroke || a.pts.length !== b.pts.length || a.pts.length < 3) return;
            if (!a.pts.every((p, k) => Math.abs(p[0] - b.pts[k][0]) < 0.01)) return;
            const gap = (k) => Math.abs(a.pts[k][1] - b.pts[k][1]);
            for (let k = 1; k < a.pts.length - 1; k++) {
              if (gap(k) < 1 || gap(k - 1) > 0.5 || gap(k + 1) > 0.5) continue;
              markers.push({
                color: rgb(a.stroke),
                x: a.pts[k][0],
                y: (a.pts[k][1] + b.pts[k][1]) / 2,
                width: a.pts[k + 1][0] - a.pts[k - 1][0],
                height: gap(k),
              });
            }
          }),
        );
        return { rendered: true, strokes, texts, width, markers };
      });
      const tables = [...document.querySelectorAll("table")].map((t) => ({
        headers: [...t.querySelectorAll("thead th")].map((th) => th.textContent.trim()),
        rows: t.querySelectorAll("tbody tr").length,
        scrollWidth: t.scrollWidth,
        clientWidth: t.clientWidth,
      }));
      const column = document.getElementById("column");
      const right = column.getBoundingClientRect().left + columnWidth;
      const overflow = [];
      for (const el of column.querySelectorAll("*")) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > right + 1 && !el.closest("table"))
          overflow.push(`${el.tagName.toLowerCase()}: ${Math.round(r.right - right)} px past the column`);
      }
      for (const t of column.querySelectorAll("table"))
        if (t.scrollWidth > t.clientWidth + 1)
          overflow.push(
            `table (${t.querySelector("th")?.textContent ?? ""}…): ${t.scrollWidth - t.clientWidth} px scrolled`,
          );
      // Emoji as the page draws them (its font stack, Chromium's fallback): each distinct one on
      // a canvas, against the glyph of a code point no font has (U+10FFFD: the .notdef box).
      const font = `24px ${getComputedStyle(document.body).fontFamily}`;
      const draw = (ch) => {
        const canvas = document.createElement("canvas");
        canvas.width = 40;
        canvas.height = 40;
        const ctx = canvas.getContext("2d", { willReadFrequently: true });
        ctx.font = font;
        ctx.fillStyle = "#000000";
        ctx.textBaseline = "top";
        ctx.fillText(ch, 4, 4);
        return ctx.getImageData(0, 0, 40, 40).data;
      };
      const missing = draw("\u{10FFFD}");
      const found = new Set(column.textContent.match(/\p{Extended_Pictographic}\uFE0F?/gu) ?? []);
      const emoji = [...found].map((ch) => {
        const px = draw(ch);
        let colour = 0;
        let ink = 0;
        let same = true;
        for (let i = 0; i < px.length; i += 4) {
          if (px[i + 3] > 0) ink++;
          const [r, g, b] = [px[i], px[i + 1], px[i + 2]];
          if (px[i + 3] > 64 && Math.max(r, g, b) - Math.min(r, g, b) > 48) colour++;
          if (same && (px[i] !== missing[i] || px[i + 3] !== missing[i + 3])) same = false;
        }
        return { char: ch, colourPixels: colour, inkPixels: ink, sameAsMissing: same };
      });
      return { charts, tables, overflow, emoji, height: column.getBoundingClientRect().height };
    }, COLUMN_WIDTH);
    debug("measured");
    const bg = hexRgb(THEMES[theme].background);
    for (const c of result.charts) {
      c.minStrokeContrast = c.strokes.length ? Math.min(...c.strokes.map((s) => contrast(s.color, bg))) : 0;
      c.minTextContrast = c.texts.length ? Math.min(...c.texts.map((t) => contrast(t.color, bg))) : 0;
      for (const m of c.markers) m.contrast = contrast(m.color, bg);
    }
    if (screenshot) {
      await page.setViewportSize({ width: COLUMN_WIDTH, height: Math.ceil(Math.min(result.height, 16000)) });
      await page.locator("#column").screenshot({ path: screenshot });
      await page.setViewportSize(VIEWPORT);
    }
    debug("screenshot");
    return {
      ...result,
      mermaidErrors: rendered.errors,
      mermaid10Errors: rendered.errors10,
      mermaid10Parsed: rendered.parsed10,
    };
  });
}

async function main(argv) {
  const args = argv.slice(2);
  const file = args.find((a) => !a.startsWith("--") && !/^(light|dark|both)$/.test(a));
  const themeArg = args.includes("--theme") ? args[args.indexOf("--theme") + 1] : "both";
  const outArg = args.includes("--out") ? args[args.indexOf("--out") + 1] : null;
  if (!file || args.includes("--help")) {
    console.error("usage: npm run report:preview -- FILE.md [--theme light|dark|both] [--out FILE.png]");
    process.exit(2);
  }
  if (!chromiumAvailable()) {
    console.error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to preview`);
    process.exit(1);
  }
  const markdown = readFileSync(file, "utf8");
  const themes = themeArg === "both" ? ["light", "dark"] : [themeArg];
  const browser = await launchBrowser();
  let bad = false;
  try {
    for (const theme of themes) {
      const png =
        outArg && themes.length === 1
          ? outArg
          : `${outArg ? outArg.replace(/\.png$/, "") : file}.${theme}.png`;
      const r = await renderReportPage(browser, markdown, { theme, screenshot: png });
      console.log(`${png}: ${r.tables.length} tables, ${r.charts.length} charts`);
      for (const e of r.mermaidErrors) console.log(`  mermaid error: ${e}`);
      for (const e of r.mermaid10Errors) console.log(`  Mermaid 10.9 cannot parse a block: ${e}`);
      r.charts.forEach((c, i) =>
        console.log(
          `  chart ${i + 1}: ${c.rendered ? `${c.strokes.length} plot strokes, contrast ≥ ${c.minStrokeContrast.toFixed(2)} (strokes), ${c.minTextContrast.toFixed(2)} (text); ${c.markers.length} point markers${c.markers.length ? ` (≥ ${Math.min(...c.markers.map((m) => Math.min(m.width, m.height))).toFixed(1)} px, contrast ≥ ${Math.min(...c.markers.map((m) => m.contrast)).toFixed(2)})` : ""}` : "NOT RENDERED"}`,
        ),
      );
      for (const o of r.overflow) console.log(`  overflow: ${o}`);
      const boxes = r.emoji.filter((e) => e.sameAsMissing || e.inkPixels === 0).map((e) => e.char);
      console.log(
        `  emoji: ${r.emoji.length} distinct, ${r.emoji.filter((e) => e.colourPixels > 0).length} in colour${boxes.length ? `; drawn as boxes or blank: ${boxes.join(" ")} (install fonts-noto-color-emoji)` : ""}`,
      );
      bad ||=
        r.mermaidErrors.length > 0 ||
        r.mermaid10Errors.length > 0 ||
        r.overflow.length > 0 ||
        r.charts.some((c) => !c.rendered);
    }
  } finally {
    await browser.close();
  }
  process.exit(bad ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv);
}
