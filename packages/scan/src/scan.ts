/**
 * scanPath: scan a model file or directory without loading anything, and say whether loading it
 * can run code. Formats are recognised by their bytes first (pickle PROTO, zip, NumPy, HDF5,
 * zlib/gzip), then by extension.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { gunzipSync, inflateSync } from "node:zlib";
import { classifyGlobal } from "./policy.js";
import { sweepImports, walkPickle, type PickleSink } from "./pickle.js";
import { BufferSource, FileSource, ScanError, type ByteSource } from "./source.js";
import { isZip, openZipEntry, readZipEntries, readZipEntryPrefix } from "./zip.js";
import {
  HDF5_MAGIC,
  NPY_MAGIC,
  checkHdf5,
  checkKerasConfig,
  checkSafetensors,
  looksLikeSafetensors,
  onnxExternalData,
  readNpyHeader,
  type NpyHeader,
} from "./formats.js";
import type {
  FileReport,
  GlobalRef,
  IssueSeverity,
  ModelFormat,
  ScanIssue,
  ScanOptions,
  ScanReport,
  Verdict,
} from "./types.js";

const DEFAULT_MAX_DECOMPRESSED = 1 << 30;
const DEFAULT_MAX_DEPTH = 4;

/** A file with these extensions that does not walk as a pickle is an error. */
const PICKLE_EXTENSIONS = new Set([
  ".pkl",
  ".pickle",
  ".joblib",
  ".pt",
  ".pth",
  ".ckpt",
  ".sav",
  ".p",
  ".npy",
]);
/** Pickles or raw tensor bytes (`pytorch_model.bin`, external weights): a pickle only if it walks as one. */
const MAYBE_PICKLE_EXTENSIONS = new Set([".bin", ".dat", ".data"]);
const ZIP_EXTENSIONS = new Set([".npz", ".zip", ".keras"]);
const OTHER_MODEL_EXTENSIONS = new Set([...ZIP_EXTENSIONS, ".h5", ".hdf5", ".onnx", ".safetensors", ".json"]);
/** Never tried as protocol 0 pickles (their text would often parse as a few opcodes). */
const TEXT_EXTENSIONS = new Set([
  ".txt",
  ".md",
  ".csv",
  ".tsv",
  ".py",
  ".yaml",
  ".yml",
  ".toml",
  ".ini",
  ".cfg",
  ".html",
]);

/** ISO-8859-1, byte for byte (TextDecoder("latin1") is windows-1252). */
const latin1 = {
  decode: (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1"),
};

const RANK: Record<Verdict, number> = { safe: 0, warn: 1, error: 2, dangerous: 3 };

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = "safe";
  for (const v of verdicts) if (RANK[v] > RANK[worst]) worst = v;
  return worst;
}

function issueVerdict(severity: IssueSeverity): Verdict {
  return severity === "info" ? "safe" : severity;
}

/** Collects one file's globals and issues. */
class FileScan {
  format: ModelFormat = "unknown";
  /** Bytes this file may still decompress (zip entries and streams share one budget). */
  budget: number;
  private readonly globals = new Map<string, GlobalRef>();
  private readonly issues: ScanIssue[] = [];

  constructor(
    readonly displayPath: string,
    readonly absolutePath: string,
    readonly options: Required<ScanOptions>,
  ) {
    this.budget = options.maxDecompressedBytes;
  }

  addGlobal(
    module: string,
    name: string,
    opcode: string,
    offset: number,
    entry: string | undefined,
    onlyIfNew = false,
  ): void {
    const key = `${module}\0${name}\0${entry ?? ""}`;
    const existing = this.globals.get(key);
    if (existing) {
      if (!onlyIfNew) existing.count++;
      return;
    }
    const verdict = classifyGlobal(module, name);
    const ref: GlobalRef = {
      module,
      name,
      severity: verdict.severity,
      reason: verdict.reason,
      opcode,
      offset,
      count: 1,
    };
    if (entry !== undefined) ref.entry = entry;
    this.globals.set(key, ref);
  }

  addIssue(
    severity: IssueSeverity,
    message: string,
    offset: number | undefined,
    entry: string | undefined,
  ): void {
    const issue: ScanIssue = { severity, message };
    if (offset !== undefined) issue.offset = offset;
    if (entry !== undefined) issue.entry = entry;
    this.issues.push(issue);
  }

  hasIssue(
    severity: IssueSeverity,
    message: string,
    offset: number | undefined,
    entry: string | undefined,
  ): boolean {
    return this.issues.some(
      (i) => i.severity === severity && i.message === message && i.offset === offset && i.entry === entry,
    );
  }

  report(): FileReport {
    const globals = [...this.globals.values()];
    const verdict = worstVerdict([
      ...globals.map((g): Verdict =>
        g.severity === "safe" ? "safe" : g.severity === "unknown" ? "warn" : "dangerous",
      ),
      ...this.issues.map((i) => issueVerdict(i.severity)),
    ]);
    return { path: this.displayPath, format: this.format, verdict, globals, issues: this.issues };
  }
}

interface Ctx {
  file: FileScan;
  entry: string | undefined;
  depth: number;
  /** Whether this stream's format is the file's format (the file itself, or its decompressed body). */
  top: boolean;
}

const child = (ctx: Ctx, name: string, top = false): Ctx => ({
  file: ctx.file,
  entry: ctx.entry === undefined ? name : `${ctx.entry}!/${name}`,
  depth: ctx.depth + 1,
  top: top && ctx.top,
});

function sinkFor(ctx: Ctx): PickleSink {
  return {
    global: (module, name, opcode, offset) => ctx.file.addGlobal(module, name, opcode, offset, ctx.entry),
    issue: (severity, message, offset) => ctx.file.addIssue(severity, message, offset, ctx.entry),
  };
}

function setFormat(ctx: Ctx, format: ModelFormat): void {
  if (ctx.top) ctx.file.format = format;
}

/**
 * A joblib file is also loadable with plain pickle.load, which does not read the array bytes after
 * a NumpyArrayWrapper but walks them as opcodes. Walk that reading too, so a payload hidden where
 * joblib expects array data is found; it normally stops at the first array byte (not an opcode).
 */
function scanAsPlainPickle(src: ByteSource, ctx: Ctx, start: number): void {
  const sink: PickleSink = {
    global: (module, name, opcode, offset) =>
      ctx.file.addGlobal(module, name, `${opcode} (read by plain pickle.load)`, offset, ctx.entry, true),
    issue: (severity, message, offset) => {
      if (severity === "info" || ctx.file.hasIssue(severity, message, offset, ctx.entry)) return;
      ctx.file.addIssue(severity, `read by plain pickle.load: ${message}`, offset, ctx.entry);
    },
  };
  try {
    walkPickle(src, start, sink, { joblibArrays: false });
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
  }
}

const SWEEP_LIMIT = 64 << 20;

/** A walk broke at `error`: report what still reads as a dangerous import after that point. */
function sweepAfter(src: ByteSource, ctx: Ctx, error: ScanError): void {
  const end = Math.min(src.size, error.offset + SWEEP_LIMIT);
  for (const found of sweepImports(src, Math.max(0, error.offset), end)) {
    const verdict = classifyGlobal(found.module, found.name);
    if (verdict.severity !== "dangerous") continue;
    ctx.file.addIssue(
      "dangerous",
      `after the walk stopped at byte ${error.offset}, the bytes at ${found.offset} still read as an import of ${found.module}.${found.name} (${found.opcode}; ${verdict.reason}): a looser loader could reach it`,
      found.offset,
      ctx.entry,
    );
  }
}

/** Walk every pickle in a row (legacy torch.save writes several), from `start`. */
function scanPickles(src: ByteSource, ctx: Ctx, start = 0, afterFirst = false): { joblib: boolean } {
  const sink = sinkFor(ctx);
  let pos = start;
  let joblib = false;
  for (let first = !afterFirst; ; first = false) {
    if (!first) {
      if (pos >= src.size) break;
      const b0 = src.byte(pos);
      const b1 = src.byte(pos + 1);
      if (!(b0 === 0x80 && b1 >= 0 && b1 <= 5)) {
        ctx.file.addIssue(
          "info",
          `${src.size - pos} bytes after the pickle's STOP at byte ${pos - 1} are not a pickle (a loader reading them as raw data runs nothing)`,
          pos,
          ctx.entry,
        );
        break;
      }
    }
    let result: { end: number; joblib: boolean };
    try {
      result = walkPickle(src, pos, sink);
    } catch (error) {
      if (error instanceof ScanError) sweepAfter(src, ctx, error);
      throw error;
    }
    if (result.joblib) scanAsPlainPickle(src, ctx, pos);
    joblib ||= result.joblib;
    pos = result.end;
  }
  return { joblib };
}

function decompressError(kind: string, error: unknown, max: number): ScanError {
  const message = (error as Error).message ?? String(error);
  if (/larger than|maxOutputLength|Cannot create a Buffer|buffer/i.test(message)) {
    return new ScanError(
      `${kind}: decompressed data exceeds the scan limit of ${max} bytes per file (maxDecompressedBytes)`,
      0,
    );
  }
  return new ScanError(`${kind}: cannot decompress (${message})`, 0);
}

const UNSUPPORTED_COMPRESSION: Array<[number[], string]> = [
  [[0x42, 0x5a, 0x68], "bz2"],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], "xz"],
  [[0x5d, 0x00, 0x00], "lzma"],
  [[0x04, 0x22, 0x4d, 0x18], "lz4"],
  [[0x28, 0xb5, 0x2f, 0xfd], "zstd"],
];

function startsWith(src: ByteSource, bytes: number[]): boolean {
  return bytes.every((b, i) => src.byte(i) === b);
}

function scanZip(src: ByteSource, ctx: Ctx, name: string): void {
  const entries = readZipEntries(src).filter((e) => !e.name.endsWith("/"));
  const names = entries.map((e) => e.name);
  const isKeras =
    names.includes("config.json") &&
    (/\.keras$/i.test(name) || names.some((n) => n === "metadata.json" || n.endsWith(".weights.h5")));
  const isTorch = names.some((n) => n === "data.pkl" || n.endsWith("/data.pkl"));
  const isNpz = entries.length > 0 && names.every((n) => n.endsWith(".npy")) && /\.npz$/i.test(name);
  setFormat(
    ctx,
    isKeras ? "keras" : isTorch ? "pytorch" : isNpz || /\.npz$/i.test(name) ? "numpy-archive" : "zip",
  );
  for (const entry of entries) {
    const sub = child(ctx, entry.name);
    if (isTorch && !/\.pkl$/.test(entry.name)) {
      if (/(^|\/)code\/.*\.py$/.test(entry.name)) {
        ctx.file.addIssue(
          "warn",
          `TorchScript code ${entry.name}: a TorchScript model runs this code when called`,
          undefined,
          sub.entry,
        );
      }
      continue; // storages (data/0 …) are raw tensor bytes; torch.load unpickles only the .pkl entries
    }
    try {
      if (isNpz && entry.method === 8 && entry.uncompressedSize > 1 << 20) {
        // A large compressed array: its header says whether it holds a pickle; plain data is not read.
        const header = readNpyHeader(new BufferSource(readZipEntryPrefix(src, entry)));
        if (!header.hasObject) {
          checkNpyData(header, entry.uncompressedSize);
          continue;
        }
      }
      const data = openZipEntry(src, entry, ctx.file.budget);
      if (entry.method === 8) ctx.file.budget -= data.size;
      if (isKeras && entry.name === "config.json") {
        let config: unknown;
        try {
          config = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(data.read(0, data.size)));
        } catch (error) {
          throw new ScanError(
            `config.json: expected JSON, found invalid JSON (${(error as Error).message})`,
            0,
          );
        }
        checkKerasConfig(
          config,
          { issue: (s, m, o) => ctx.file.addIssue(s, m, o, sub.entry) },
          "config.json",
        );
      } else if (isNpz) {
        scanNpy(data, sub);
      } else {
        scanSource(data, entry.name, sub);
      }
    } catch (error) {
      if (!(error instanceof ScanError)) throw error;
      ctx.file.addIssue("error", error.message, error.offset, sub.entry);
    }
  }
}

function scanNpy(src: ByteSource, ctx: Ctx): void {
  setFormat(ctx, "numpy");
  const header = readNpyHeader(src);
  if (header.hasObject) {
    if (header.dataStart >= src.size)
      throw new ScanError(
        "npy: object array: expected its pickle after the header, found the end of the file",
        header.dataStart,
      );
    scanPickles(src, ctx, header.dataStart);
    return;
  }
  checkNpyData(header, src.size);
  // Data that starts like a pickle is walked too, in case a loader reads the header differently.
  const b0 = src.byte(header.dataStart);
  const b1 = src.byte(header.dataStart + 1);
  if (b0 === 0x80 && b1 >= 0 && b1 <= 5) scanAsPlainPickle(src, ctx, header.dataStart);
}

function checkNpyData(header: NpyHeader, size: number): void {
  const remaining = size - header.dataStart;
  if (header.dataBytes !== undefined && remaining < header.dataBytes) {
    throw new ScanError(
      `npy: truncated array data: expected ${header.dataBytes} bytes (dtype ${header.descr}), found ${remaining}`,
      size,
    );
  }
}

function checkOnnx(src: ByteSource, ctx: Ctx): void {
  setFormat(ctx, "onnx");
  const dir = path.dirname(ctx.file.absolutePath);
  let dirReal = dir;
  try {
    dirReal = realpathSync(dir);
  } catch {
    /* in-memory */
  }
  for (const ext of onnxExternalData(src)) {
    const where = `tensor ${JSON.stringify(ext.tensor)}: external data location ${JSON.stringify(ext.location)}`;
    const parts = ext.location.split(/[\\/]/);
    if (ext.location === "" || ext.location.includes("\0")) {
      ctx.file.addIssue("error", `${where} is empty or contains a NUL byte`, ext.offset, ctx.entry);
    } else if (
      path.isAbsolute(ext.location) ||
      /^[a-zA-Z]:/.test(ext.location) ||
      /^[\\/]/.test(ext.location)
    ) {
      ctx.file.addIssue(
        "dangerous",
        `${where} is absolute: loading reads a file outside the model directory`,
        ext.offset,
        ctx.entry,
      );
    } else if (parts.includes("..")) {
      ctx.file.addIssue(
        "dangerous",
        `${where} climbs out of the model directory with '..'`,
        ext.offset,
        ctx.entry,
      );
    } else {
      const target = path.join(dir, ext.location);
      let real: string | undefined;
      try {
        real = realpathSync(target);
      } catch {
        ctx.file.addIssue(
          "warn",
          `${where}: the file does not exist next to the model`,
          ext.offset,
          ctx.entry,
        );
      }
      if (real !== undefined && !isInside(dirReal, real)) {
        ctx.file.addIssue(
          "dangerous",
          `${where} resolves (through a symlink) to ${real}, outside the model directory`,
          ext.offset,
          ctx.entry,
        );
      }
    }
  }
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** Scan one stream of bytes; `name` gives the extension hint. Throws ScanError on bad data. */
function scanSource(src: ByteSource, name: string, ctx: Ctx): void {
  if (ctx.depth > ctx.file.options.maxDepth) {
    throw new ScanError(
      `expected containers nested at most ${ctx.file.options.maxDepth} deep, found deeper; cannot scan further`,
      0,
    );
  }
  const ext = path.extname(name).toLowerCase();
  if (src.size === 0) {
    setFormat(ctx, "unknown");
    if (PICKLE_EXTENSIONS.has(ext) || MAYBE_PICKLE_EXTENSIONS.has(ext) || OTHER_MODEL_EXTENSIONS.has(ext)) {
      throw new ScanError(`empty file: expected a ${ext} model, found 0 bytes`, 0);
    }
    return;
  }
  const b0 = src.byte(0);
  const b1 = src.byte(1);
  if (b0 === 0x80 && b1 >= 0 && b1 <= 5) {
    setFormat(ctx, ext === ".joblib" ? "joblib" : "pickle");
    const { joblib } = scanPickles(src, ctx);
    if (joblib) setFormat(ctx, "joblib");
    return;
  }
  if (isZip(src)) return scanZip(src, ctx, name);
  const head = latin1.decode(src.read(0, 8));
  if (head.startsWith(NPY_MAGIC)) return scanNpy(src, ctx);
  if (head === HDF5_MAGIC) {
    setFormat(ctx, "keras-h5");
    checkHdf5(src, { issue: (s, m, o) => ctx.file.addIssue(s, m, o, ctx.entry) });
    return;
  }
  if (b0 === 0x1f && b1 === 0x8b) {
    return scanStream(src, ctx, "gzip", gunzipSync, name.replace(/\.gz$/i, ""));
  }
  if (b0 === 0x78 && b1 >= 0 && (b0 * 256 + b1) % 31 === 0) {
    // zlib with a 32 KiB window, as joblib and zlib.compress write it (CMF 0x78, valid FCHECK)
    return scanStream(src, ctx, "zlib", inflateSync, name);
  }
  for (const [magic, kind] of UNSUPPORTED_COMPRESSION) {
    if (startsWith(src, magic)) {
      setFormat(ctx, "compressed");
      throw new ScanError(
        `${kind}-compressed data cannot be scanned (Node.js has no ${kind} decoder); save it uncompressed or with zlib/gzip (joblib.dump(..., compress=("zlib", 3))) to have it scanned`,
        0,
      );
    }
  }
  if (ext === ".safetensors" || (ext !== ".json" && looksLikeSafetensors(src))) {
    setFormat(ctx, "safetensors");
    checkSafetensors(src, { issue: (s, m, o) => ctx.file.addIssue(s, m, o, ctx.entry) });
    return;
  }
  if (ext === ".onnx") return checkOnnx(src, ctx);
  if (ext === ".json") {
    setFormat(ctx, "json");
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(src.read(0, src.size)));
    } catch (error) {
      throw new ScanError(`expected JSON, found invalid JSON (${(error as Error).message})`, 0);
    }
    // A Keras model config saved on its own (model.to_json(), read by model_from_json) runs its Lambdas too.
    if (/"class_name"\s*:/.test(latin1.decode(src.read(0, src.size)))) {
      checkKerasConfig(
        value,
        { issue: (s, m, o) => ctx.file.addIssue(s, m, o, ctx.entry) },
        path.basename(name),
      );
    }
    return;
  }
  if (ZIP_EXTENSIONS.has(ext)) {
    const found = Buffer.from(src.read(0, 4)).toString("hex");
    throw new ScanError(`expected a ${ext} zip archive (signature 504b0304), found bytes ${found}`, 0);
  }
  if (ext === ".h5" || ext === ".hdf5") {
    const found = Buffer.from(src.read(0, 8)).toString("hex");
    throw new ScanError(`expected a ${ext} file (HDF5 signature 894844460d0a1a0a), found bytes ${found}`, 0);
  }
  if (TEXT_EXTENSIONS.has(ext)) return;
  // Protocol 0/1 pickles have no magic: try walking it. Anything that imports a global before
  // failing is reported (a loader would have imported it too); otherwise it is not a pickle.
  const events: Array<() => void> = [];
  let sawGlobal = false;
  const sink: PickleSink = {
    global: (m, n, op, off) => {
      sawGlobal = true;
      events.push(() => ctx.file.addGlobal(m, n, op, off, ctx.entry));
    },
    issue: (s, m, off) => {
      if (s === "dangerous") sawGlobal = true;
      events.push(() => ctx.file.addIssue(s, m, off, ctx.entry));
    },
  };
  let result: { end: number; joblib: boolean };
  try {
    result = walkPickle(src, 0, sink);
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    if (ext === ".npy" && !sawGlobal) return scanNpy(src, ctx); // reports the bad NumPy magic
    if (sawGlobal || PICKLE_EXTENSIONS.has(ext)) {
      setFormat(ctx, "pickle");
      for (const e of events) e();
      sweepAfter(src, ctx, error);
      throw error;
    }
    setFormat(ctx, "unknown");
    return;
  }
  setFormat(ctx, result.joblib || ext === ".joblib" ? "joblib" : "pickle");
  for (const e of events) e();
  if (result.joblib) scanAsPlainPickle(src, ctx, 0);
  if (result.end < src.size) scanPickles(src, ctx, result.end, true);
}

/** Decompress a zlib/gzip stream within the file's budget and scan what it holds. */
function scanStream(
  src: ByteSource,
  ctx: Ctx,
  kind: "gzip" | "zlib",
  decompress: (data: Uint8Array, options: { maxOutputLength: number }) => Buffer,
  innerName: string,
): void {
  setFormat(ctx, "compressed");
  let out: Buffer;
  try {
    out = decompress(src.read(0, src.size), { maxOutputLength: Math.max(1, ctx.file.budget) });
  } catch (error) {
    throw decompressError(kind, error, ctx.file.options.maxDecompressedBytes);
  }
  ctx.file.budget -= out.length;
  scanDecompressed(out, innerName, child(ctx, `${kind} stream`, true));
}

/** A compressed joblib/pickle: the file's format is the inner one (unless it is unknown). */
function scanDecompressed(data: Buffer, name: string, ctx: Ctx): void {
  scanSource(new BufferSource(data), name, ctx);
  if (ctx.top && ctx.file.format === "unknown") ctx.file.format = "compressed";
}

function scanFileAt(absolute: string, display: string, options: Required<ScanOptions>): FileReport {
  const file = new FileScan(display, absolute, options);
  let src: FileSource | undefined;
  try {
    src = new FileSource(absolute);
    scanSource(src, absolute, { file, entry: undefined, depth: 0, top: true });
  } catch (error) {
    if (error instanceof ScanError) {
      file.addIssue("error", error.message, error.offset, undefined);
    } else if ((error as NodeJS.ErrnoException).code !== undefined) {
      file.addIssue("error", `cannot read ${display}: ${(error as Error).message}`, undefined, undefined);
    } else {
      throw error;
    }
  } finally {
    src?.close();
  }
  return file.report();
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}

function errorReport(display: string, message: string): FileReport {
  return {
    path: display,
    format: "unknown",
    verdict: "error",
    globals: [],
    issues: [{ severity: "error", message }],
  };
}

function resolveOptions(options: ScanOptions): Required<ScanOptions> {
  return {
    maxDecompressedBytes: options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
  };
}

/**
 * Scan a model file, or every file below a directory (symlinks are followed only when they stay
 * inside it; FIFOs, sockets and devices are reported, never opened). Never throws for bad model
 * bytes: those become `error` issues with a byte offset. Throws only when `target` itself cannot
 * be read.
 */
export async function scanPath(target: string, options: ScanOptions = {}): Promise<ScanReport> {
  const opts = resolveOptions(options);
  const root = path.resolve(target);
  const rootStats = statSync(root);
  const files: FileReport[] = [];
  if (!rootStats.isDirectory()) {
    const display = path.basename(root);
    files.push(
      rootStats.isFile()
        ? scanFileAt(root, display, opts)
        : errorReport(display, `${display} is ${kindOf(rootStats)}; not scanned`),
    );
    return { verdict: worstVerdict(files.map((f) => f.verdict)), root, files };
  }
  const rootReal = realpathSync(root);
  const visited = new Set<string>([rootReal]);
  const walk = (dir: string): void => {
    const names = readdirSync(dir).sort();
    for (const name of names) {
      const absolute = path.join(dir, name);
      const display = path.relative(root, absolute).split(path.sep).join("/");
      let stats = lstatSync(absolute);
      if (stats.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(absolute);
        } catch (error) {
          files.push(
            errorReport(
              display,
              `symlink ${display} cannot be resolved (${(error as Error).message}); not scanned`,
            ),
          );
          continue;
        }
        if (!isInside(rootReal, real)) {
          files.push(
            errorReport(
              display,
              `symlink ${display} points to ${real}, outside the scanned directory; not scanned`,
            ),
          );
          continue;
        }
        stats = statSync(real);
        if (stats.isDirectory()) {
          if (visited.has(real)) continue;
          visited.add(real);
          walk(absolute);
          continue;
        }
      }
      if (stats.isDirectory()) {
        const real = realpathSync(absolute);
        if (visited.has(real)) continue;
        visited.add(real);
        walk(absolute);
      } else if (stats.isFile()) {
        files.push(scanFileAt(absolute, display, opts));
      } else {
        files.push(errorReport(display, `${display} is ${kindOf(stats)}; not scanned`));
      }
    }
  };
  walk(root);
  return { verdict: worstVerdict(files.map((f) => f.verdict)), root, files };
}

/** Scan bytes already in memory (`name` supplies the extension hint and the report's path). */
export function scanBytes(data: Uint8Array, name: string, options: ScanOptions = {}): FileReport {
  const file = new FileScan(name, path.resolve(name), resolveOptions(options));
  try {
    scanSource(new BufferSource(data), name, { file, entry: undefined, depth: 0, top: true });
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    file.addIssue("error", error.message, error.offset, undefined);
  }
  return file.report();
}

export interface ScanFinding {
  severity: "dangerous" | "warn" | "error";
  /** `imports os.system (GLOBAL; …)` or the issue's message. */
  message: string;
  file: string;
  entry?: string;
  offset?: number;
}

/** A compact, JSON-ready digest of a report: what a ModelVersion stores and a PR comment shows. */
export interface ScanSummary {
  verdict: Verdict;
  /** Files scanned. */
  files: number;
  /** Every distinct global imported anywhere, worst first then by name. */
  globals: Array<{ module: string; name: string; severity: GlobalRef["severity"] }>;
  /** Non-safe findings, worst first, at most `maxFindings`. */
  findings: ScanFinding[];
  /** Findings left out beyond `maxFindings`. */
  omittedFindings: number;
}

const SEVERITY_RANK: Record<string, number> = { dangerous: 0, error: 1, warn: 2, unknown: 2, safe: 3 };

export function summarizeScan(report: ScanReport, options: { maxFindings?: number } = {}): ScanSummary {
  const maxFindings = options.maxFindings ?? 50;
  const globals = new Map<string, { module: string; name: string; severity: GlobalRef["severity"] }>();
  const findings: ScanFinding[] = [];
  for (const file of report.files) {
    for (const g of file.globals) {
      const key = `${g.module}\0${g.name}`;
      if (!globals.has(key)) globals.set(key, { module: g.module, name: g.name, severity: g.severity });
      if (g.severity === "safe") continue;
      const finding: ScanFinding = {
        severity: g.severity === "dangerous" ? "dangerous" : "warn",
        message: `imports ${g.module}.${g.name} (${g.opcode}; ${g.reason})`,
        file: file.path,
        offset: g.offset,
      };
      if (g.entry !== undefined) finding.entry = g.entry;
      findings.push(finding);
    }
    for (const i of file.issues) {
      if (i.severity === "info") continue;
      const finding: ScanFinding = { severity: i.severity, message: i.message, file: file.path };
      if (i.entry !== undefined) finding.entry = i.entry;
      if (i.offset !== undefined) finding.offset = i.offset;
      findings.push(finding);
    }
  }
  const byRank = (a: { severity: string }, b: { severity: string }): number =>
    (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3);
  findings.sort(byRank);
  return {
    verdict: report.verdict,
    files: report.files.length,
    globals: [...globals.values()].sort(
      (a, b) => byRank(a, b) || `${a.module}.${a.name}`.localeCompare(`${b.module}.${b.name}`),
    ),
    findings: findings.slice(0, maxFindings),
    omittedFindings: Math.max(0, findings.length - maxFindings),
  };
}

/** One line per finding, for logs: `model.pkl [archive/data.pkl] byte 42: dangerous: …`. */
export function formatFindings(report: ScanReport): string[] {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const g of file.globals) {
      if (g.severity === "safe") continue;
      const where = `${file.path}${g.entry ? ` [${g.entry}]` : ""} byte ${g.offset}`;
      lines.push(`${where}: ${g.severity}: imports ${g.module}.${g.name} (${g.opcode}; ${g.reason})`);
    }
    for (const i of file.issues) {
      if (i.severity === "info") continue;
      const where = `${file.path}${i.entry ? ` [${i.entry}]` : ""}${i.offset !== undefined ? ` byte ${i.offset}` : ""}`;
      lines.push(`${where}: ${i.severity}: ${i.message}`);
    }
  }
  return lines;
}
