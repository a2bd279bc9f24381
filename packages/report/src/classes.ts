import type { Comparison } from "@mlops/core";
import { cell, details, formatCount, formatNumber, formatSigned, table } from "@mlops/core/markdown";

/*
 * The classification view: per-class precision, recall, F1 and support (baseline → candidate)
 * and the confusion-matrix diff (the cells that changed, signed), from the confusion matrices
 * evaluate stores in the Comparison (predictions.confusionMatrix: classes, the candidate's
 * matrix and, when the baseline was scored on the same rows, the baseline's). Rows are the true
 * class, columns the predicted one.
 */

export interface Confusion {
  classes: string[];
  candidate: number[][];
  baseline: number[][] | null;
}

function isMatrix(m: unknown, k: number): m is number[][] {
  return (
    Array.isArray(m) &&
    m.length === k &&
    m.every((r) => Array.isArray(r) && r.length === k && r.every((x) => Number.isFinite(x) && x >= 0))
  );
}

/** The confusion matrices of a Comparison, or null when absent or malformed. */
export function confusionOf(comparison: Comparison | null | undefined): Confusion | null {
  const raw = comparison?.predictions?.confusionMatrix as
    { classes?: unknown; matrix?: unknown; baseline?: unknown } | undefined;
  if (!raw || typeof raw !== "object" || !Array.isArray(raw.classes)) return null;
  const classes = raw.classes.map((c) => String(c));
  if (classes.length < 2 || !isMatrix(raw.matrix, classes.length)) return null;
  return {
    classes,
    candidate: raw.matrix,
    baseline: isMatrix(raw.baseline, classes.length) ? raw.baseline : null,
  };
}

export interface ClassScores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  support: number;
}

/** Precision, recall, F1 and support of each class from a confusion matrix. */
export function classScores(m: number[][]): ClassScores[] {
  return m.map((row, i) => {
    const tp = row[i]!;
    const support = row.reduce((a, b) => a + b, 0);
    const predicted = m.reduce((a, r) => a + r[i]!, 0);
    const precision = predicted > 0 ? tp / predicted : null;
    const recall = support > 0 ? tp / support : null;
    const f1 =
      precision !== null && recall !== null && precision + recall > 0
        ? (2 * precision * recall) / (precision + recall)
        : null;
    return { precision, recall, f1, support };
  });
}

function pair(b: number | null | undefined, c: number | null): string {
  const cand = formatNumber(c, 3);
  if (b === undefined) return cand;
  if (b === null || c === null) return `${formatNumber(b, 3)} → ${cand}`;
  const d = c - b;
  const mark = Math.abs(d) < 5e-4 ? "" : d > 0 ? " 🟢" : " 🔴";
  return `${formatNumber(b, 3)} → ${cand}${mark}`;
}

/** The per-class table: class | support | precision | recall | F1 (baseline → candidate). */
export function perClassTable(conf: Confusion): string {
  const cand = classScores(conf.candidate);
  const base = conf.baseline ? classScores(conf.baseline) : null;
  const what = base ? " (baseline → candidate)" : "";
  return table(
    ["class", "support", `precision${what}`, `recall${what}`, `F1${what}`],
    conf.classes.map((name, i) => {
      const c = cand[i]!;
      const b = base?.[i];
      return [
        cell(name, 60),
        formatCount(c.support),
        pair(b ? b.precision : undefined, c.precision),
        pair(b ? b.recall : undefined, c.recall),
        pair(b ? b.f1 : undefined, c.f1),
      ];
    }),
    ["left", "right", "right", "right", "right"],
  );
}

/**
 * The confusion-matrix diff (candidate − baseline; only the candidate's matrix without a
 * baseline): a full K×K table up to 8 classes, else the changed cells, largest first.
 */
export function confusionDiff(conf: Confusion, maxCells = 40): { markdown: string; changed: number } {
  const k = conf.classes.length;
  const diff = conf.baseline
    ? conf.candidate.map((row, i) => row.map((x, j) => x - conf.baseline![i]![j]!))
    : null;
  const changed = diff ? diff.flat().filter((x) => x !== 0).length : 0;
  const value = (i: number, j: number) => {
    if (!diff) return formatCount(conf.candidate[i]![j]!);
    const d = diff[i]![j]!;
    if (d === 0) return "·";
    // A diagonal cell gaining rows is good (more correct); an off-diagonal one, bad.
    const good = i === j ? d > 0 : d < 0;
    return `${good ? "🟢" : "🔴"} ${formatSigned(d, 0)}`;
  };
  if (k <= 8) {
    const headers = ["true ↓ · predicted →", ...conf.classes.map((c) => cell(c, 30))];
    const rows = conf.classes.map((c, i) => [
      `**${cell(c, 30)}**`,
      ...conf.classes.map((_, j) => value(i, j)),
    ]);
    return { markdown: table(headers, rows, ["left", ...conf.classes.map(() => "right" as const)]), changed };
  }
  const cells: { i: number; j: number; d: number }[] = [];
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const d = diff ? diff[i]![j]! : conf.candidate[i]![j]!;
      if (d !== 0 && (diff || i !== j)) cells.push({ i, j, d });
    }
  cells.sort((a, b) => Math.abs(b.d) - Math.abs(a.d) || a.i - b.i || a.j - b.j);
  const shown = cells.slice(0, maxCells);
  const t = table(
    ["true", "predicted", diff ? "change" : "rows"],
    shown.map((x) => [cell(conf.classes[x.i]!, 60), cell(conf.classes[x.j]!, 60), value(x.i, x.j)]),
    ["left", "left", "right"],
  );
  const more =
    cells.length > shown.length ? `\n\n${formatCount(cells.length - shown.length)} more cells.` : "";
  return { markdown: t + more, changed };
}

/** The classification section: per-class table, then the confusion diff, collapsed when large. */
export function classificationMarkdown(conf: Confusion): string {
  const k = conf.classes.length;
  const perClass = perClassTable(conf);
  const { markdown, changed } = confusionDiff(conf);
  const title = conf.baseline
    ? `Confusion matrix: candidate − baseline (${formatCount(changed)} cell${changed === 1 ? "" : "s"} changed; 🟢 more correct or fewer errors)`
    : "Confusion matrix of the candidate (rows: true class)";
  const large = k > 5;
  const perClassPart = large ? details(`Per-class scores (${k} classes)`, perClass) : perClass;
  return [`#### Per class`, perClassPart, details(title, markdown, !large)].join("\n\n");
}
