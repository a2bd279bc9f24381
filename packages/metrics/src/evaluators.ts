import type { ResidualSummary } from "@mlops/core";
import { allocNew, type Alloc } from "./scratch.js";
import { argsortFloat64, permuteInPlace } from "./sort.js";

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
 * Accuracy, precision/recall/F1 (macro, micro, weighted) and balanced accuracy from a K×K
 * confusion matrix of weights (row = true class, column = predicted). Classes neither true nor
 * predicted are left out, as scikit-learn's unique_labels does; balanced accuracy is the mean
 * recall over the classes with true rows (balanced_accuracy_score drops a class only predicted).
 * Writes 11 values from `at` (AVERAGED's order, then balanced accuracy).
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
  let balanced = 0;
  let trueClasses = 0;
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
    if (trueK > 0) {
      balanced += tp / trueK;
      trueClasses++;
    }
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
  out[at + 10] = trueClasses > 0 ? balanced / trueClasses : NaN;
}

/** Tie groups in sorted order: end[i] = 1 when sorted value i differs from value i + 1. */
function groupEnds(values: Float64Array, perm: Int32Array): Uint8Array {
  const n = perm.length;
  const end = new Uint8Array(n);
  for (let i = 0; i < n - 1; i++) end[i] = values[perm[i]!] !== values[perm[i + 1]!] ? 1 : 0;
  if (n) end[n - 1] = 1;
  return end;
}

/** The log loss of one binary row as scikit-learn computes it: clip, then −log. */
export function binaryRowLoss(y: number, p: number): number {
  const q = p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
  return y ? -Math.log(q) : -Math.log(1 - q);
}

/** Scores with at most this many distinct values are evaluated from a histogram. */
const HISTOGRAM_GROUPS = 16384;

export interface BinaryInput {
  /** 1 for the positive class. */
  y: Uint8Array;
  /** Predicted class (1 positive). */
  pred: Uint8Array;
  /** Score or probability of the positive class, or null. */
  score: Float64Array | null;
  /** The score is a probability in [0, 1]: log loss is defined. */
  probability: boolean;
  /** Precomputed ascending order of score (argsortFloat64), kept as the evaluator's row index. */
  order?: Int32Array;
  /** The rows are already in ascending score order: no order is computed or kept. */
  sorted?: boolean;
  /**
   * The evaluator may overwrite `score` (it becomes the per-row losses, in score order), so a
   * large evaluation holds no second array of doubles. The caller must not read it afterwards.
   */
  consumeScore?: boolean;
  /** Use the histogram form up to this many distinct scores (default 16384; 0 never). */
  histogramMaxGroups?: number;
  /** Where the per-row arrays come from (default: allocated). */
  alloc?: Alloc;
}

/** Per-row flags of the sorted form: the label, the predicted class, the last row of a tie group. */
const POSITIVE = 1;
const PREDICTED = 2;
const GROUP_END = 4;

/** DeLong's structural components of one model, from its tie groups (unweighted). */
export interface Structural {
  auc: number;
  positives: number;
  negatives: number;
}

/**
 * Binary classification. With many distinct scores, the rows are kept in ascending score order
 * as one byte of flags each (label, predicted class, end of a tie group), the per-row log loss,
 * and the row index (none when the rows are already in score order): 13 bytes a row, 9 without
 * the index. One pass per resample gathers the weights and accumulates the confusion counts, the
 * log loss and ROC AUC as the weighted Mann–Whitney U (each tie group adds its positive weight ×
 * (negative weight below + ½ its own)); weights are small integers, so every count and U are
 * exact. Few distinct scores (a rate table, a tree): a histogram over (score group, label,
 * prediction) from a 4-byte key per row. No score: one byte per row.
 */
export class BinaryEvaluator implements MetricEvaluator {
  readonly names: string[];
  readonly n: number;
  /** The ascending score order (the row of each sorted position); null when rows are in order or there is no score. */
  readonly order: Int32Array | null;
  private readonly cm = new Float64Array(4);
  // Sorted form: flags and losses per sorted position.
  private readonly flags: Uint8Array | null = null;
  private loss: Float64Array | null = null;
  /** The losses were handed over (releaseLoss): evaluate() would be wrong. */
  private released = false;
  /** Most rows end a tie group, or ends are unpredictable: a pass without the branch. */
  private readonly flat: boolean = false;
  // Without a score: the label/prediction bits per row.
  private readonly bits: Uint8Array | null = null;
  // Few distinct scores: key = (group · 2 + y) · 2 + pred per row, and counts per key.
  private readonly key: Int32Array | null = null;
  private readonly hist: Int32Array | null = null;
  private readonly groupLoss: Float64Array | null = null;

  constructor(input: BinaryInput) {
    const { y, pred, score } = input;
    const alloc = input.alloc ?? allocNew;
    const n = (this.n = y.length);
    this.names = ["accuracy", "precision", "recall", "f1", ...AVERAGED, "balanced_accuracy"];
    if (score) this.names.push("roc_auc");
    const probability = !!score && input.probability;
    if (probability) this.names.push("log_loss");
    this.order = null;
    if (!score) {
      const bits = alloc(Uint8Array, n);
      for (let i = 0; i < n; i++) bits[i] = y[i]! | (pred[i]! << 1);
      this.bits = bits;
      return;
    }
    const order = input.sorted ? null : (input.order ?? argsortFloat64(score));
    const at = order ? (i: number) => order[i]! : (i: number) => i;
    let groups = 0;
    for (let i = 0; i < n; i++) if (i === 0 || score[at(i)] !== score[at(i - 1)]) groups++;
    if (groups <= (input.histogramMaxGroups ?? HISTOGRAM_GROUPS)) {
      // key = ((group · 2 + y) · 2 + pred), in row order: no sorted pass per resample at all.
      const key = alloc(Int32Array, n);
      const groupLoss = new Float64Array(groups * 2);
      let g = -1;
      for (let i = 0; i < n; i++) {
        const r = at(i);
        if (i === 0 || score[r] !== score[at(i - 1)]) {
          g++;
          groupLoss[2 * g] = binaryRowLoss(0, score[r]!);
          groupLoss[2 * g + 1] = binaryRowLoss(1, score[r]!);
        }
        key[r] = (g * 2 + y[r]!) * 2 + pred[r]!;
      }
      this.key = key;
      this.hist = new Int32Array(groups * 4);
      this.groupLoss = probability ? groupLoss : null;
      return;
    }
    this.order = order;
    // Measured on 1M rows: the flat pass wins unless tie groups are long (rare ends, well predicted).
    this.flat = groups > 0.1 * n;
    const flags = alloc(Uint8Array, n);
    for (let i = 0; i < n; i++) {
      const r = at(i);
      const end = i === n - 1 || score[r] !== score[at(i + 1)] ? GROUP_END : 0;
      flags[i] = (y[r] ? POSITIVE : 0) | (pred[r] ? PREDICTED : 0) | end;
    }
    this.flags = flags;
    if (!probability) return;
    let loss: Float64Array;
    if (input.consumeScore) {
      // The score array becomes the losses in sorted order: permuted in place, then mapped.
      if (order) permuteInPlace(score, order);
      loss = score;
      for (let i = 0; i < n; i++) loss[i] = binaryRowLoss(flags[i]! & POSITIVE, loss[i]!);
    } else {
      loss = alloc(Float64Array, n);
      for (let i = 0; i < n; i++) loss[i] = binaryRowLoss(flags[i]! & POSITIVE, score[at(i)]!);
    }
    this.loss = loss;
  }

  /**
   * Hands the per-row losses over (the score array it took over, or its own), once no metric is
   * evaluated any more: DeLong's test uses them as its scratch. Null without losses.
   */
  releaseLoss(): Float64Array | null {
    const loss = this.loss;
    this.loss = null;
    if (loss) this.released = true;
    return loss;
  }

  evaluate(W: Uint8Array, out: Float64Array): void {
    if (this.released) throw new Error("BinaryEvaluator: evaluate() after releaseLoss()");
    let T = 0; // total weight
    let P = 0; // positive weight
    let PP = 0; // predicted-positive weight
    let TP = 0;
    let U = 0;
    let L = 0;
    const bits = this.bits;
    const hist = this.hist;
    const flags = this.flags;
    if (hist) {
      const key = this.key!;
      hist.fill(0);
      for (let i = 0; i < this.n; i++) hist[key[i]!]! += W[i]!;
      const groupLoss = this.groupLoss;
      let cum = 0;
      for (let g = 0; g < hist.length; g += 4) {
        const n0 = hist[g]! + hist[g + 1]!;
        const p = hist[g + 2]! + hist[g + 3]!;
        U += p * (cum + 0.5 * n0);
        cum += n0;
        P += p;
        PP += hist[g + 1]! + hist[g + 3]!;
        TP += hist[g + 3]!;
        if (groupLoss) L += n0 * groupLoss[g >> 1]! + p * groupLoss[(g >> 1) + 1]!;
      }
      T = P + cum;
    } else if (bits) {
      for (let i = 0; i < this.n; i++) {
        const w = W[i]!;
        const b = bits[i]!;
        T += w;
        P += w * (b & 1);
        PP += w * (b >> 1);
        TP += w * (b & (b >> 1));
      }
    } else if (flags) {
      const s = sortedPass(W, flags, this.order, this.loss, this.flat);
      T = s[0]!;
      P = s[1]!;
      PP = s[2]!;
      TP = s[3]!;
      U = s[4]!;
      L = s[5]!;
    }
    const tp = TP;
    const fp = PP - TP;
    const fn = P - TP;
    const tn = T - P - fp;
    const cm = this.cm;
    cm[0] = tn;
    cm[1] = fp;
    cm[2] = fn;
    cm[3] = tp;
    classificationFromConfusion(cm, 2, out, 3);
    out[0] = T > 0 ? (tp + tn) / T : NaN;
    out[1] = tp + fp > 0 ? tp / (tp + fp) : 0;
    out[2] = tp + fn > 0 ? tp / (tp + fn) : 0;
    // classificationFromConfusion wrote accuracy at 3: F1 goes there.
    out[3] = out[1] + out[2] > 0 ? (2 * out[1] * out[2]) / (out[1] + out[2]) : 0;
    if (!bits) {
      const N = T - P;
      out[14] = P > 0 && N > 0 ? U / (P * N) : NaN;
      if (this.names.length > 15) out[15] = T > 0 ? L / T : NaN;
    }
  }

  /**
   * DeLong's structural components (Sun & Xu 2014's midrank form, unweighted): calls
   * visit(row, positive, v) for every row, v = V10 (the share of negatives scored below, ties ½)
   * for a positive and V01 (the share of positives scored above) for a negative. Null without a
   * score.
   */
  structural(visit: (row: number, positive: boolean, v: number) => void): Structural | null {
    const n = this.n;
    if (this.key) {
      const key = this.key;
      const count = new Float64Array(this.hist!.length >> 1); // (group, label)
      for (let i = 0; i < n; i++) count[key[i]! >> 1]!++;
      let m = 0;
      for (let g = 1; g < count.length; g += 2) m += count[g]!;
      const nNeg = n - m;
      const v = new Float64Array(count.length);
      let belowPos = 0;
      let belowNeg = 0;
      let sum10 = 0;
      for (let g = 0; g < count.length; g += 2) {
        const gn = count[g]!;
        const gp = count[g + 1]!;
        v[g + 1] = (belowNeg + gn / 2) / nNeg;
        v[g] = (m - belowPos - gp / 2) / m;
        sum10 += gp * v[g + 1]!;
        belowPos += gp;
        belowNeg += gn;
      }
      for (let r = 0; r < n; r++) {
        const c = key[r]! >> 1;
        visit(r, (c & 1) === 1, v[c]!);
      }
      return { auc: sum10 / m, positives: m, negatives: nNeg };
    }
    const flags = this.flags;
    if (!flags) return null;
    const order = this.order;
    let m = 0;
    for (let i = 0; i < n; i++) m += flags[i]! & POSITIVE;
    const nNeg = n - m;
    let belowPos = 0;
    let belowNeg = 0;
    let sum10 = 0;
    let i = 0;
    while (i < n) {
      let j = i;
      let gp = 0;
      for (;;) {
        const f = flags[j++]!;
        gp += f & POSITIVE;
        if (f & GROUP_END) break;
      }
      const gn = j - i - gp;
      // (rank among all − rank among positives) / negatives, as scikit-learn's midranks give it
      const v10 = (belowNeg + gn / 2) / nNeg;
      const v01 = (m - belowPos - gp / 2) / m;
      sum10 += gp * v10;
      for (let k = i; k < j; k++) {
        const positive = (flags[k]! & POSITIVE) === 1;
        visit(order ? order[k]! : k, positive, positive ? v10 : v01);
      }
      belowPos += gp;
      belowNeg += gn;
      i = j;
    }
    return { auc: sum10 / m, positives: m, negatives: nNeg };
  }
}

/**
 * One weighted pass over the rows in score order: [T, P, PP, TP, U, L]. Specialised loops (V8
 * does not hoist a loop-invariant test): weights read in order (the candidate) or gathered by
 * the row index (the baseline), with or without log loss.
 */
const passOut = new Float64Array(6);
function sortedPass(
  W: Uint8Array,
  flags: Uint8Array,
  order: Int32Array | null,
  loss: Float64Array | null,
  flat: boolean,
) {
  if (loss && flat) return order ? passGatherLossFlat(W, flags, order, loss) : passLossFlat(W, flags, loss);
  if (loss) return order ? passGatherLoss(W, flags, order, loss) : passLoss(W, flags, loss);
  const n = flags.length;
  let P = 0;
  let PP = 0;
  let TP = 0;
  let U2 = 0;
  let cumN = 0;
  let gp = 0;
  let gn = 0;
  for (let i = 0; i < n; i++) {
    const w = order ? W[order[i]!]! : W[i]!;
    const f = flags[i]!;
    const wp = w * (f & POSITIVE);
    const pr = (f >> 1) & 1;
    gp += wp;
    gn += w - wp;
    PP += w * pr;
    TP += wp * pr;
    if (f & GROUP_END) {
      U2 += gp * (2 * cumN + gn);
      cumN += gn;
      P += gp;
      gp = 0;
      gn = 0;
    }
  }
  return passResult(P, cumN, PP, TP, U2, 0);
}

function passResult(P: number, N: number, PP: number, TP: number, U2: number, L: number): Float64Array {
  passOut[0] = P + N;
  passOut[1] = P;
  passOut[2] = PP;
  passOut[3] = TP;
  passOut[4] = U2 / 2; // 2U: integer arithmetic until here
  passOut[5] = L;
  return passOut;
}

/** Weights in order, with log loss. Each tie group adds gp · (2 · negatives below + gn) to 2U. */
function passLoss(W: Uint8Array, flags: Uint8Array, loss: Float64Array): Float64Array {
  const n = flags.length;
  let P = 0;
  let PP = 0;
  let TP = 0;
  let U2 = 0;
  let L = 0;
  let cumN = 0;
  let gp = 0;
  let gn = 0;
  for (let i = 0; i < n; i++) {
    const w = W[i]!;
    const f = flags[i]!;
    const wp = w * (f & POSITIVE);
    const pr = (f >> 1) & 1;
    gp += wp;
    gn += w - wp;
    PP += w * pr;
    TP += wp * pr;
    L += w * loss[i]!;
    if (f & GROUP_END) {
      U2 += gp * (2 * cumN + gn);
      cumN += gn;
      P += gp;
      gp = 0;
      gn = 0;
    }
  }
  return passResult(P, cumN, PP, TP, U2, L);
}

/** passLoss with the weights gathered through the row index. */
function passGatherLoss(
  W: Uint8Array,
  flags: Uint8Array,
  order: Int32Array,
  loss: Float64Array,
): Float64Array {
  const n = flags.length;
  let P = 0;
  let PP = 0;
  let TP = 0;
  let U2 = 0;
  let L = 0;
  let cumN = 0;
  let gp = 0;
  let gn = 0;
  for (let i = 0; i < n; i++) {
    const w = W[order[i]!]!;
    const f = flags[i]!;
    const wp = w * (f & POSITIVE);
    const pr = (f >> 1) & 1;
    gp += wp;
    gn += w - wp;
    PP += w * pr;
    TP += wp * pr;
    L += w * loss[i]!;
    if (f & GROUP_END) {
      U2 += gp * (2 * cumN + gn);
      cumN += gn;
      P += gp;
      gp = 0;
      gn = 0;
    }
  }
  return passResult(P, cumN, PP, TP, U2, L);
}

/** passLoss without a branch at the end of a tie group (for tie groups of mixed sizes, where it mispredicts). */
function passLossFlat(W: Uint8Array, flags: Uint8Array, loss: Float64Array): Float64Array {
  const n = flags.length;
  let P = 0;
  let PP = 0;
  let TP = 0;
  let U2 = 0;
  let L = 0;
  let cumN = 0;
  let gp = 0;
  let gn = 0;
  for (let i = 0; i < n; i++) {
    const w = W[i]!;
    const f = flags[i]!;
    const wp = w * (f & POSITIVE);
    const pr = (f >> 1) & 1;
    gp += wp;
    gn += w - wp;
    PP += w * pr;
    TP += wp * pr;
    L += w * loss[i]!;
    const e = f >> 2; // GROUP_END, as 0 or 1
    U2 += e * gp * (2 * cumN + gn);
    cumN += e * gn;
    P += e * gp;
    gp -= e * gp;
    gn -= e * gn;
  }
  return passResult(P, cumN, PP, TP, U2, L);
}

/** passGatherLoss without a branch at the end of a tie group. */
function passGatherLossFlat(
  W: Uint8Array,
  flags: Uint8Array,
  order: Int32Array,
  loss: Float64Array,
): Float64Array {
  const n = flags.length;
  let P = 0;
  let PP = 0;
  let TP = 0;
  let U2 = 0;
  let L = 0;
  let cumN = 0;
  let gp = 0;
  let gn = 0;
  for (let i = 0; i < n; i++) {
    const w = W[order[i]!]!;
    const f = flags[i]!;
    const wp = w * (f & POSITIVE);
    const pr = (f >> 1) & 1;
    gp += wp;
    gn += w - wp;
    PP += w * pr;
    TP += wp * pr;
    L += w * loss[i]!;
    const e = f >> 2; // GROUP_END, as 0 or 1
    U2 += e * gp * (2 * cumN + gn);
    cumN += e * gn;
    P += e * gp;
    gp -= e * gp;
    gn -= e * gn;
  }
  return passResult(P, cumN, PP, TP, U2, L);
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
    this.names = ["accuracy", ...AVERAGED, "balanced_accuracy"];
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
    out[11] = classes > 0 ? macro / classes : NaN;
    out[12] = support > 0 && classes > 0 ? weighted / support : NaN;
    let L = 0;
    let total = 0;
    const loss = this.loss;
    for (let i = 0; i < n; i++) {
      L += W[i]! * loss[i]!;
      total += W[i]!;
    }
    out[13] = total > 0 ? L / total : NaN;
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

/** The residual quantiles a ResidualSummary reports, in order. */
export const RESIDUAL_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/**
 * numpy.quantile's default ("linear") of an ascending array at p: the virtual index (n − 1)·p,
 * interpolated between its neighbours as numpy's _lerp does (from the nearer end).
 */
function linearQuantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const t = h - lo;
  const a = sorted[lo]!;
  if (lo + 1 >= sorted.length) return a;
  const b = sorted[lo + 1]!;
  const d = b - a;
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}

/**
 * A regression model's errors: residual = prediction − label per row; MAE, RMSE, bias (mean
 * residual) and the residual quantiles at RESIDUAL_QUANTILES (numpy's linear interpolation).
 * Copies the residuals into one Float64Array (sorted in place for the quantiles) and nothing
 * else, so 10,000,000 rows take 80 MB. Throws a RangeError for arrays of different lengths,
 * no rows, or a non-finite residual (naming its row, 1-based).
 */
export function summarizeResiduals(
  labels: ArrayLike<number>,
  predictions: ArrayLike<number>,
): ResidualSummary {
  const n = labels.length;
  if (predictions.length !== n)
    throw new RangeError(
      `summarizeResiduals: ${n} labels but ${predictions.length} predictions (expected one prediction per label)`,
    );
  if (n === 0)
    throw new RangeError("summarizeResiduals: no rows (expected at least one label and prediction)");
  const r = new Float64Array(n);
  // Neumaier-compensated sums: 10M rows stay accurate to ~1e-16 relative, like numpy's pairwise sum.
  let s = 0;
  let sc = 0;
  let a = 0;
  let ac = 0;
  let q = 0;
  let qc = 0;
  for (let i = 0; i < n; i++) {
    const e = predictions[i]! - labels[i]!;
    if (!Number.isFinite(e))
      throw new RangeError(
        `summarizeResiduals: row ${i + 1}: prediction ${predictions[i]} − label ${labels[i]} is not a finite number`,
      );
    r[i] = e;
    let t = s + e;
    sc += Math.abs(s) >= Math.abs(e) ? s - t + e : e - t + s;
    s = t;
    const ae = Math.abs(e);
    t = a + ae;
    ac += a >= ae ? a - t + ae : ae - t + a;
    a = t;
    const e2 = e * e;
    t = q + e2;
    qc += q >= e2 ? q - t + e2 : e2 - t + q;
    q = t;
  }
  r.sort();
  return {
    rows: n,
    mae: (a + ac) / n,
    rmse: Math.sqrt((q + qc) / n),
    bias: (s + sc) / n,
    quantiles: RESIDUAL_QUANTILES.map((p) => ({ p, value: linearQuantile(r, p) })),
  };
}
