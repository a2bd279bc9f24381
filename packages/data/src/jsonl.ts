import { open } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import { jsonErrorOffset } from "@mlops/core/json-text";
import { DataError, fileError } from "./errors.js";

/**
 * JSON Lines, streamed: one JSON object per line, read in chunks; a line may be at most
 * maxRowBytes long. Blank lines are skipped. Each object goes to onObject with its line.
 */
export async function readJsonLines(
  file: string,
  onObject: (object: Record<string, unknown>, line: number) => void,
  options: { chunkBytes?: number; maxRowBytes?: number; onProgress?: (bytes: number) => void } = {},
): Promise<void> {
  const chunk = options.chunkBytes ?? 1 << 20;
  const maxRow = options.maxRowBytes ?? 64 << 20;
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw fileError(error, file);
  }
  const decoder = new TextDecoder("utf-8");
  try {
    let buf = Buffer.allocUnsafe(chunk * 2);
    let filled = 0;
    let line = 1;
    let consumed = 0;
    let sawAny = false;
    let first = true;
    for (;;) {
      if (filled + chunk > buf.length) {
        if (filled >= maxRow)
          throw new DataError("line-too-long", `a line is longer than ${maxRow} bytes (maxRowBytes)`, {
            file,
            line,
          });
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, filled, chunk, null);
      const eof = bytesRead === 0;
      filled += bytesRead;
      let pos = 0;
      if (first) {
        first = false;
        if (filled >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
      }
      for (;;) {
        let nl = buf.indexOf(10, pos);
        if (nl >= filled) nl = -1;
        if (nl === -1 && !eof) break;
        const end = nl === -1 ? filled : nl;
        if (end === pos && nl === -1) break;
        let lineEnd = end;
        if (lineEnd > pos && buf[lineEnd - 1] === 13) lineEnd--;
        const bytes = buf.subarray(pos, lineEnd);
        if (bytes.indexOf(0) !== -1)
          throw new DataError("nul-byte", "NUL byte found: this looks like a binary file, not JSON Lines", {
            file,
            line,
            column: bytes.indexOf(0) + 1,
          });
        if (!isUtf8(bytes))
          throw new DataError("invalid-utf8", "invalid UTF-8 (save the file as UTF-8)", { file, line });
        const text = decoder.decode(bytes);
        if (text.trim() !== "") {
          sawAny = true;
          let value: unknown;
          try {
            value = JSON.parse(text);
          } catch (error) {
            throw new DataError("invalid-json", `invalid JSON: ${(error as Error).message}`, {
              file,
              line,
              column: jsonColumn(text),
            });
          }
          if (value === null || typeof value !== "object" || Array.isArray(value)) {
            throw new DataError(
              "not-an-object",
              `expected a JSON object per line, found ${Array.isArray(value) ? "an array" : JSON.stringify(value)?.slice(0, 40)}`,
              { file, line, column: 1 },
            );
          }
          onObject(value as Record<string, unknown>, line);
        }
        line++;
        pos = nl === -1 ? filled : nl + 1;
        if (nl === -1) break;
      }
      consumed += pos;
      options.onProgress?.(consumed);
      if (eof) break;
      buf.copy(buf, 0, pos, filled);
      filled -= pos;
    }
    if (!sawAny) throw new DataError("empty-file", "the file has no JSON objects", { file, line: 1 });
  } finally {
    await handle.close();
  }
}

/** Column of the first syntax error in one line of JSON. */
function jsonColumn(text: string): number {
  return jsonErrorOffset(text) + 1;
}
