import { argsortFloat64 } from "./sort.js";

/*
 * Metric evaluators over typed arrays. Each computes all of its metrics from integer row
 * weights in one or a few passes, so the same code gives the point estimate (all weights 1)
 * and every bootstrap resample (Poisson weights) without allocating. The definitions follow
 * scikit-learn 1.2 (zero_division → 0, log loss clipped to machine epsilon then renormalised,
 * MAPE against max(|y|, eps), R² = 1 when both sums of squares are 0 and 0 when only the total
 * is), and fixtures check them against it to 1e-9.
 */

export interface MetricEvaluator {
  readonly names: readonly string[];
  /** Fills out[k] with metric names[k] under integer row weights W (one per row). */
  evaluate(W: Uint8Array, out: Float64Array): void;
}

export const EPS = 2.220446049250313e-16;

const AVERAGED = [
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "precision_micro",
  "recall_micro",
  "f1_micro",
  "precision_weighted",
  "recall_weighted",
  "f1_weighted",
];

/**
 * Accuracy and precision/recall/F1 (macro, micro, weighted) from a K×K confusion matrix of
 * weights (row = true class, column = predicted). Classes neither true nor predicted are left
 * out, as scikit-learn's unique_labels does. Writes 10 values from `at`.
 */
export function classificationFromConfusion(
  cm: Float64Array,
  K: number,
  out: Float64Array,
  at: number,
): void {
  let total = 0;
  let correct = 0;
  let pMacro = 0;
  let rMacro = 0;
  let fMacro = 0;
  let pW = 0;
  let rW = 0;
  let fW = 0;
  let support = 0;
  let present = 0;
  for (let k = 0; k < K; k++) {
    let trueK = 0;
    let predK = 0;
    for (let j = 0; j < K; j++) {
      trueK += cm[k * K + j]!;
      predK += cm[j * K + k]!;
    }
    const tp = cm[k * K + k]!;
    total += trueK;
    correct += tp;
    if (trueK + predK === 0) continue;
    present++;
    const p = predK > 0 ? tp / predK : 0;
    const r = trueK > 0 ? tp / trueK : 0;
    const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    pMacro += p;
    rMacro += r;
    fMacro += f;
    pW += trueK * p;
    rW += trueK * r;
    fW += trueK * f;
    support += trueK;
  }
  const acc = total > 0 ? correct / total : NaN;
  out[at] = acc;
  out[at + 1] = present ? pMacro / present : NaN;
  out[at + 2] = present ? rMacro / present : NaN;
  out[at + 3] = present ? fMacro / present : NaN;
  out[at + 4] = acc;
  out[at + 5] = acc;
  out[at + 6] = acc;
  out[at + 7] = support > 0 ? pW / support : 0;
  out[at + 8] = support > 0 ? rW / support : 0;
  out[at + 9] = support > 0 ? fW / support : 0;
}

/** Tie groups in sorted order: end[i] = 1 when sorted value i differs from value i + 1. */
function groupEnds(values: Float64Array, perm: Int32Array): Uint8Array {
  const n = perm.length;
  const end = new Uint8Array(n);
  for (let i = 0; i < n - 1; i++) end[i] = values[perm[i]!] !== values[perm[i + 1]!] ? 1 : 0;
  if (n) end[n - 1] = 1;
  return end;
}

function isIdentity(perm: Int32Array): boolean {
  for (let i = 0; i < perm.length; i++) if (perm[i] !== i) return false;
  return true;
}

/** The log loss of one binary row as scikit-learn computes it: clip, then −log. */
export function binaryRowLoss(y: number, p: number): number {
  const q = p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
  return y ? -Math.log(q) : -Math.log(1 - q);
}

export interface BinaryInput {
  /** 1 for the positive class. */
  y: Uint8Array;
  /** Predicted class (1 positive). */
  pred: Uint8Array;
  /** Score or probability of the positive class, or null. */
  score: Float64Array | null;
  /** The score is a probability in [0, 1]: log loss is defined. */
  probability: boolean;
  /** Precomputed ascending order of score (argsortFloat64), to share work. */
  order?: Int32Array;
}

/**
 * Binary classification: confusion counts, ROC AUC by a weighted Mann–Whitney U over one
 * pre-sorted order (ties count ½), log loss from precomputed per-row losses — one pass.
 */
export class BinaryEvaluator implements MetricEvaluator {
  readonly names: string[];
  readonly n: number;
  /** Sorted order (null when rows are already in score order, or there is no score). */
  private readonly perm: Int32Array | null;
  /** y*2 + pred, in sorted order. */
  private readonly code: Uint8Array;
  private readonly end: Uint8Array | null;
  private readonly loss: Float64Array | null;
  private readonly cm = new Float64Array(4);
  readonly order: Int32Array | null;

  constructor(input: BinaryInput) {
    const { y, pred, score } = input;
    const n = (this.n = y.length);
    this.names = ["accuracy", "precision", "recall", "f1", ...AVERAGED];
    if (score) this.names.push("roc_auc");
    if (score && input.probability) this.names.push("log_loss");
    const order = score ? (input.order ?? argsortFloat64(score)) : null;
    this.order = order;
    this.perm = order && !isIdentity(order) ? order : null;
    this.code = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const r = order ? order[i]! : i;
      this.code[i] = y[r]! * 2 + pred[r]!;
    }
    this.end = score && order ? groupEnds(score, order) : null;
    if (score && input.probability) {
      const loss = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const r = order ? order[i]! : i;
        loss[i] = binaryRowLoss(y[r]!, score[r]!);
      }
      this.loss = loss;
    } else this.loss = null;
  }

  evaluate(W: Uint8Array, out: Float64Array): void {
    const n = this.n;
    const code = this.code;
    const cm = this.cm;
    cm.fill(0);
    let U = 0;
    let L = 0;
    const end = this.end;
    if (!end) {
      for (let i = 0; i < n; i++) cm[code[i]!]! += W[i]!;
    } else {
      const loss = this.loss;
      const perm = this.perm;
      let gp = 0;
      let gn = 0;
      let cumN = 0;
      if (perm) {
        for (let i = 0; i < n; i++) {
          const w = W[perm[i]!]!;
          const c = code[i]!;
          cm[c]! += w;
          const wp = w * (c >> 1);
          gp += wp;
          gn += w - wp;
          if (end[i]) {
            U += gp * (cumN + 0.5 * gn);
            cumN += gn;
            gp = 0;
            gn = 0;
          }
        }
      } else {
        for (let i = 0; i < n; i++) {
          const w = W[i]!;
          const c = code[i]!;
          cm[c]! += w;
          const wp = w * (c >> 1);
          gp += wp;
          gn += w - wp;
          if (end[i]) {
            U += gp * (cumN + 0.5 * gn);
            cumN += gn;
            gp = 0;
            gn = 0;
          }
        }
      }
      if (loss) {
        if (perm) for (let i = 0; i < n; i++) L += W[perm[i]!]! * loss[i]!;
        else for (let i = 0; i < n; i++) L += W[i]! * loss[i]!;
      }
    }
    const tn = cm[0]!;
    const fp = cm[1]!;
    const fn = cm[2]!;
    const tp = cm[3]!;
    const total = tn + fp + fn + tp;
    out[0] = total > 0 ? (tp + tn) / total : NaN;
    out[1] = tp + fp > 0 ? tp / (tp + fp) : 0;
    out[2] = tp + fn > 0 ? tp / (tp + fn) : 0;
    out[3] = out[1] + out[2] > 0 ? (2 * out[1] * out[2]) / (out[1] + out[2]) : 0;
    classificationFromConfusion(cm, 2, out, 3);
    // classificationFromConfusion wrote accuracy at 3: move f1 back.
    out[3] = out[1] + out[2] > 0 ? (2 * out[1] * out[2]) / (out[1] + out[2]) : 0;
    if (end) {
      const P = tp + fn;
      const N = tn + fp;
      out[13] = P > 0 && N > 0 ? U / (P * N) : NaN;
      if (this.loss) out[14] = total > 0 ? L / total : NaN;
    }
  }
}

export interface MulticlassInput {
  /** Class index per row, 0…K−1. */
  y: Int32Array;
  pred: Int32Array;
  K: number;
  /** Row-major n×K class probabilities (columns in class order), or null. */
  proba: Float64Array | null;
}

/**
 * Multiclass: accuracy, precision/recall/F1 macro/micro/weighted from a weighted confusion
 * matrix; one-vs-rest ROC AUC (macro and prevalence-weighted) over K pre-sorted orders; log
 * loss from per-row losses (probabilities clipped and renormalised, as scikit-learn does).
 */
export class MulticlassEvaluator implements MetricEvaluator {
  readonly names: string[];
  private readonly cm: Float64Array;
  private readonly perms: Int32Array[] = [];
  private readonly isPos: Uint8Array[] = [];
  private readonly ends: Uint8Array[] = [];
  private readonly loss: Float64Array | null = null;
  private readonly code: Int32Array;

  constructor(private readonly input: MulticlassInput) {
    const { y, pred, K, proba } = input;
    const n = y.length;
    this.cm = new Float64Array(K * K);
    this.code = new Int32Array(n);
    for (let i = 0; i < n; i++) this.code[i] = y[i]! * K + pred[i]!;
    this.names = ["accuracy", ...AVERAGED];
    if (proba) {
      this.names.push("roc_auc_ovr", "roc_auc_ovr_weighted", "log_loss");
      const col = new Float64Array(n);
      for (let k = 0; k < K; k++) {
        for (let i = 0; i < n; i++) col[i] = proba[i * K + k]!;
        const perm = argsortFloat64(col);
        const pos = new Uint8Array(n);
        for (let i = 0; i < n; i++) pos[i] = y[perm[i]!] === k ? 1 : 0;
        this.perms.push(perm);
        this.isPos.push(pos);
        this.ends.push(groupEnds(col, perm));
      }
      const loss = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let k = 0; k < K; k++) {
          const p = proba[i * K + k]!;
          sum += p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
        }
        const p = proba[i * K + y[i]!]!;
        loss[i] = -Math.log((p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p) / sum);
      }
      this.loss = loss;
    }
  }

  evaluate(W: Uint8Array, out: Float64Array): void {
    const { K } = this.input;
    const cm = this.cm;
    cm.fill(0);
    const code = this.code;
    const n = code.length;
    for (let i = 0; i < n; i++) cm[code[i]!]! += W[i]!;
    const tmp = out;
    classificationFromConfusion(cm, K, tmp, 0);
    if (!this.loss) return;
    let macro = 0;
    let weighted = 0;
    let classes = 0;
    let support = 0;
    for (let k = 0; k < K; k++) {
      const perm = this.perms[k]!;
      const pos = this.isPos[k]!;
      const end = this.ends[k]!;
      let gp = 0;
      let gn = 0;
      let cumN = 0;
      let U = 0;
      let P = 0;
      for (let i = 0; i < n; i++) {
        const w = W[perm[i]!]!;
        const wp = w * pos[i]!;
        gp += wp;
        gn += w - wp;
        if (end[i]) {
          U += gp * (cumN + 0.5 * gn);
          cumN += gn;
          P += gp;
          gp = 0;
          gn = 0;
        }
      }
      if (P > 0 && cumN > 0) {
        const auc = U / (P * cumN);
        macro += auc;
        weighted += P * auc;
        classes++;
        support += P;
      } else if (P > 0) {
        classes = NaN; // a class with no negatives: undefined, as in scikit-learn
      }
    }
    out[10] = classes > 0 ? macro / classes : NaN;
    out[11] = support > 0 && classes > 0 ? weighted / support : NaN;
    let L = 0;
    let total = 0;
    const loss = this.loss;
    for (let i = 0; i < n; i++) {
      L += W[i]! * loss[i]!;
      total += W[i]!;
    }
    out[12] = total > 0 ? L / total : NaN;
  }
}

/** Regression: RMSE, MSE, MAE, R², MAPE in one pass of weighted sums. */
export class RegressionEvaluator implements MetricEvaluator {
  readonly names = ["rmse", "mse", "mae", "r2", "mape"];
  private readonly e2: Float64Array;
  private readonly ae: Float64Array;
  private readonly ape: Float64Array;
  private readonly yc: Float64Array;

  constructor(y: Float64Array, pred: Float64Array) {
    const n = y.length;
    this.e2 = new Float64Array(n);
    this.ae = new Float64Array(n);
    this.ape = new Float64Array(n);
    this.yc = new Float64Array(n);
    let mean = 0;
    for (let i = 0; i < n; i++) mean += y[i]!;
    mean = n ? mean / n : 0;
    for (let i = 0; i < n; i++) {
      const e = pred[i]! - y[i]!;
      this.e2[i] = e * e;
      this.ae[i] = Math.abs(e);
      this.ape[i] = Math.abs(e) / Math.max(Math.abs(y[i]!), EPS);
      this.yc[i] = y[i]! - mean; // centred: the one-pass total sum of squares stays accurate
    }
  }

  evaluate(W: Uint8Array, out: Float64Array): void {
    const { e2, ae, ape, yc } = this;
    let sw = 0;
    let se2 = 0;
    let sae = 0;
    let sape = 0;
    let sy = 0;
    let sy2 = 0;
    for (let i = 0; i < e2.length; i++) {
      const w = W[i]!;
      sw += w;
      se2 += w * e2[i]!;
      sae += w * ae[i]!;
      sape += w * ape[i]!;
      const v = yc[i]!;
      sy += w * v;
      sy2 += w * v * v;
    }
    const mse = sw > 0 ? se2 / sw : NaN;
    out[0] = Math.sqrt(mse);
    out[1] = mse;
    out[2] = sw > 0 ? sae / sw : NaN;
    const ssTot = sy2 - (sy * sy) / sw;
    out[3] = !(sw > 0) ? NaN : ssTot > 0 ? 1 - se2 / ssTot : se2 === 0 ? 1 : 0;
    out[4] = sw > 0 ? sape / sw : NaN;
  }
}
