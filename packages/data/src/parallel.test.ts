import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  claimRangeEnd,
  CsvReader,
  fixRangeEnd,
  moveRangeEnd,
  openRangeEnd,
  rangeClaim,
  rangeEnd,
  takeRangeTail,
  closeRange,
  type CsvRange,
} from "./csv.js";
import { balanced, balancePoint, WorkerPool } from "./parallel.js";
import { tempDir, write } from "./test-support/files.js";

// The pieces of the threaded read: the open range end (claimed by the reader, fixed by the main
// thread), a range read with one, the digest of the bytes as read, the balance rule, and a
// worker pool whose worker is gone.

const dir = tempDir();

/** Records of `n` rows, some with quoted newlines. */
function csv(n: number): string {
  const lines = ["id,note"];
  for (let i = 0; i < n; i++) lines.push(i % 7 === 3 ? `${i},"two\nlines, ${i}"` : `${i},plain ${i}`);
  return lines.join("\n") + "\n";
}

async function rows(file: string, range: CsvRange, chunkBytes: number) {
  const ids: string[] = [];
  const decoder = new TextDecoder();
  const end = await new CsvReader(file, { chunkBytes, syncReads: true }).read(
    {
      header: () => {},
      row: (buf, starts, ends) => void ids.push(decoder.decode(buf.subarray(starts[0]!, ends[0]!))),
      ragged: () => {},
    },
    range,
  );
  return { ids, end };
}

describe("an open range end", () => {
  it("is claimed by the reader, set no earlier than the claim, and only ever moved earlier", () => {
    const cell = openRangeEnd(100);
    expect(rangeClaim(cell)).toBe(100);
    expect(claimRangeEnd(cell, 50)).toBeNull(); // a claim is never lowered
    expect(rangeClaim(cell)).toBe(100);
    expect(claimRangeEnd(cell, 4096)).toBeNull();
    expect(rangeClaim(cell)).toBe(4096);
    expect(rangeEnd(cell)).toBeNull();
    expect(fixRangeEnd(cell, 1000)).toBe(4096); // the reader may have parsed up to its claim
    expect(rangeEnd(cell)).toBe(4096);
    expect(claimRangeEnd(cell, 9000)).toBe(4096); // the reader still claims (and stops at 4096)
    expect(fixRangeEnd(cell, 5000)).toBe(4096); // never later
    const taken = openRangeEnd(0);
    expect(fixRangeEnd(taken, 1_000_000)).toBe(1_000_000);
    expect(claimRangeEnd(taken, 4096)).toBe(1_000_000);
    expect(fixRangeEnd(taken, 2000)).toBe(4096); // earlier, for another thread to take the tail…
    expect(claimRangeEnd(taken, 8192)).toBe(4096);
    expect(fixRangeEnd(taken, 6000)).toBe(4096); // …but not below the claim
    // A worker takes the tail of a range only while it is open, and only one does.
    const main = openRangeEnd(500);
    expect(claimRangeEnd(main, 500, 420)).toBeNull(); // the reader's parse stands at 420
    expect(takeRangeTail(main, 100)).toEqual({ end: 500, recordStart: 420 });
    expect(takeRangeTail(main, 900)).toBeNull();
    expect(rangeEnd(main)).toBe(500);
    // Nothing taken when the reader has claimed past the latest end worth taking from.
    const late = openRangeEnd(0);
    expect(claimRangeEnd(late, 9000, 8000)).toBeNull();
    expect(takeRangeTail(late, 5000, 8500)).toBeNull();
    expect(rangeEnd(late)).toBeNull(); // still open, still takeable
    expect(takeRangeTail(late, 9500, 9800)).toEqual({ end: 9500, recordStart: 8000 });
    const fixed = openRangeEnd(0);
    expect(fixRangeEnd(fixed, 20_000)).toBe(20_000);
    expect(claimRangeEnd(fixed, 12_000, 11_000)).toBe(20_000);
    expect(moveRangeEnd(fixed, 10_000, 11_500)).toBeNull(); // the claim (12,000) is past 11,500
    expect(rangeEnd(fixed)).toBe(20_000);
    expect(moveRangeEnd(fixed, 10_000, 13_000)).toEqual({ end: 12_000, recordStart: 11_000 });
    // Closing a range that never began wakes a thread waiting for it to begin (its claim moves).
    const idle = openRangeEnd(7000);
    expect(closeRange(idle, 7000)).toBe(7000);
    expect(rangeClaim(idle)).toBe(7001);
    expect(takeRangeTail(idle, 100)).toBeNull();
    const done = openRangeEnd(0);
    expect(claimRangeEnd(done, 9000)).toBeNull(); // read to the end of a 7000-byte file
    expect(closeRange(done, 7000)).toBe(9000);
  });

  it("stops a range read where a fixed end would, when fixed while reading", async () => {
    const content = csv(3000);
    const file = write(dir, "open.csv", content);
    const whole = await rows(file, { start: 0, end: Infinity, header: null }, 1 << 20);
    for (const at of [1, 5000, 20_000, 40_000, content.length - 10, content.length + 10]) {
      const cell = openRangeEnd(0);
      const seen: Uint8Array[] = [];
      let fixed: number | null = null;
      const open = await rows(
        file,
        {
          start: 0,
          end: Infinity, // what holds until the shared end is set
          header: null,
          sharedEnd: cell,
          // Fixed from outside after the first read: the end cannot be before what was read.
          onBytes: (b) => {
            seen.push(new Uint8Array(b)); // a copy: the reader reuses its buffer
            if (fixed === null) fixed = fixRangeEnd(cell, at);
          },
        },
        4096,
      );
      const end = fixed!;
      expect(end).toBe(Math.max(at, 4096)); // claimed 4096 bytes before the first read
      const closed = await rows(file, { start: 0, end, header: null }, 4096);
      expect(open.ids).toEqual(closed.ids);
      expect(open.end).toEqual(closed.end);
      // Then the rest, from where it stopped: together the whole file, record for record.
      const rest = await rows(file, { start: open.end.end, end: Infinity, header: ["id", "note"] }, 4096);
      expect([...open.ids, ...rest.ids]).toEqual(whole.ids);
      // onBytes saw the bytes read, in order from the start.
      const bytes = Buffer.concat(seen);
      expect(bytes.equals(readFileSync(file).subarray(0, bytes.length))).toBe(true);
    }
  });

  it("hands every byte of an unbounded read to onBytes (the file's sha256)", async () => {
    const file = write(dir, "digest.csv", csv(5000));
    const hash = createHash("sha256");
    await rows(file, { start: 0, end: Infinity, header: null, onBytes: (b) => void hash.update(b) }, 4096);
    expect(hash.digest("hex")).toBe(createHash("sha256").update(readFileSync(file)).digest("hex"));
  });
});

describe("the balance rule", () => {
  const state = { size: 100e6, claimed: 0, hashMs: 50, parseRate: 100_000 };
  it("stops hashing where the work left is even", () => {
    // Hashing 10× the parse speed: the main thread's share is its parse plus a tenth for the hash.
    const at = (claimed: number) => {
      for (let hashed = 1e6; hashed <= 100e6; hashed += 1e6)
        if (balanced({ ...state, claimed, hashed, hashMs: hashed / 1_000_000 })) return hashed;
      return Infinity;
    };
    expect(at(0)).toBe(53e6); // (100 - h) × 1.1 ≤ h
    expect(at(20e6)).toBe(62e6); // (100 - h) × 1.1 ≤ h - 20
    // The worker nearly done: hash to the end (this thread's range is empty).
    expect(at(99e6)).toBe(100e6);
  });

  it("knows where that point is, so the hash pass reads up to it and not past it", () => {
    for (const claimed of [0, 20e6, 99e6]) {
      // Hashing at 1 MB/ms: the point, with its rates; the rule holds there and not just before.
      const rates = { ...state, claimed, hashed: 10e6, hashMs: 10 };
      const point = balancePoint(rates);
      expect(point).toBeCloseTo((100e6 * 1.1 + claimed) / 2.1, 0);
      expect(balanced({ ...rates, hashed: point + 1, hashMs: (point + 1) / 1e6 })).toBe(true);
      expect(balanced({ ...rates, hashed: point - 1000, hashMs: (point - 1000) / 1e6 })).toBe(false);
    }
  });
});

describe("a worker pool", () => {
  it("rejects a job for a worker that is gone instead of waiting for it", async () => {
    const pool = new WorkerPool(1);
    pool.close();
    await new Promise((r) => setTimeout(r, 200));
    const job = { file: "x.csv", path: "/nonexistent/x.csv", nominalStart: 0, nominalEnd: 1, schema: null };
    await expect(pool.run(0, job)).rejects.toThrow(/profiling worker/);
  });
});
