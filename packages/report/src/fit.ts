import { describeLimit, measure, type Limit } from "./limits.js";
import { link } from "@mlops/core/markdown";

/*
 * Fitting a report into a size limit without ever cutting inside a table, a code block or a
 * character: a report is a list of sections; a section with rows can be rendered with fewer
 * rows (and says how many it hides), any section but the pinned ones can be dropped (and says
 * so). Sections give way in priority order, lowest first.
 */

export interface Section {
  id: string;
  /** Higher stays longer. Pinned sections (Infinity) are never trimmed. */
  priority: number;
  /** Number of rows it can show; 0 for an all-or-nothing section. */
  rows: number;
  /** Rows to keep in the first, gentle pass (before any section is cut harder). */
  softRows?: number;
  /** The fewest rows worth showing before dropping the section instead. */
  minRows?: number;
  /**
   * Renders with at most `rows` rows (rows ≥ this.rows: everything). `notice` makes the line
   * that says what was left out; a section calls it with e.g. "4,812 more metrics".
   */
  render(rows: number, notice: (hidden: string) => string): string;
  /** What to say when the section is dropped entirely, e.g. "history chart". "" to say nothing. */
  dropped: string;
}

export interface FitResult {
  markdown: string;
  size: number;
  /** Sections shown with fewer rows or dropped, by id. */
  trimmed: string[];
}

export interface FitOptions {
  limit: Limit;
  /** Where the full report can be read (job summary, artifact). */
  fullReportUrl?: string | null;
  fullReportLabel?: string;
  /** The limit named in notices when `limit` is a reduced budget (room kept for a marker). */
  describe?: Limit;
}

interface State {
  rows: number;
  dropped: boolean;
}

export function fitSections(sections: Section[], options: FitOptions): FitResult {
  const { limit } = options;
  const label = options.fullReportLabel ?? "full report";
  const where = options.fullReportUrl ? ` The ${link(label, options.fullReportUrl)} has everything.` : "";
  const notice = (hidden: string) =>
    `> ✂️ ${hidden} not shown: ${describeLimit(options.describe ?? limit)}.${where}`;

  const state = new Map<string, State>(sections.map((s) => [s.id, { rows: s.rows, dropped: false }]));
  const cache = new Map<string, { text: string; size: number }>();
  const size = (md: string) => measure(md, limit.measure);
  const renderOne = (s: Section): { text: string; size: number } => {
    const st = state.get(s.id)!;
    const key = `${s.id}\u0000${st.dropped ? "x" : st.rows}`;
    let out = cache.get(key);
    if (out === undefined) {
      const text = st.dropped ? (s.dropped ? notice(s.dropped) : "") : s.render(st.rows, notice);
      out = { text, size: size(text) };
      cache.set(key, out);
    }
    return out;
  };
  const assemble = () =>
    sections
      .map((s) => renderOne(s).text)
      .filter((p) => p !== "")
      .join("\n\n") + "\n";
  // The size of assemble() without building it: sizes add up over the parts and the "\n\n"
  // between them (2 in UTF-16 and UTF-8 alike; no surrogate pair can form across a newline), so
  // each try of a row count renders and measures one section, not the whole report.
  const fits = () => {
    let total = 1;
    let parts = 0;
    for (const s of sections) {
      const part = renderOne(s);
      if (part.text === "") continue;
      total += part.size + (parts++ > 0 ? 2 : 0);
    }
    return total <= limit.max;
  };

  const trimmed = new Set<string>();
  if (!fits()) {
    const order = sections.filter((s) => s.priority !== Infinity).sort((a, b) => a.priority - b.priority);
    // Pass 1: cap long sections at their soft size.
    for (const s of order) {
      if (fits()) break;
      const st = state.get(s.id)!;
      if (s.rows > 0 && s.softRows !== undefined && s.softRows < st.rows) {
        st.rows = s.softRows;
        trimmed.add(s.id);
      }
    }
    // Pass 2: lowest priority first, keep as many rows as fit, else drop.
    for (const s of order) {
      if (fits()) break;
      const st = state.get(s.id)!;
      trimmed.add(s.id);
      const min = Math.max(1, s.minRows ?? 1);
      if (s.rows > 0 && st.rows >= min) {
        let lo = min;
        let hi = st.rows;
        st.rows = lo;
        if (fits()) {
          while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            st.rows = mid;
            if (fits()) lo = mid;
            else hi = mid - 1;
          }
          st.rows = lo;
          break;
        }
      }
      st.dropped = true;
    }
  }
  // Pass 3: give room left over back, most important sections first.
  if (trimmed.size) {
    const byImportance = sections
      .filter((s) => s.priority !== Infinity)
      .sort((a, b) => b.priority - a.priority);
    for (const s of byImportance) {
      const st = state.get(s.id)!;
      if (st.dropped || st.rows >= s.rows) continue;
      let lo = st.rows;
      let hi = s.rows;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        st.rows = mid;
        if (fits()) lo = mid;
        else hi = mid - 1;
      }
      st.rows = lo;
      if (lo >= s.rows && !st.dropped) trimmed.delete(s.id);
    }
  }
  const markdown = assemble();
  const finalSize = size(markdown);
  if (finalSize > limit.max) {
    // Only pinned sections are left and they are bounded (names are cut at 200 graphemes), so
    // this means a bug; say it plainly rather than let GitHub reject the body.
    const fallback = `${notice("This report")}\n`;
    return { markdown: fallback, size: size(fallback), trimmed: sections.map((s) => s.id) };
  }
  return { markdown, size: finalSize, trimmed: [...trimmed] };
}
