import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeDictionaryPage, readParquet, type ParquetVisitor } from "./parquet.js";

/** Reads a file into plain rows of JS values, with or without the dictionary-page fast path. */
async function readRows(file: string, dictionaryPages: boolean): Promise<Record<string, unknown>[]> {
  let names: string[] = [];
  const cols: unknown[][] = [];
  const decoder = new TextDecoder();
  const text = (v: unknown) => (v instanceof Uint8Array ? decoder.decode(v) : v);
  const visitor: ParquetVisitor = {
    columns(info) {
      names = info.map((c) => c.name);
      for (const _ of info) cols.push([]);
    },
    chunk(column, values, rowStart) {
      for (let i = 0; i < values.length; i++) cols[column]![rowStart + i] = text(values[i]);
    },
    rowGroup() {},
  };
  if (dictionaryPages)
    visitor.dictionaryPage = (column, dictionary, indices, defs, maxDef, rowStart) => {
      const rows = defs ? defs.length : indices.length;
      for (let i = 0, j = 0; i < rows; i++)
        cols[column]![rowStart + i] = !defs || defs[i] === maxDef ? text(dictionary[indices[j++]!]) : null;
      return rows;
    };
  await readParquet(file, visitor);
  return cols[0]!.map((_, r) => Object.fromEntries(names.map((n, c) => [n, cols[c]![r] ?? null])));
}

describe("Parquet reader", () => {
  it("decodes dictionary pages with nulls (RLE and bit-packed runs) as hyparquet's row reader does", async () => {
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    const { parquetReadObjects } = await import("hyparquet");
    const n = 5000;
    // Runs long enough for RLE, scattered values for bit-packing, nulls in both columns.
    const city = Array.from({ length: n }, (_, i) =>
      i % 97 === 0 ? null : i < 1000 ? "Oslo" : ["Lima", "Pune", "Kyiv", "Baku"][(i * 7919) % 4]!,
    );
    const code = Array.from({ length: n }, (_, i) => (i % 13 === 0 ? null : (i * 31) % 300));
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: "city", data: city, type: "STRING" },
        { name: "code", data: code, type: "INT32" },
      ],
    });
    const dir = await mkdtemp(path.join(os.tmpdir(), "parquet-"));
    const file = path.join(dir, "t.parquet");
    await writeFile(file, new Uint8Array(buffer));
    const expected = await parquetReadObjects({ file: buffer });
    expect(expected).toHaveLength(n);
    expect(await readRows(file, true)).toEqual(expected);
    expect(await readRows(file, false)).toEqual(expected);
  });

  it("decodes a v1 dictionary page by hand: levels and indices in RLE and bit-packed runs", async () => {
    const encoding = await import("hyparquet/src/encoding.js");
    // 12 rows; definition levels (width 1): bit-packed group 1,0,1,1,1,1,0,1 then an RLE run of 4 ones.
    const defs = [0b00000011, 0b10111101, 0b00001000, 0b00000001];
    // 10 present values, indices (width 3): an RLE run of 3 × 5, then a bit-packed group 0..7 (7 used).
    const indices = [3 << 1, 5, 0b00000011, 0b10001000, 0b11000110, 0b11111010];
    const page = Uint8Array.from([defs.length, 0, 0, 0, ...defs, 3, ...indices]);
    const scratch = { defs: new Uint8Array(0), indices: new Int32Array(0) };
    const decoded = decodeDictionaryPage({ encoding }, page, 12, 1, scratch)!;
    expect(Array.from(decoded.defs!)).toEqual([1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1]);
    expect(Array.from(decoded.indices)).toEqual([5, 5, 5, 0, 1, 2, 3, 4, 5, 6]);
    // No nulls: the levels are dropped; a zero bit width means every index is 0.
    const full = Uint8Array.from([2, 0, 0, 0, 12 << 1, 1, 0]);
    const none = decodeDictionaryPage({ encoding }, full, 12, 1, scratch)!;
    expect(none.defs).toBeUndefined();
    expect(Array.from(none.indices)).toEqual(new Array(12).fill(0));
  });
});
