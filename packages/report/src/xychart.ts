import { mermaidNumber } from "@mlops/core/markdown";

/*
 * The Mermaid `xychart-beta` charts of every summary we write (the report's history charts,
 * monitor-model's per-window charts), with point markers, in Mermaid 10.x syntax only.
 *
 * GitHub renders ```mermaid blocks with a Mermaid that lags upstream, and a block it cannot
 * parse shows as an error box: per-point labels (`line [0.7 "0.70"]`, Mermaid PR #7550, 2026) and
 * legends (`showLegend`, PR #7724, 2026) are too new. No xychart version draws point markers on a
 * line. So each data point is marked by drawing its series as two lines that run together between
 * points and part around each one: one through `value + h`, one through `value − h`, meeting at
 * the points' left and right corners. Together they outline a hollow diamond at every point, in
 * the series' colour; between points they overlap, and read as one line. For the corners to sit
 * one narrow step beside each point, the x axis is a fine grid of categories: the data columns,
 * labelled, and between them invisible filler categories (distinct strings of zero-width
 * characters; ticks hidden). A missing value (a gap the chart bridges with the previous value)
 * gets no marker, so only measured points are marked. Reference lines (a gate, a registered
 * value) are plain lines.
 *
 * Colours: Mermaid colours plot i with plotColorPalette[i] (bars and lines, in declaration
 * order), so each chart's directive lists its plots' colours: series k is CHART_PALETTE[k], the
 * mark PALETTE_MARKS[k] in the legend or values table under the chart.
 */

/** Line colours, in order; each ≥ 3:1 against #ffffff and #0d1117 (test/browser checks it). */
export const CHART_PALETTE = ["#1f77b4", "#e8590c", "#9467bd", "#1a7f37", "#d62728", "#8c564b"];
/** The legend's mark for each palette colour (GitHub renders these emoji in its own colours). */
export const PALETTE_MARKS = ["🟦", "🟧", "🟪", "🟩", "🟥", "🟫"];
/** Titles, axes, ticks, labels and the legend. */
export const CHART_TEXT = "#768390";
/** Chart height in px (Mermaid's xyChart.height). */
export const CHART_HEIGHT = 300;

/** A marker's half-width and half-height, in px (about: the plot area is estimated). */
const MARKER_PX = 6;
/** The plot area, estimated: the chart less the y axis (labels, title) and the title and x labels. */
const plotWidth = (width: number) => width - 100;
const PLOT_HEIGHT = CHART_HEIGHT - 80;

/**
 * The init directive of every xychart we emit: explicit theme colours readable on GitHub's light
 * and dark themes, at `width` px, x-axis ticks hidden (the axis has a category per marker step),
 * and `palette`: each plot's colour in declaration order (default CHART_PALETTE).
 */
export function xyChartInit(width = 720, palette: readonly string[] = CHART_PALETTE): string {
  return `%%{init: ${JSON.stringify({
    theme: "base",
    themeVariables: {
      xyChart: {
        backgroundColor: "transparent",
        titleColor: CHART_TEXT,
        xAxisLabelColor: CHART_TEXT,
        xAxisTitleColor: CHART_TEXT,
        xAxisTickColor: CHART_TEXT,
        xAxisLineColor: CHART_TEXT,
        yAxisLabelColor: CHART_TEXT,
        yAxisTitleColor: CHART_TEXT,
        yAxisTickColor: CHART_TEXT,
        yAxisLineColor: CHART_TEXT,
        // Newer Mermaid draws a legend and data labels of its own: the same grey for them.
        legendTextColor: CHART_TEXT,
        dataLabelColor: CHART_TEXT,
        plotColorPalette: palette.join(", "),
      },
    },
    xyChart: { width, height: CHART_HEIGHT, xAxis: { showTick: false } },
  })}}%%`;
}

export interface XySeries {
  /** The line's name, escaped (mermaidText): newer Mermaid shows it in a legend; ours is under the chart. */
  name: string;
  /** One value per column; null: no value there (bridged with the previous one, not marked). */
  values: (number | null)[];
  /** Whether each value gets a marker (data), or the line is plain (a reference line). */
  markers: boolean;
  /** Its colour's index in CHART_PALETTE (default: its position in the list). */
  color?: number;
}

/** A chart; its title, labels and names escaped with mermaidText by the caller. */
export interface XyChart {
  title: string;
  /** The columns' labels, distinct. */
  columns: string[];
  yTitle: string;
  /** The y axis range; every value (and marker) must be inside it. */
  lo: number;
  hi: number;
  series: XySeries[];
  width?: number;
}

/**
 * Filler categories: distinct strings of zero-width characters (invisible, no width), the
 * shortest first (bijective base 4).
 */
const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060"];
function fillerLabels(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    let s = "";
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / INVISIBLE.length))
      s += INVISIBLE[(n - 1) % INVISIBLE.length];
    return s;
  });
}

/** The category grid: columns 0..n-1 at slot `1 + j·step`, one slot of margin at each end. */
function markerGrid(columns: number, width: number): { step: number; slots: number } {
  const step = columns < 2 ? 3 : Math.max(3, Math.round(plotWidth(width) / (columns - 1) / MARKER_PX));
  return { step, slots: (columns - 1) * step + 3 };
}

/** Values at every slot: linear between anchors (slot, value), flat beyond the first and last. */
function interpolate(anchors: [number, number][], slots: number): number[] {
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < slots; i++) {
    while (k < anchors.length - 1 && anchors[k + 1]![0] <= i) k++;
    const [x0, y0] = anchors[k]!;
    const next = anchors[k + 1];
    if (i <= x0 || !next) out.push(y0);
    else out.push(y0 + ((next[1] - y0) * (i - x0)) / (next[0] - x0));
  }
  return out;
}

/** The Mermaid block (```mermaid … ```) of a chart with markers on its data series. */
export function xyChart(chart: XyChart): string {
  const width = chart.width ?? 720;
  const n = chart.columns.length;
  const { step, slots } = markerGrid(n, width);
  const at = (j: number) => 1 + j * step;
  const span = chart.hi - chart.lo;
  const h = (span * MARKER_PX) / PLOT_HEIGHT;
  // The chart only places lines (the values are in a table or legend under it): a precision
  // finer than a pixel of the plot's height is enough.
  const quantum = span > 0 ? 10 ** Math.floor(Math.log10(span / 250)) : 0;
  // Compact (a chart has a hundred values per line): no leading zero (".79", valid for the
  // lexer's `[+-]?(\d+(\.\d+)?|\.\d+)`), no space after commas.
  const num = (x: number) =>
    mermaidNumber(quantum === 0 ? x : Math.round(x / quantum) * quantum).replace(/^(-?)0\./, "$1.");

  const fillers = fillerLabels(slots - n);
  let f = 0;
  const labels = Array.from({ length: slots }, (_, i) =>
    i >= 1 && (i - 1) % step === 0 && (i - 1) / step < n ? chart.columns[(i - 1) / step]! : fillers[f++]!,
  );

  const plots: { name: string | null; values: string[]; color: string }[] = [];
  chart.series.forEach((s, k) => {
    const color = CHART_PALETTE[(s.color ?? k) % CHART_PALETTE.length]!;
    // A missing value is drawn at the previous one (xychart has no gaps), unmarked.
    let last = s.values.find((v) => v !== null) ?? 0;
    const filled = s.values.map((v) => (v !== null ? (last = v) : last));
    const line = (offset: number) => {
      const anchors: [number, number][] = [];
      filled.forEach((v, j) => {
        if (s.markers && s.values[j] !== null)
          anchors.push([at(j) - 1, v], [at(j), v + offset], [at(j) + 1, v]);
        else anchors.push([at(j), v]);
      });
      return interpolate(anchors, slots).map(num);
    };
    if (s.markers) {
      // The second line has no name: newer Mermaid's legend lists named lines only.
      plots.push({ name: s.name, values: line(h), color }, { name: null, values: line(-h), color });
    } else {
      plots.push({ name: s.name, values: line(0), color });
    }
  });

  return [
    "```mermaid",
    xyChartInit(
      width,
      plots.map((p) => p.color),
    ),
    "xychart-beta",
    `  title "${chart.title}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(",")}]`,
    `  y-axis "${chart.yTitle}" ${mermaidNumber(chart.lo)} --> ${mermaidNumber(chart.hi)}`,
    ...plots.map((p) => `  line${p.name === null ? "" : ` "${p.name}"`} [${p.values.join(",")}]`),
    "```",
  ].join("\n");
}

export interface ReadSeries {
  /** The line's name as written in the chart. */
  name: string;
  color: string;
  /** The value drawn at each column (a marker's middle). */
  values: number[];
  /** Whether each column's point has a marker. */
  marked: boolean[];
  /** Each marker's half-height, in y units (0 where unmarked). */
  heights: number[];
}

export interface ReadChart {
  /** The columns: the x categories with a visible label. */
  columns: string[];
  series: ReadSeries[];
  lo: number;
  hi: number;
  width: number;
  /** The x categories (columns and fillers) and the chart's lines, as written. */
  categories: string[];
  plots: { name: string | null; values: number[]; color: string }[];
}

/**
 * The first chart of `markdown` read back (for tests and tools): its columns and series, a named
 * line followed by an unnamed one of the same colour being one marked series. Null when there
 * is no xychart block.
 */
export function readXyChart(markdown: string): ReadChart | null {
  const start = markdown.indexOf("```mermaid\n");
  if (start < 0) return null;
  const lines = markdown.slice(start, markdown.indexOf("\n```", start + 3)).split("\n");
  const init = lines.find((l) => l.startsWith("%%{init: "));
  const x = lines.find((l) => l.startsWith("  x-axis ["));
  const y = lines.find((l) => l.startsWith("  y-axis "))?.match(/([-+\d.]+) --> ([-+\d.]+)$/);
  if (!init || !x || !y) return null;
  const config = JSON.parse(init.slice("%%{init: ".length, -"}%%".length)) as {
    themeVariables?: { xyChart?: { plotColorPalette?: string } };
    xyChart?: { width?: number };
  };
  const palette = (config.themeVariables?.xyChart?.plotColorPalette ?? "").split(",").map((c) => c.trim());
  const categories = (x.match(/"[^"]*"/g) ?? []).map((l) => l.slice(1, -1));
  const columns = categories.flatMap((l, i) =>
    /^[\u200b-\u200d\u2060]*$/.test(l) ? [] : [{ label: l, slot: i }],
  );
  const plots = lines
    .filter((l) => l.startsWith("  line "))
    .map((l, i) => ({
      name: l.match(/^ {2}line "([^"]*)"/)?.[1] ?? null,
      values: l
        .slice(l.indexOf("[") + 1, l.lastIndexOf("]"))
        .split(",")
        .map(Number),
      color: palette[i % palette.length] ?? "",
    }));
  const series: ReadSeries[] = [];
  for (let i = 0; i < plots.length; i++) {
    const p = plots[i]!;
    const next = plots[i + 1];
    const pair = next && next.name === null && next.color === p.color ? next : null;
    if (pair) i++;
    const half = (slot: number) => (pair ? (p.values[slot]! - pair.values[slot]!) / 2 : 0);
    series.push({
      name: p.name ?? "",
      color: p.color,
      values: columns.map((c) => p.values[c.slot]! - half(c.slot)),
      marked: columns.map((c) => half(c.slot) > 0),
      heights: columns.map((c) => half(c.slot)),
    });
  }
  return {
    columns: columns.map((c) => c.label),
    series,
    lo: Number(y[1]),
    hi: Number(y[2]),
    width: config.xyChart?.width ?? 0,
    categories,
    plots,
  };
}
