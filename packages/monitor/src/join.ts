import { ConfigurationError } from "@mlops/core";
import { binaryRowLoss, EPS } from "@mlops/metrics";
import { Cell } from "./cell.js";
import { HAS_LABEL, HAS_PREDICTION, IdTable, toDay } from "./id-table.js";
import { idText, readRows, type RowView } from "./read.js";
import { parseTimestamp, type Windowing } from "./windows.js";

/*
 * The streaming pass: the labels first, into the id table (flat memory, see id-table.ts), then
 * the prediction log, row by row: each row's id is looked up once, its window and serving
 * version pick its Cell, and the row is added to that cell's statistics (labelled or not).
 * Problems are counted, never dropped silently: rows without a usable id, timestamp, version or
 * prediction; ids logged twice (the first counts); labels given twice (the later wins, and a
 * disagreeing one is counted as a conflict); labels after the end of their prediction's window
 * (late, still used); labels whose id was never logged.
 */

export interface JoinColumns {
  id: string;
  timestamp: string;
  version: string;
  prediction: string;
  /** A score column (binary: the positive class's probability) or the prefix of <score>_<class> columns. */
  score: string | null;
  label: string;
}

export interface JoinOptions {
  predictions: string[];
  labels: string[];
  columns: JoinColumns;
  windowing: Windowing;
  regression: boolean;
  /** Rows to size the id table for. */
  expectedIds: number;
  cwd: string;
}

export interface JoinSample {
  kind: string;
  file: string;
  line: number | null;
  message: string;
}

export interface JoinCounts {
  predictionRows: number;
  labelRows: number;
  predictions: number;
  labelled: number;
  unmatchedLabels: number;
  duplicatePredictions: number;
  duplicateLabels: number;
  conflictingLabels: number;
  lateLabels: number;
  invalidPredictions: number;
  invalidLabels: number;
}

export interface JoinResult {
  counts: JoinCounts;
  samples: JoinSample[];
  /** Cells by window then version, in no particular order. */
  cells: Cell[];
  /** Classes in order of first appearance (classification). */
  classes: string[];
  /** The monitored columns of each cell's profilers: prediction, scores, then features. */
  driftColumns: string[];
  /** How many of driftColumns are the prediction and its scores (the rest are features). */
  predictionColumns: number;
  /** Score mode: proba (<score>_<class> columns), binary (one score column), none. */
  scoreMode: "proba" | "binary" | "none";
  /** With scoreMode proba: the class of each proba column, in driftColumns order after the prediction. */
  probaClasses: string[];
  /** Whether the labels had a timestamp column (lateness is measured). */
  labelTimes: boolean;
}

const decoder = new TextDecoder();
const canonical = new Map<string, string | null>();

/** Distinct labels and predictions a classification may have (each cell keeps a K×K matrix). */
export const MAX_CLASSES = 1000;

/** A cell as text: numbers canonical ("1.0" and 1 are "1"), Parquet bytes decoded; null when missing. */
export function cellText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    // Labels, predictions and versions repeat: their canonical text is looked up, not re-derived.
    const known = canonical.get(v);
    if (known !== undefined) return known;
    const t = v.trim();
    const out = t === "" ? null : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? String(Number(t)) : t;
    if (canonical.size < 10_000) canonical.set(v, out);
    return out;
  }
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  if (typeof v === "bigint" || typeof v === "boolean") return String(v);
  if (v instanceof Uint8Array) return cellText(decoder.decode(v));
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.toISOString() : null;
  return JSON.stringify(v);
}

function cellNumber(v: unknown): number {
  if (typeof v === "number") return v;
  if (v === null || v === undefined) return NaN;
  if (typeof v === "bigint") return Number(v);
  const t = cellText(v);
  return t === null ? NaN : Number(t);
}

/** A model version cell: 3, "3" or "v3". */
export function parseVersion(v: unknown): number {
  const t = cellText(v);
  if (t === null) return NaN;
  const m = /^[vV]?(\d+)$/.exec(t);
  const n = m ? Number(m[1]) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : NaN;
}

function columnIndex(names: string[], name: string, file: string, what: string): number {
  const k = names.indexOf(name);
  if (k < 0) {
    throw new ConfigurationError(
      `${file}: no column '${name}' (${what}); its columns are ${names
        .slice(0, 20)
        .map((n) => `'${n}'`)
        .join(", ")}${names.length > 20 ? ", …" : ""}`,
      { code: "column-missing", location: { file, line: 1 } },
    );
  }
  return k;
}

export class Join {
  readonly counts: JoinCounts = {
    predictionRows: 0,
    labelRows: 0,
    predictions: 0,
    labelled: 0,
    unmatchedLabels: 0,
    duplicatePredictions: 0,
    duplicateLabels: 0,
    conflictingLabels: 0,
    lateLabels: 0,
    invalidPredictions: 0,
    invalidLabels: 0,
  };
  readonly samples: JoinSample[] = [];
  readonly classes: string[] = [];
  private readonly classIndex = new Map<string, number>();
  private table: IdTable | null = null;
  private readonly cells = new Map<number, Cell>();
  private lastKey = NaN;
  private lastCell: Cell | null = null;
  private readonly h = new Uint32Array(2);
  private driftColumns: string[] | null = null;
  private predictionColumns = 1;
  private scoreMode: "proba" | "binary" | "none" = "none";
  private probaClasses: string[] = [];
  private labelTimes = false;
  private sampleCounts = new Map<string, number>();

  constructor(private readonly options: JoinOptions) {}

  private sample(kind: string, file: string, line: number | null, message: string): void {
    const n = this.sampleCounts.get(kind) ?? 0;
    this.sampleCounts.set(kind, n + 1);
    if (n < 10) this.samples.push({ kind, file, line, message });
  }

  classOf(text: string): number {
    let k = this.classIndex.get(text);
    if (k === undefined) {
      k = this.classes.length;
      if (k >= MAX_CLASSES)
        throw new ConfigurationError(
          `the labels and predictions have more than ${MAX_CLASSES} distinct values: not classes; set task: regression`,
          { code: "input-invalid" },
        );
      this.classes.push(text);
      this.classIndex.set(text, k);
    }
    return k;
  }

  async run(): Promise<JoinResult> {
    this.labelTimes = await this.labelsHaveTimes();
    this.table = new IdTable({
      expected: this.options.expectedIds,
      numericLabels: this.options.regression,
      labelTimes: this.labelTimes,
    });
    for (const file of this.options.labels) await this.readLabels(file);
    for (const file of this.options.predictions) await this.readPredictions(file);
    this.counts.unmatchedLabels = this.table.countLabelsOnly();
    this.table = null; // the join is done: let the table go before the windows are computed
    return {
      counts: this.counts,
      samples: this.samples,
      cells: [...this.cells.values()],
      classes: this.classes,
      driftColumns: this.driftColumns ?? [],
      predictionColumns: this.predictionColumns,
      scoreMode: this.scoreMode,
      probaClasses: this.probaClasses,
      labelTimes: this.labelTimes,
    };
  }

  /** Whether every labels file has the timestamp column (read from the first row of each). */
  private async labelsHaveTimes(): Promise<boolean> {
    if (!this.options.labels.length) return false;
    const { timestamp } = this.options.columns;
    let all = true;
    for (const file of this.options.labels) {
      let has = false;
      await readRows(
        file,
        {
          header: (names) => {
            has = names.includes(timestamp);
            throw new HeaderRead();
          },
          row: () => {},
        },
        this.options.cwd,
      ).catch((error: unknown) => {
        if (!(error instanceof HeaderRead)) throw error;
      });
      all &&= has;
    }
    return all;
  }

  private async readLabels(file: string): Promise<void> {
    const { columns, regression, cwd } = this.options;
    const table = this.table!;
    let idK = -1;
    let labelK = -1;
    let timeK = -1;
    const h = this.h;
    await readRows(
      file,
      {
        header: (names) => {
          idK = columnIndex(names, columns.id, file, "id-column");
          labelK = columnIndex(names, columns.label, file, "label-column");
          timeK = this.labelTimes ? names.indexOf(columns.timestamp) : -1;
        },
        row: (row, line) => {
          this.counts.labelRows++;
          const hasId = row.hashId(idK, h);
          const raw = row.value(labelK);
          let label: number;
          if (regression) label = cellNumber(raw);
          else {
            const t = cellText(raw);
            label = t === null ? NaN : this.classOf(t);
          }
          if (!hasId || !Number.isFinite(label)) {
            this.counts.invalidLabels++;
            this.sample(
              "invalid-label",
              file,
              line,
              !hasId
                ? `no ${columns.id}`
                : `${columns.label} ${JSON.stringify(cellText(raw))} is not a label`,
            );
            return;
          }
          const s = table.slot(h[0]!, h[1]!);
          const ms = timeK >= 0 ? parseTimestamp(row.value(timeK)) : NaN;
          if (table.flags(s) & HAS_LABEL) {
            this.counts.duplicateLabels++;
            const conflict = table.label(s) !== label;
            if (conflict) this.counts.conflictingLabels++;
            this.sample(
              conflict ? "conflicting-label" : "duplicate-label",
              file,
              line,
              `${columns.id} ${JSON.stringify(idText(row.value(idK)))} labelled again${conflict ? " with another label (the later one is used)" : ""}`,
            );
          }
          table.setFlag(s, HAS_LABEL);
          table.setLabel(s, label, toDay(ms));
        },
      },
      cwd,
    );
  }

  private cellFor(window: number, version: number): Cell {
    const key = window * 1_048_576 + version;
    if (key === this.lastKey) return this.lastCell!;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = new Cell(
        window,
        version,
        this.driftColumns!,
        this.scoreMode === "binary" ? 4 : this.scoreMode === "proba" ? 2 : 0,
      );
      this.cells.set(key, cell);
    }
    this.lastKey = key;
    this.lastCell = cell;
    return cell;
  }

  /** Fixes the monitored columns from the first prediction file's header. */
  private planColumns(names: string[]): void {
    const c = this.options.columns;
    const score = c.score;
    const proba = score ? names.filter((n) => n.startsWith(`${score}_`) && n.length > score.length + 1) : [];
    if (score && names.includes(score)) this.scoreMode = "binary";
    else if (proba.length >= 2) {
      this.scoreMode = "proba";
      this.probaClasses = proba.map((n) => cellText(n.slice(score!.length + 1)) ?? "");
    } else if (score) {
      throw new ConfigurationError(
        `score-column '${score}': the prediction log has neither a column '${score}' nor columns '${score}_<class>' (one per class)`,
        { code: "column-missing" },
      );
    }
    const special = new Set([c.id, c.timestamp, c.version, c.prediction, c.label]);
    const scoreColumns = this.scoreMode === "binary" ? [score!] : this.scoreMode === "proba" ? proba : [];
    for (const n of scoreColumns) special.add(n);
    this.predictionColumns = 1 + scoreColumns.length;
    this.driftColumns = [c.prediction, ...scoreColumns, ...names.filter((n) => !special.has(n))];
  }

  private async readPredictions(file: string): Promise<void> {
    const { columns, windowing, cwd } = this.options;
    let k: { id: number; ts: number; version: number; pred: number; label: number; drift: number[] } | null =
      null;
    await readRows(
      file,
      {
        header: (names) => {
          if (!this.driftColumns) this.planColumns(names);
          const calendar = windowing.spec.kind !== "rows";
          k = {
            id: columnIndex(names, columns.id, file, "id-column"),
            ts:
              calendar || this.labelTimes
                ? columnIndex(names, columns.timestamp, file, "timestamp-column")
                : names.indexOf(columns.timestamp),
            version: columnIndex(names, columns.version, file, "version-column"),
            pred: columnIndex(names, columns.prediction, file, "prediction-column"),
            label: this.options.labels.length ? -1 : names.indexOf(columns.label),
            drift: this.driftColumns!.map((n) => names.indexOf(n)),
          };
          const missing = this.driftColumns!.slice(1, this.predictionColumns).filter(
            (_, i) => k!.drift[i + 1]! < 0,
          );
          if (missing.length)
            throw new ConfigurationError(
              `${file}: no score column ${missing.map((m) => `'${m}'`).join(", ")} (score-column)`,
              {
                code: "column-missing",
                location: { file, line: 1 },
              },
            );
        },
        row: (row, line) => this.predictionRow(row, line, file, k!),
      },
      cwd,
    );
  }

  private invalid(file: string, line: number, message: string): void {
    this.counts.invalidPredictions++;
    this.sample("invalid-prediction", file, line, message);
  }

  private predictionRow(
    row: RowView,
    line: number,
    file: string,
    k: { id: number; ts: number; version: number; pred: number; label: number; drift: number[] },
  ): void {
    const { columns, windowing, regression } = this.options;
    const index = this.counts.predictionRows++;
    if (!row.hashId(k.id, this.h)) return this.invalid(file, line, `no ${columns.id}`);
    const ms = k.ts >= 0 ? parseTimestamp(row.value(k.ts)) : NaN;
    const window = windowing.key(ms, index);
    if (window !== window)
      return this.invalid(
        file,
        line,
        `${columns.timestamp} ${JSON.stringify(cellText(row.value(k.ts)))} is not a time`,
      );
    const version = parseVersion(row.value(k.version));
    if (version !== version)
      return this.invalid(
        file,
        line,
        `${columns.version} ${JSON.stringify(cellText(row.value(k.version)))} is not a model version (3 or v3)`,
      );
    const rawPred = row.value(k.pred);
    let pred: number;
    if (regression) pred = cellNumber(rawPred);
    else {
      const t = cellText(rawPred);
      pred = t === null ? NaN : this.classOf(t);
    }
    if (!Number.isFinite(pred))
      return this.invalid(
        file,
        line,
        `${columns.prediction} ${JSON.stringify(cellText(rawPred))} is not a prediction`,
      );
    const table = this.table!;
    const s = table.slot(this.h[0]!, this.h[1]!);
    const flags = table.flags(s);
    const cell = this.cellFor(window, version);
    if (flags & HAS_PREDICTION) {
      this.counts.duplicatePredictions++;
      cell.duplicatePredictions++;
      this.sample(
        "duplicate-prediction",
        file,
        line,
        `${columns.id} ${JSON.stringify(idText(row.value(k.id)))} logged again (the first row counts)`,
      );
      return;
    }
    table.setFlag(s, HAS_PREDICTION);
    this.counts.predictions++;
    cell.rows++;
    const drift = k.drift;
    const profilers = cell.profilers;
    for (let d = 0; d < drift.length; d++) if (drift[d]! >= 0) row.feed(drift[d]!, profilers[d]!);
    let label = NaN;
    if (flags & HAS_LABEL) {
      label = table.label(s);
      const at = table.labelTime(s);
      if (at === at && at >= windowing.endOf(window)) {
        cell.lateLabels++;
        this.counts.lateLabels++;
      }
    } else if (k.label >= 0) {
      const raw = row.value(k.label);
      if (regression) label = cellNumber(raw);
      else {
        const t = cellText(raw);
        label = t === null ? NaN : this.classOf(t);
      }
    }
    if (label !== label) return;
    this.counts.labelled++;
    cell.labelled++;
    if (regression) cell.addRegression(label, pred);
    else this.addClassRow(cell, row, k, label, pred);
  }

  private addClassRow(cell: Cell, row: RowView, k: { drift: number[] }, label: number, pred: number): void {
    let a = NaN;
    let b = NaN;
    if (this.scoreMode === "binary") {
      const s = cellNumber(row.value(k.drift[1]!));
      if (s === s) {
        a = binaryRowLoss(1, s);
        b = binaryRowLoss(0, s);
        cell.addScore(label, s);
      }
    } else if (this.scoreMode === "proba") {
      const labelText = this.classes[label]!;
      let sum = 0;
      let py = NaN;
      for (let c = 0; c < this.probaClasses.length; c++) {
        let p = cellNumber(row.value(k.drift[1 + c]!));
        if (p !== p) {
          sum = NaN;
          break;
        }
        p = p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
        sum += p;
        if (this.probaClasses[c] === labelText) py = p;
      }
      // A label without a probability column: the model gave it probability 0 (clipped to eps).
      if (sum === sum) a = -Math.log((py === py ? py : EPS) / sum);
    }
    cell.addClass(label, pred, a, b);
  }
}

class HeaderRead extends Error {}
