import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HAS_LABEL, HAS_PREDICTION, IdTable } from "./id-table.js";
import { hashId } from "@mlops/metrics";
import { Join } from "./join.js";
import { hashAsciiBytes, idText } from "./read.js";
import { parseTimestamp, parseWindow, Windowing } from "./windows.js";

// Property tests of the windowing and of the join (duplicates, missing and unmatched labels,
// conflicts) against a plain Map-based model of the same rules, on CSV and JSON Lines files.

const DAY = 86_400_000;
const MONDAY = Date.UTC(2024, 0, 1);
const CLASSES = ["a", "b", "c"];

describe("windowing", () => {
  const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });

  it.each(["day", "week", "month"] as const)(
    "a %s window holds every instant it is the window of",
    (kind) => {
      const w = new Windowing(parseWindow(kind));
      fc.assert(
        fc.property(instant, (ms) => {
          const key = w.key(ms, 0);
          const d = w.describe(key);
          expect(Date.parse(d.start!)).toBeLessThanOrEqual(ms);
          expect(ms).toBeLessThanOrEqual(Date.parse(d.end!));
          expect(w.endOf(key)).toBe(Date.parse(d.end!) + 1);
          if (kind === "week") expect(new Date(d.start!).getUTCDay()).toBe(1);
          if (kind === "month") expect(d.label).toBe(new Date(ms).toISOString().slice(0, 7));
          if (kind === "day") expect(d.label).toBe(new Date(ms).toISOString().slice(0, 10));
        }),
        { numRuns: 300 },
      );
    },
  );

  it("the fast ISO path agrees with Date.parse on every instant it writes", () => {
    fc.assert(
      fc.property(instant, fc.boolean(), (ms, zone) => {
        const iso = new Date(ms).toISOString();
        expect(parseTimestamp(zone ? iso : iso.slice(0, -1))).toBe(Date.parse(iso));
        expect(parseTimestamp(iso.slice(0, 10))).toBe(Date.parse(iso.slice(0, 10)));
      }),
      { numRuns: 300 },
    );
  });

  it("row windows cut the log every N rows, in logged order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(100_000), (n, row) => {
        const w = new Windowing(parseWindow(String(n)));
        const key = w.key(NaN, row);
        expect(key * n).toBeLessThanOrEqual(row);
        expect(row).toBeLessThan((key + 1) * n);
        expect(w.describe(key).label).toBe(`rows ${key * n + 1}–${(key + 1) * n}`);
      }),
    );
  });

  it("timestamps without a zone are UTC; epoch seconds and milliseconds; junk is NaN", () => {
    expect(parseTimestamp("2015-03-01")).toBe(Date.UTC(2015, 2, 1));
    expect(parseTimestamp("2015-03-01 10:30:00")).toBe(Date.UTC(2015, 2, 1, 10, 30));
    expect(parseTimestamp("2015-03-01T10:30:00+02:00")).toBe(Date.UTC(2015, 2, 1, 8, 30));
    expect(parseTimestamp(1_425_205_800)).toBe(Date.UTC(2015, 2, 1, 10, 30));
    expect(parseTimestamp("1425205800000")).toBe(Date.UTC(2015, 2, 1, 10, 30));
    expect(parseTimestamp("2015-03-01T10:30:00.25Z")).toBe(Date.UTC(2015, 2, 1, 10, 30, 0, 250));
    expect(parseTimestamp("2015-03-01T10:30:00.123456")).toBe(Date.UTC(2015, 2, 1, 10, 30, 0, 123));
    expect(parseTimestamp(" 2015-03-01 ")).toBe(Date.UTC(2015, 2, 1));
    expect(parseTimestamp("2015-03-01T25:00:00Z")).toBeNaN();
    expect(parseTimestamp("yesterday")).toBeNaN();
    expect(parseTimestamp("2015-13-01")).toBeNaN();
    expect(() => parseWindow("fortnight")).toThrow(/window: expected day, week, month or a number of rows/);
  });
});

describe("ids", () => {
  it("an ASCII id hashed from its CSV bytes is hashId of its text; other bytes are declined", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (id) => {
        const bytes = encoder.encode(`,${id},`);
        const fromBytes = new Uint32Array(2);
        const fromText = new Uint32Array(2);
        const ascii = hashAsciiBytes(bytes, 1, bytes.length - 1, fromBytes);
        expect(ascii).toBe([...bytes].every((b) => b < 0x80));
        hashId(id, fromText);
        if (ascii) expect([...fromBytes]).toEqual([...fromText]);
      }),
    );
  });

  it("ids are text as written: 007 and 7 differ, long numeric ids keep every digit", () => {
    expect(idText(" 007 ")).toBe("007");
    expect(idText(7)).toBe("7");
    expect(idText(12345678901234567890n)).toBe("12345678901234567890");
    expect(idText("12345678901234567891")).toBe("12345678901234567891");
    expect(idText("")).toBeNull();
  });
});

describe("the id table", () => {
  it("finds every id it was given, flags and labels intact, across growth", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3000 }), (ids) => {
        const table = new IdTable({ expected: 10, numericLabels: false, labelTimes: true });
        ids.forEach(([hi, lo], i) => {
          const s = table.slot(hi >>> 0, lo >>> 0);
          table.setFlag(s, i % 2 ? HAS_LABEL : HAS_PREDICTION);
          table.setLabel(s, i, i + 1);
        });
        expect(table.size).toBe(ids.length);
        ids.forEach(([hi, lo], i) => {
          const s = table.slot(hi >>> 0, lo >>> 0);
          expect(table.flags(s)).toBe(i % 2 ? HAS_LABEL : HAS_PREDICTION);
          expect(table.label(s)).toBe(i);
          expect(table.labelTime(s)).toBe(i * 86_400_000);
        });
        expect(table.size).toBe(ids.length);
        expect(table.countLabelsOnly()).toBe(Math.floor(ids.length / 2));
      }),
      { numRuns: 30 },
    );
  });
});

interface Logged {
  id: number;
  day: number;
  version: number;
  pred: number;
}

const logged = fc.record({
  id: fc.nat(40),
  day: fc.nat(34),
  version: fc.integer({ min: 1, max: 2 }),
  pred: fc.nat(2),
});
const label = fc.record({ id: fc.nat(50), label: fc.nat(2) });

/** The join's rules on plain Maps: the model the streaming join must agree with. */
function model(preds: Logged[], labels: { id: number; label: number }[]) {
  const byId = new Map<number, number>();
  let duplicateLabels = 0;
  let conflictingLabels = 0;
  for (const l of labels) {
    if (byId.has(l.id)) {
      duplicateLabels++;
      if (byId.get(l.id) !== l.label) conflictingLabels++;
    }
    byId.set(l.id, l.label);
  }
  const seen = new Set<number>();
  const cells = new Map<string, { rows: number; labelled: number; duplicates: number; cm: number[] }>();
  let duplicatePredictions = 0;
  let labelled = 0;
  for (const p of preds) {
    const week = Math.floor(p.day / 7);
    const key = `${week}/${p.version}`;
    const cell = cells.get(key) ?? { rows: 0, labelled: 0, duplicates: 0, cm: Array<number>(9).fill(0) };
    cells.set(key, cell);
    if (seen.has(p.id)) {
      duplicatePredictions++;
      cell.duplicates++;
      continue;
    }
    seen.add(p.id);
    cell.rows++;
    const y = byId.get(p.id);
    if (y === undefined) continue;
    labelled++;
    cell.labelled++;
    cell.cm[y * 3 + p.pred]!++;
  }
  const unmatchedLabels = [...byId.keys()].filter((id) => !seen.has(id)).length;
  return {
    counts: {
      duplicateLabels,
      conflictingLabels,
      duplicatePredictions,
      labelled,
      unmatchedLabels,
      predictions: seen.size,
    },
    cells,
  };
}

function write(dir: string, preds: Logged[], labels: { id: number; label: number }[], jsonl: boolean): void {
  const ts = (day: number) => new Date(MONDAY + day * DAY + 3_600_000).toISOString();
  if (jsonl) {
    const lines = preds.map((p) =>
      JSON.stringify({
        id: `u${p.id}`,
        timestamp: ts(p.day),
        model_version: p.version,
        prediction: CLASSES[p.pred],
      }),
    );
    writeFileSync(path.join(dir, "log.jsonl"), lines.join("\n") + "\n");
  } else {
    const lines = [
      "id,timestamp,model_version,prediction",
      ...preds.map((p) => `u${p.id},${ts(p.day)},v${p.version},${CLASSES[p.pred]}`),
    ];
    writeFileSync(path.join(dir, "log.csv"), lines.join("\n") + "\n");
  }
  writeFileSync(
    path.join(dir, "labels.csv"),
    ["id,label", ...labels.map((l) => `u${l.id},${CLASSES[l.label]}`)].join("\n") + "\n",
  );
}

describe("the join of logged predictions and late labels", () => {
  it("counts every duplicate, missing and unmatched id as the Map model does, per window and version", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-monitor-join-"));
    await fc.assert(
      fc.asyncProperty(
        fc.array(logged, { minLength: 1, maxLength: 80 }),
        fc.array(label, { maxLength: 80 }),
        fc.boolean(),
        async (preds, labels, jsonl) => {
          write(dir, preds, labels, jsonl);
          const join = await new Join({
            predictions: [jsonl ? "log.jsonl" : "log.csv"],
            labels: ["labels.csv"],
            columns: {
              id: "id",
              timestamp: "timestamp",
              version: "model_version",
              prediction: "prediction",
              score: null,
              label: "label",
            },
            windowing: new Windowing(parseWindow("week")),
            regression: false,
            expectedIds: 4,
            cwd: dir,
          }).run();
          const want = model(preds, labels);
          expect(join.counts).toMatchObject({
            ...want.counts,
            predictionRows: preds.length,
            labelRows: labels.length,
          });
          expect(join.cells.length).toBe(want.cells.size);
          for (const cell of join.cells) {
            const w = want.cells.get(`${(cell.window - MONDAY / DAY) / 7}/${cell.version}`)!;
            expect([cell.rows, cell.labelled, cell.duplicatePredictions]).toEqual([
              w.rows,
              w.labelled,
              w.duplicates,
            ]);
            const cm = cell.confusion(join.classes.length);
            for (let y = 0; y < 3; y++) {
              for (let p = 0; p < 3; p++) {
                const yi = join.classes.indexOf(CLASSES[y]!);
                const pi = join.classes.indexOf(CLASSES[p]!);
                const got = yi < 0 || pi < 0 ? 0 : cm[yi * join.classes.length + pi]!;
                expect(got).toBe(w.cm[y * 3 + p]);
              }
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it("rows it cannot use are counted with their file and line, never dropped silently", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlops-monitor-invalid-"));
    writeFileSync(
      path.join(dir, "log.csv"),
      "id,timestamp,model_version,prediction\n,2024-01-01,1,a\nx,soon,1,a\ny,2024-01-01,latest,a\nz,2024-01-01,2,\nok,2024-01-01,2,b\n",
    );
    writeFileSync(path.join(dir, "labels.csv"), "id,label\nok,\nok,b\n");
    const join = await new Join({
      predictions: ["log.csv"],
      labels: ["labels.csv"],
      columns: {
        id: "id",
        timestamp: "timestamp",
        version: "model_version",
        prediction: "prediction",
        score: null,
        label: "label",
      },
      windowing: new Windowing(parseWindow("day")),
      regression: false,
      expectedIds: 4,
      cwd: dir,
    }).run();
    expect(join.counts).toMatchObject({
      predictionRows: 5,
      predictions: 1,
      invalidPredictions: 4,
      invalidLabels: 1,
      labelled: 1,
    });
    expect(join.samples.map((s) => `${s.file}:${s.line} ${s.message}`)).toEqual([
      "labels.csv:2 label null is not a label",
      "log.csv:2 no id",
      'log.csv:3 timestamp "soon" is not a time',
      'log.csv:4 model_version "latest" is not a model version (3 or v3)',
      "log.csv:5 prediction null is not a prediction",
    ]);
  });
});
