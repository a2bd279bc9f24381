import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyReport, MlopsLineScanner, parseMlopsLine } from "./metric-lines.js";

const name = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.\-/]{0,30}$/);

describe("::mlops line protocol", () => {
  it("reads metrics and tools; later values win; other lines are ignored", () => {
    const r = emptyReport();
    parseMlopsLine("::mlops metric loss=0.9 acc=0.5", "stdout line 1", r);
    parseMlopsLine("epoch 2 done", "stdout line 2", r);
    parseMlopsLine("::mlops metric loss=0.25", "stdout line 3", r);
    parseMlopsLine("::mlops tool torch=2.3.0+cu121 python=3.12.1", "stdout line 4", r);
    parseMlopsLine("  ::mlops metric indented=1", "stdout line 5", r);
    expect(r).toEqual({
      metrics: { loss: 0.25, acc: 0.5 },
      tools: { torch: "2.3.0+cu121", python: "3.12.1" },
      errors: [],
      warnings: [],
    });
  });

  it("names the key of every value that is not a finite number", () => {
    const r = emptyReport();
    parseMlopsLine("::mlops metric a=NaN b=Infinity c=-inf d=abc e= f", "stderr line 9", r);
    expect(r.metrics).toEqual({});
    expect(r.errors.map((e) => e.key)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(r.errors[0]).toEqual({
      where: "stderr line 9",
      key: "a",
      message: `metric 'a': expected a finite number, found "NaN"`,
    });
  });

  it("keeps hostile names as plain metrics (no prototype tricks)", () => {
    const r = emptyReport();
    parseMlopsLine("::mlops metric __proto__=1 constructor=2", "stdout line 1", r);
    expect(Object.keys(r.metrics)).toEqual(["__proto__", "constructor"]);
    expect(JSON.parse(JSON.stringify(r.metrics))).toEqual(JSON.parse('{"__proto__": 1, "constructor": 2}'));
  });

  it("warns about unknown sub-commands and rejects bad names", () => {
    const r = emptyReport();
    parseMlopsLine("::mlops param lr=1", "stdout line 1", r);
    parseMlopsLine("::mlops metric <script>=1", "stdout line 2", r);
    parseMlopsLine("::mlops metric", "stdout line 3", r);
    expect(r.warnings).toHaveLength(1);
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/invalid name "<script>"/),
      expect.stringMatching(/needs at least one name=value pair/),
    ]);
  });

  it("round-trips any finite number under any valid name (property)", () => {
    fc.assert(
      fc.property(name, fc.double({ noNaN: true, noDefaultInfinity: true }), (key, value) => {
        const r = emptyReport();
        parseMlopsLine(`::mlops metric ${key}=${String(value)}`, "stdout line 1", r);
        expect(r.errors).toEqual([]);
        expect(Object.is(r.metrics[key], value) || r.metrics[key] === value).toBe(true);
      }),
      { verbose: 1 },
    );
  });

  it("finds the same lines however the stream is chunked, across UTF-8 characters (property)", () => {
    const line = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, "")),
      fc.tuple(name, fc.integer()).map(([k, v]) => `::mlops metric ${k}=${v}`),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.boolean(),
        (lines, cuts, crlf) => {
          const text = Buffer.from(lines.join(crlf ? "\r\n" : "\n") + "ünïcødé\n");
          const whole = emptyReport();
          const w = new MlopsLineScanner("stdout", whole);
          w.write(text);
          w.end();
          const pieces = emptyReport();
          const p = new MlopsLineScanner("stdout", pieces);
          let at = 0;
          for (const cut of [...cuts.map((c) => c % (text.length + 1))].sort((a, b) => a - b)) {
            p.write(text.subarray(at, cut));
            at = cut;
          }
          p.write(text.subarray(at));
          p.end();
          expect(pieces).toEqual(whole);
        },
      ),
      { verbose: 1 },
    );
  });

  it("parses a last line without a newline, and skips lines over 64 KiB", () => {
    const r = emptyReport();
    const s = new MlopsLineScanner("stdout", r);
    s.write(`::mlops metric big=1${"0".repeat(70_000)}\n`);
    s.write(`::mlops metric split=1${"0".repeat(40_000)}`);
    s.write(`${"0".repeat(40_000)}\n::mlops metric last=2`);
    s.end();
    expect(r.metrics).toEqual({ last: 2 });
    expect(r.errors).toEqual([]);
  });
});
