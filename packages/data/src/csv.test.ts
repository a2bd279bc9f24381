import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvReader, FIELD_ESCAPED, formatCsvRecord, unescapeField } from "./csv.js";
import { DatasetProfiler } from "./dataset.js";
import { DataError } from "./errors.js";
import { tempDir, write } from "./test-support/files.js";

const dir = tempDir();
let counter = 0;

/** Reads a CSV file into rows of strings (header first), with a tiny chunk size to split records. */
async function parse(
  content: string | Uint8Array,
  options: {
    chunkBytes?: number;
    delimiter?: string;
    maxRowBytes?: number;
    maxColumns?: number;
    syncReads?: boolean;
  } = {},
) {
  const file = write(dir, `t${counter++}.csv`, content);
  const rows: string[][] = [];
  const lines: number[] = [];
  const ragged: { line: number; found: number }[] = [];
  const decoder = new TextDecoder();
  const scratch = { bytes: new Uint8Array(16) };
  await new CsvReader(file, options).read({
    header: (names) => rows.push(names),
    row: (buf, starts, ends, flags, line) => {
      const row: string[] = [];
      for (let k = 0; k < rows[0]!.length; k++) {
        if (flags[k]! & FIELD_ESCAPED) {
          const n = unescapeField(buf, starts[k]!, ends[k]!, scratch);
          row.push(decoder.decode(scratch.bytes.subarray(0, n)));
        } else row.push(decoder.decode(buf.subarray(starts[k]!, ends[k]!)));
      }
      rows.push(row);
      lines.push(line);
    },
    ragged: (line, found) => ragged.push({ line, found }),
  });
  return { rows, lines, ragged, file };
}

async function error(content: string | Uint8Array, options = {}): Promise<DataError> {
  try {
    await parse(content, options);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error("expected a DataError");
}

const cellText = fc.string({
  unit: fc.constantFrom("a", "b", "é", "漢", "😀", ",", '"', "\n", "\r", "\r\n", " ", "\t", "0", "1", ";"),
  maxLength: 12,
});

describe("CSV reader (RFC 4180)", () => {
  it("round-trips any grid of strings with quotes, commas, CR/LF and non-ASCII (write → parse)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(
            fc.uniqueArray(
              fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() === s && s.trim() !== ""),
              { minLength: width, maxLength: width },
            ),
            fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { maxLength: 12 }),
            fc.constantFrom("\n", "\r\n"),
            fc.integer({ min: 1, max: 64 }),
            fc.boolean(),
          ),
        ),
        async ([header, grid, eol, chunkBytes, syncReads]) => {
          const text = [header, ...grid].map((r) => formatCsvRecord(r)).join(eol) + eol;
          // Through the thread pool, or opened, read and closed on this thread (threads' ranges).
          const { rows } = await parse(text, { chunkBytes, syncReads });
          expect(rows).toEqual([header, ...grid]);
        },
      ),
      { numRuns: 150, verbose: 1 },
    );
  });

  it("random bytes only ever yield typed errors (or parse)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        async (bytes, chunkBytes) => {
          const file = write(dir, `r${counter++}.csv`, bytes);
          const d = new DatasetProfiler({ chunkBytes, maxRowBytes: 200, maxColumns: 50 });
          try {
            await d.read(file);
            for (const c of d.columns.values()) c.profile();
          } catch (e) {
            if (!(e instanceof DataError)) throw e;
            expect(e.code).toMatch(/^[a-z0-9-]+$/);
            expect(e.location?.file).toBe(file);
          }
        },
      ),
      { numRuns: 300, verbose: 1 },
    );
  });

  it("strips a UTF-8 BOM, accepts CRLF, skips blank lines, counts physical lines", async () => {
    const { rows, lines } = await parse('\uFEFFa,b\r\n1,"x\r\ny"\r\n\r\n3,4\r\n');
    expect(rows).toEqual([
      ["a", "b"],
      ["1", "x\r\ny"],
      ["3", "4"],
    ]);
    expect(lines).toEqual([2, 5]);
  });

  it("reads TSV and other delimiters", async () => {
    expect((await parse("a\tb\n1\t2,3\n", { delimiter: "\t" })).rows).toEqual([
      ["a", "b"],
      ["1", "2,3"],
    ]);
    expect((await parse("a;b\n1;2\n", { delimiter: ";" })).rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    await expect(parse("a\n", { delimiter: '"' })).rejects.toMatchObject({ code: "unknown-format" });
  });

  it("reports a ragged row with its line and skips it", async () => {
    const { rows, ragged } = await parse("a,b\n1,2\n3\n4,5,6\n7,8\n");
    expect(rows).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["7", "8"],
    ]);
    expect(ragged).toEqual([
      { line: 3, found: 1 },
      { line: 4, found: 3 },
    ]);
  });

  it("names the line and column of an unterminated quote", async () => {
    const e = await error('a,b\n1,2\n3,"open\nmore\n');
    expect(e).toMatchObject({ code: "unterminated-quote", location: { line: 3, column: 3 } });
    expect(e.message).toMatch(/line 3 column 3: a quoted field is never closed/);
  });

  it("rejects a stray character after a closing quote", async () => {
    expect(await error('a,b\n"x"y,2\n')).toMatchObject({
      code: "quote-in-field",
      location: { line: 2, column: 4 },
    });
  });

  it("rejects invalid UTF-8 with line and column", async () => {
    const bytes = Buffer.concat([Buffer.from("a,b\n1,2\n3,x"), Buffer.from([0xff, 0xfe]), Buffer.from("\n")]);
    expect(await error(bytes)).toMatchObject({ code: "invalid-utf8", location: { line: 3, column: 4 } });
  });

  it("rejects NUL bytes (binary files)", async () => {
    expect(await error("a,b\n1,\u00002\n")).toMatchObject({
      code: "nul-byte",
      location: { line: 2, column: 3 },
    });
  });

  it("names a missing file or a directory as file-not-found, read on this thread or not", async () => {
    for (const syncReads of [false, true]) {
      const read = (file: string) =>
        new CsvReader(file, { syncReads })
          .read({ header() {}, row() {}, ragged() {} })
          .catch((e: unknown) => e);
      expect(await read(`${dir}/absent.csv`)).toMatchObject({
        code: "file-not-found",
        message: expect.stringMatching(/file not found/),
      });
      expect(await read(dir)).toMatchObject({
        code: "file-not-found",
        message: expect.stringMatching(/directory/),
      });
    }
  });

  it("rejects an empty file and duplicate column names", async () => {
    expect(await error("")).toMatchObject({ code: "empty-file", location: { line: 1 } });
    expect(await error("\n\n")).toMatchObject({ code: "empty-file" });
    expect(await error("a,b,a\n1,2,3\n")).toMatchObject({
      code: "duplicate-column",
      location: { line: 1, column: 3 },
    });
  });

  it("bounds memory: huge lines and too many columns are typed errors", async () => {
    expect(await error(`a\n${"x".repeat(5000)}\n`, { maxRowBytes: 1000, chunkBytes: 256 })).toMatchObject({
      code: "line-too-long",
      location: { line: 2 },
    });
    expect(
      await error(`${Array.from({ length: 200 }, (_, i) => `c${i}`).join(",")}\n`, { maxColumns: 100 }),
    ).toMatchObject({ code: "too-many-columns", location: { line: 1 } });
  });

  it("holds maxRowBytes to each record, whatever the read size (threaded ranges read 256 KiB)", async () => {
    for (const chunkBytes of [1 << 20, 256 << 10, 4096]) {
      const long = `a,b\n1,2\n3,${"x".repeat(600_000)}\n4,5\n`;
      expect(await error(long, { maxRowBytes: 300_000, chunkBytes })).toMatchObject({
        code: "line-too-long",
        location: { line: 3 },
      });
      const quoted = `a,b\n1,"${"y\n".repeat(200_000)}"\n`; // 400 KB over 200,001 lines
      expect(await error(quoted, { maxRowBytes: 300_000, chunkBytes })).toMatchObject({
        code: "line-too-long",
        location: { line: 2 },
      });
      const { rows } = await parse(`a,b\n1,${"z".repeat(200_000)}\n2,3\n`, {
        maxRowBytes: 300_000,
        chunkBytes,
      });
      expect(rows.map((r) => r[0])).toEqual(["a", "1", "2"]);
    }
  });

  it("closes a quoted last field at the end of the file, whatever the buffer holds past it", async () => {
    // Earlier reads leave quotes in the buffer past the data; the byte after a closing quote that
    // ends the file is not the file's (it was taken for a doubled quote: "never closed").
    const filler = `1,"${'""'.repeat(40)}"\n`;
    for (const chunkBytes of [16, 64, 100, 4096]) {
      for (const tail of ['2,"x"', '2,"x"\r\n', '"y","x"']) {
        const { rows } = await parse(`a,b\n${filler.repeat(50)}${tail}`, { chunkBytes });
        expect(rows.length).toBe(52);
        expect(rows.at(-1)![1]).toBe("x");
      }
    }
  });

  it("handles a header only (no rows) and a last line without a newline", async () => {
    expect((await parse("a,b\n")).rows).toEqual([["a", "b"]]);
    expect((await parse("a,b\n1,2")).rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});
