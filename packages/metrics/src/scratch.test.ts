import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pairedBootstrap, pointEstimates } from "./bootstrap.js";
import { hashId, IdIndex, type IdColumn } from "./columns.js";
import type { BinaryEvaluator } from "./evaluators.js";
import { delongOf } from "./paired-tests.js";
import { readPredictions, type ColumnNames } from "./predictions.js";
import { Scratch } from "./scratch.js";
import { evaluatorFor, orderByCandidateScore, prepareTask, type PreparedTask } from "./task.js";

const names = (over: Partial<ColumnNames> = {}): ColumnNames & { task: "auto"; threshold: number } => ({
  label: "label",
  prediction: "prediction",
  score: "score",
  slices: [],
  task: "auto",
  threshold: 0.5,
  ...over,
});

describe("Scratch", () => {
  it("hands out zeroed views of given bytes, smallest fit first, aligned; allocates when nothing fits", () => {
    const s = new Scratch();
    const big = new Uint8Array(1000).fill(7);
    const small = new Float64Array(20).fill(3); // 160 bytes
    s.give(big);
    s.give(small);
    expect(s.bytes).toBe(1160);
    const a = s.take(Uint8Array, 100);
    expect(a.buffer).toBe(small.buffer); // the smallest region that holds it
    expect(Array.from(a)).toEqual(new Array(100).fill(0));
    const b = s.take(Float64Array, 8); // 64 bytes: `small` has 60 left (from 104 once aligned to 8)
    expect(b.buffer).toBe(big.buffer);
    expect(b.byteOffset % 8).toBe(0);
    const c = s.take(Int32Array, 10); // the 60 bytes left of `small` fit 10 ints from byte 100
    expect(c.buffer).toBe(small.buffer);
    expect(c.byteOffset).toBe(100);
    const d = s.take(Float64Array, 1000); // 8000 bytes: nothing holds them
    expect(d.buffer).not.toBe(big.buffer);
    expect(d.buffer).not.toBe(small.buffer);
    expect(d.length).toBe(1000);
  });

  it("merges bytes given back next to a region of the same buffer", () => {
    const s = new Scratch();
    const buffer = new ArrayBuffer(800);
    s.give(new Int32Array(buffer, 0, 100));
    s.give(new Int32Array(buffer, 400, 100));
    const whole = s.take(Float64Array, 100); // only as one region of 800 bytes
    expect(whole.buffer).toBe(buffer);
    expect(s.bytes).toBe(0);
    s.give(whole);
    expect(s.take(Int32Array, 200).buffer).toBe(buffer);
  });
});

describe("IdIndex", () => {
  const column = (keys: string[]): IdColumn => {
    const hi = new Uint32Array(keys.length);
    const lo = new Uint32Array(keys.length);
    const h = new Uint32Array(2);
    keys.forEach((k, i) => {
      hashId(k, h);
      hi[i] = h[0]!;
      lo[i] = h[1]!;
    });
    return { length: keys.length, hi, lo, texts: null };
  };

  it("finds every id in a table of about 4/3 slots a row, misses absent ones, reports the first repeat", () => {
    const keys = Array.from({ length: 3001 }, (_, i) => `id-${i * 7}`);
    const index = new IdIndex(column(keys), () => {
      throw new Error("no duplicate expected");
    });
    const h = new Uint32Array(2);
    keys.forEach((k, i) => expect(index.rowOfKey(k, h)).toBe(i));
    for (let i = 0; i < 500; i++) expect(index.rowOfKey(`id-${i * 7 + 3}`, h)).toBe(-1);
    const repeated = ["a", "b", "c", "b", "a"];
    expect(
      () =>
        new IdIndex(column(repeated), (row, first) => {
          throw new Error(`row ${row} repeats row ${first}`);
        }),
    ).toThrow("row 3 repeats row 1");
    const slots = index.release();
    expect(slots.length).toBe(Math.ceil(3001 / 0.75));
    expect(index.rowOfKey(keys[5]!, h)).toBe(-1); // spent
  });
});

/** Two prediction files of the same rows, the baseline's shuffled; scores with `decimals` (ties). */
async function pair(n: number, baselineText?: (rows: string[]) => string[], decimals = 4) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "scratch-"));
  let seed = 12345;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const cand: string[] = [];
  const base: string[] = [];
  for (let i = 0; i < n; i++) {
    const y = rand() < 0.4 ? 1 : 0;
    const a = Math.min(1, Math.max(0, 0.3 * y + 0.7 * rand()));
    const b = Math.min(1, Math.max(0, 0.2 * y + 0.8 * rand()));
    cand.push(`${1000 + 3 * i},${y},${a.toFixed(decimals)}`);
    base.push(`${1000 + 3 * i},${y},${b.toFixed(decimals)}`);
  }
  for (let i = base.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [base[i], base[j]] = [base[j]!, base[i]!];
  }
  const c = path.join(dir, "c.csv");
  const b = path.join(dir, "b.csv");
  await writeFile(c, `id,label,score\n${cand.join("\n")}\n`);
  await writeFile(b, `id,label,score\n${(baselineText ? baselineText(base) : base).join("\n")}\n`);
  return { c, b };
}

/** evaluate's sequence (evaluate.ts resampled()), with or without the tables' spent buffers. */
async function run(files: { c: string; b: string }, scratch: Scratch | null) {
  const o = names({ id: "id" });
  const ct = await readPredictions(files.c, o);
  const bt = await readPredictions(files.b, o, "auto", { alignTo: ct });
  const spent = [ct.ids!.hi.buffer, ct.ids!.lo.buffer];
  const task: PreparedTask = prepareTask(ct, bt, o, scratch ? { scratch } : {});
  orderByCandidateScore(task, { inPlace: true });
  const consume = { consumeScore: true };
  const base = evaluatorFor(task, task.baseline!, consume) as BinaryEvaluator;
  const cand = evaluatorFor(task, task.candidate, consume) as BinaryEvaluator;
  const weights = task.pool?.take(Uint8Array, task.rows);
  const boot = pairedBootstrap(task.rows, cand, base, {
    resamples: 30,
    seed: 3,
    level: 0.9,
    ...(weights ? { weights } : {}),
  });
  const metrics = {
    candidate: pointEstimates(task.rows, cand, weights),
    baseline: pointEstimates(task.rows, base, weights),
  };
  const delong = delongOf(cand, base, cand.releaseLoss());
  const intervals = Object.fromEntries(cand.names.map((m) => [m, boot.intervals(m)]));
  const pred = task.candidate.task === "binary" ? task.candidate.pred : null;
  return {
    task,
    ids: ct.ids,
    spent,
    metrics,
    delong,
    intervals,
    y: Array.from(task.y),
    pred: Array.from(pred!),
  };
}

describe("an evaluation on the tables' spent buffers", () => {
  it.each([
    ["few distinct scores (histogram)", 5003, 3],
    ["many distinct scores (sorted flags and losses)", 20011, 6],
  ])(
    "%s: exactly the numbers of one that allocates, its arrays carved from the id hashes",
    async (_, n, decimals) => {
      const files = await pair(n, undefined, decimals);
      const plain = await run(files, null);
      const scratch = new Scratch();
      const pooled = await run(files, scratch);
      expect(pooled.metrics).toEqual(plain.metrics);
      expect(pooled.delong).toEqual(plain.delong);
      expect(pooled.intervals).toEqual(plain.intervals);
      expect(pooled.y).toEqual(plain.y);
      expect(pooled.pred).toEqual(plain.pred);
      expect(pooled.delong!.variance).toBeGreaterThan(0);
      expect(plain.metrics.candidate.roc_auc).toBeGreaterThan(plain.metrics.baseline.roc_auc!);
      // the candidate's ids were handed over and its labels and predictions live in their bytes
      expect(pooled.ids).toBeNull();
      expect(plain.ids).not.toBeNull();
      expect(pooled.task.pool).toBe(scratch);
      const carved = [
        pooled.task.y.buffer,
        ...(pooled.task.candidate.task === "binary" ? [pooled.task.candidate.pred.buffer] : []),
      ];
      expect(carved.some((b) => pooled.spent.includes(b))).toBe(true);
    },
  );

  it("a released evaluator refuses to evaluate; DeLong on its released losses is DeLong", async () => {
    const o = names({ id: "id" });
    const files = await pair(20011, undefined, 6);
    const ct = await readPredictions(files.c, o);
    const bt = await readPredictions(files.b, o, "auto", { alignTo: ct });
    const task = prepareTask(ct, bt, o);
    const cand = evaluatorFor(task, task.candidate) as BinaryEvaluator;
    const base = evaluatorFor(task, task.baseline!) as BinaryEvaluator;
    const before = delongOf(cand, base);
    const loss = cand.releaseLoss();
    expect(loss?.length).toBe(20011);
    expect(() => pointEstimates(20011, cand)).toThrow(/after releaseLoss/);
    expect(delongOf(cand, base, loss)).toEqual(before);
  });

  it("a streamed join names missing, extra and repeated ids (rows past a multiple of 8)", async () => {
    const o = names({ id: "id" });
    const files = await pair(13, (rows) => rows.filter((r) => !/^10(09|33),/.test(r)).concat(["5,1,0.5"]));
    const ct = await readPredictions(files.c, o);
    await expect(readPredictions(files.b, o, "auto", { alignTo: ct })).rejects.toThrow(
      /2 candidate id\(s\) not in the baseline \(e\.g\. "1009", "1033"\); 1 baseline id\(s\) not in the candidate \(e\.g\. "5"\)/,
    );
    // labels compared as the baseline streams (not kept): the first differing row in the candidate's order
    const flipped = await pair(13, (rows) =>
      rows.map((r) => (/^10(12|30),/.test(r) ? r.replace(/,([01]),/, (_, y) => `,${1 - Number(y)},`) : r)),
    );
    const c1 = await readPredictions(flipped.c, o);
    const b1 = await readPredictions(flipped.b, o, "auto", { alignTo: c1 });
    expect(b1.values.has("label")).toBe(false);
    expect(b1.labelCheck?.first?.row).toBe(4); // id 1012 is the candidate's fifth row
    const line =
      readFileSync(flipped.b, "utf8")
        .split("\n")
        .findIndex((l) => l.startsWith("1012,")) + 1;
    expect(() => prepareTask(c1, b1, o)).toThrow(
      new RegExp(`b\\.csv line ${line}: label [01] differs from the candidate's [01] \\(.*c\\.csv line 6\\)`),
    );
    // the same message as the check after reading (the baseline read on its own, joined after)
    let streamed = "";
    try {
      prepareTask(c1, b1, o);
    } catch (error) {
      streamed = (error as Error).message;
    }
    expect(streamed).toMatch(/differs from the candidate's/);
    const apart = await readPredictions(flipped.b, o);
    expect(apart.values.has("label")).toBe(true);
    expect(() => prepareTask(c1, apart, o)).toThrow(streamed);
    const same = await readPredictions(files.c, o, "auto", { alignTo: await readPredictions(files.c, o) });
    expect(same.labelCheck).toEqual({ column: "label", first: null });
    const twice = await pair(13, (rows) => [...rows, rows[4]!]);
    const c2 = await readPredictions(twice.c, o);
    await expect(readPredictions(twice.b, o, "auto", { alignTo: c2 })).rejects.toThrow(
      /b\.csv line 15 column 'id': expected a unique id, found \d+ again/,
    );
  });
});
