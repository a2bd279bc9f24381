import { describe, expect, it } from "vitest";
import { DatasetProfiler } from "./dataset.js";
import { DataError } from "./errors.js";
import { tempDir, write } from "./test-support/files.js";

// DatasetProfiler's CSV reads (one ProfileSink per read): rows, ragged rows, progress, limits.

const dir = tempDir();

/** `rows` lines of "i,i*2" after a header "a,b". */
function numbers(rows: number, from = 0): string {
  let text = "a,b\n";
  for (let i = from; i < from + rows; i++) text += `${i},${i * 2}\n`;
  return text;
}

describe("DatasetProfiler reading CSV", () => {
  it("reports progress every 4 MiB of a file, with the rows read so far", async () => {
    const file = write(dir, "big.csv", numbers(700_000));
    const calls: { rows: number; bytes: number; file: string }[] = [];
    const d = new DatasetProfiler({ onProgress: (rows, bytes, f) => calls.push({ rows, bytes, file: f }) });
    await d.read(file);
    expect(d.rows).toBe(700_000);
    // 9.4 MiB: two reports, each at least 4 MiB after the one before, rows rising with bytes.
    expect(calls.length).toBe(2);
    expect(calls[0]!.bytes).toBeGreaterThanOrEqual(4 << 20);
    expect(calls[1]!.bytes - calls[0]!.bytes).toBeGreaterThanOrEqual(4 << 20);
    expect(calls[0]!.rows).toBeGreaterThan(0);
    expect(calls[1]!.rows).toBeGreaterThan(calls[0]!.rows);
    expect(calls.every((c) => c.file === file)).toBe(true);
  });

  it("keeps ragged rows per file and counts rows across files", async () => {
    const first = write(dir, "r1.csv", "a,b\n1,2\n3\n4,5\n");
    const second = write(dir, "r2.csv", "a,b\n6,7,8\n9,10\n11\n");
    const d = new DatasetProfiler();
    await d.read(first);
    await d.read(second);
    expect(d.rows).toBe(3);
    expect(d.ragged).toEqual([
      { file: first, count: 1, samples: [{ line: 3, found: 1, expected: 2 }] },
      {
        file: second,
        count: 2,
        samples: [
          { line: 2, found: 3, expected: 2 },
          { line: 4, found: 1, expected: 2 },
        ],
      },
    ]);
    expect(d.columns.get("a")!.rows).toBe(3);
  });

  it("stops at limitRows across files, and refuses a file whose columns differ", async () => {
    const one = write(dir, "l1.csv", numbers(30));
    const two = write(dir, "l2.csv", numbers(30, 30));
    const limited = new DatasetProfiler({ limitRows: 45 });
    await limited.read(one);
    await limited.read(two);
    expect(limited.rows).toBe(45);
    expect(limited.limitReached).toBe(true);

    const other = write(dir, "other.csv", "a,c\n1,2\n");
    const d = new DatasetProfiler();
    await d.read(one);
    const error = await d.read(other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({ code: "columns-differ", location: { file: other, line: 1 } });
  });
});
