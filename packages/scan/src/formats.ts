/**
 * Readers for the non-pickle formats: NumPy .npy headers, safetensors headers, Keras configs
 * (.keras config.json, .h5 model_config attribute), ONNX external-data locations.
 */
import { ScanError, type ByteSource } from "./source.js";
import { classifyGlobal } from "./policy.js";
import type { IssueSeverity } from "./types.js";

export interface Reporter {
  issue(severity: IssueSeverity, message: string, offset?: number): void;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
/** ISO-8859-1, byte for byte (TextDecoder("latin1") is windows-1252). */
const latin1 = {
  decode: (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1"),
};

// ---------------------------------------------------------------- NumPy .npy

export const NPY_MAGIC = "\x93NUMPY";

export interface NpyHeader {
  descr: string;
  hasObject: boolean;
  /** Bytes of array data the header announces (undefined for structured dtypes). */
  dataBytes: number | undefined;
  /** Offset of the first data byte. */
  dataStart: number;
}

/** Parse the header of a .npy file: magic, version, header length, the Python dict literal. */
export function readNpyHeader(src: ByteSource): NpyHeader {
  const head = src.read(0, 12);
  if (latin1.decode(head.subarray(0, 6)) !== NPY_MAGIC) {
    throw new ScanError(
      `npy: expected the magic \\x93NUMPY, found ${JSON.stringify(latin1.decode(head.subarray(0, 6)))}`,
      0,
    );
  }
  if (head.length < 10)
    throw new ScanError(
      "npy: truncated: expected a 10-byte preamble, found " + head.length + " bytes",
      head.length,
    );
  const major = head[6] as number;
  let headerLen: number;
  let start: number;
  if (major === 1) {
    headerLen = (head[8] as number) | ((head[9] as number) << 8);
    start = 10;
  } else if (major === 2 || major === 3) {
    if (head.length < 12)
      throw new ScanError(
        "npy: truncated: expected a 12-byte preamble, found " + head.length + " bytes",
        head.length,
      );
    headerLen =
      ((head[8] as number) | ((head[9] as number) << 8) | ((head[10] as number) << 16)) +
      (head[11] as number) * 0x1000000;
    start = 12;
  } else {
    throw new ScanError(`npy: expected format version 1, 2 or 3, found ${major}`, 6);
  }
  if (start + headerLen > src.size) {
    throw new ScanError(`npy: truncated header: expected ${headerLen} bytes, found ${src.size - start}`, 8);
  }
  const text = latin1.decode(src.read(start, headerLen));
  const descrMatch = /['"]descr['"]\s*:\s*('([^']*)'|"([^"]*)"|\[)/.exec(text);
  const shapeMatch = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(text);
  if (!descrMatch || !shapeMatch) {
    throw new ScanError(
      `npy: expected a header dict with 'descr' and 'shape', found ${JSON.stringify(text.slice(0, 80))}`,
      start,
    );
  }
  const structured = descrMatch[1] === "[";
  const descr = structured ? text.slice(descrMatch.index) : (descrMatch[2] ?? descrMatch[3] ?? "");
  // Any quoted object type anywhere in the header (Python's literal_eval keeps the last of duplicate
  // keys, so the first 'descr' is not enough): an object array is a pickle.
  const hasObject = /['"][<>|=]?O\d*['"]/.test(text);
  const dims = shapeMatch[1]!
    .split(",")
    .map((d) => d.trim())
    .filter((d) => d !== "");
  if (dims.some((d) => !/^\d+L?$/.test(d))) {
    throw new ScanError(
      `npy: expected the shape as a tuple of integers, found (${shapeMatch[1]})`,
      start + shapeMatch.index,
    );
  }
  let dataBytes: number | undefined;
  const size = /^[<>|=]?[a-zA-Z?](\d+)/.exec(descr);
  if (!structured && !hasObject && size) {
    dataBytes = dims.reduce((n, d) => n * Number.parseInt(d, 10), 1) * Number(size[1]);
  }
  return { descr: structured ? "structured" : descr, hasObject, dataBytes, dataStart: start + headerLen };
}

// ---------------------------------------------------------------- safetensors

export function checkSafetensors(src: ByteSource, report: Reporter): void {
  if (src.size < 8)
    throw new ScanError(`safetensors: expected an 8-byte header length, found ${src.size} bytes`, 0);
  const lenBytes = src.read(0, 8);
  let headerLen = 0;
  for (let i = 7; i >= 0; i--) headerLen = headerLen * 256 + (lenBytes[i] as number);
  if (headerLen > src.size - 8) {
    throw new ScanError(
      `safetensors: the header length is ${headerLen} bytes, expected at most the ${src.size - 8} bytes that follow`,
      0,
    );
  }
  let header: unknown;
  try {
    header = JSON.parse(utf8.decode(src.read(8, headerLen)));
  } catch (error) {
    throw new ScanError(
      `safetensors: expected a JSON header, found invalid JSON (${(error as Error).message})`,
      8,
    );
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) {
    throw new ScanError("safetensors: expected the header to be a JSON object", 8);
  }
  const dataSize = src.size - 8 - headerLen;
  for (const [name, info] of Object.entries(header as Record<string, unknown>)) {
    if (name === "__metadata__") continue;
    const offsets = (info as { data_offsets?: unknown } | null)?.data_offsets;
    if (
      !Array.isArray(offsets) ||
      offsets.length !== 2 ||
      !offsets.every((o) => Number.isSafeInteger(o) && (o as number) >= 0) ||
      (offsets[0] as number) > (offsets[1] as number) ||
      (offsets[1] as number) > dataSize
    ) {
      throw new ScanError(
        `safetensors: tensor ${JSON.stringify(name)} has data_offsets ${JSON.stringify(offsets)}, expected [begin, end] within the ${dataSize} data bytes`,
        8,
      );
    }
  }
  report.issue("info", "safetensors holds tensors only: nothing in it runs when loaded");
}

export function looksLikeSafetensors(src: ByteSource): boolean {
  if (src.size < 10) return false;
  const head = src.read(0, 9);
  let headerLen = 0;
  for (let i = 7; i >= 0; i--) headerLen = headerLen * 256 + (head[i] as number);
  return headerLen > 0 && headerLen <= src.size - 8 && head[8] === 0x7b;
}

// ---------------------------------------------------------------- Keras

const KERAS_MODULE = /^(keras|tf_keras|tensorflow\.keras|tensorflow\.python\.keras)(\.|$)/;

/**
 * Walk a Keras model config (config.json of a .keras file, or the model_config attribute of an
 * .h5 file): Lambda layers carry Python bytecode; classes from modules outside Keras import code.
 */
export function checkKerasConfig(config: unknown, report: Reporter, where: string): void {
  const seen = new Set<string>();
  const flag = (severity: IssueSeverity, message: string): void => {
    if (seen.has(message)) return;
    seen.add(message);
    report.issue(severity, message);
  };
  const visit = (node: unknown, path: string, depth: number): void => {
    if (depth > 200)
      throw new ScanError(`${where}: expected a config nested at most 200 levels deep, found deeper`, 0);
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${path}[${i}]`, depth + 1));
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const obj = node as Record<string, unknown>;
    const className = typeof obj.class_name === "string" ? obj.class_name : undefined;
    const layerName =
      typeof (obj.config as { name?: unknown } | undefined)?.name === "string"
        ? ` "${(obj.config as { name: string }).name}"`
        : "";
    if (className === "Lambda") {
      flag(
        "dangerous",
        `${where}: Lambda layer${layerName} at ${path} holds Python code that runs when the model loads`,
      );
    } else if (className === "__lambda__" || className === "__function__") {
      flag("dangerous", `${where}: ${path} is a serialized Python function (${className})`);
    } else if (className === "TFOpLambda" || className === "SlicingOpLambda") {
      flag("warn", `${where}: ${className} layer${layerName} at ${path} calls a TensorFlow function by name`);
    }
    if (typeof obj.module === "string" && obj.module !== "" && !KERAS_MODULE.test(obj.module)) {
      const verdict = classifyGlobal(obj.module, className ?? "?");
      flag(
        verdict.severity === "dangerous" ? "dangerous" : "warn",
        `${where}: ${path} imports ${obj.module}.${className ?? "?"} from outside Keras (${verdict.reason})`,
      );
    }
    if (typeof obj.registered_name === "string" && obj.registered_name.includes(">")) {
      flag(
        "warn",
        `${where}: ${path} uses the custom object ${obj.registered_name}, whose code must be installed to load`,
      );
    }
    for (const [key, value] of Object.entries(obj)) visit(value, `${path}.${key}`, depth + 1);
  };
  visit(config, "$", 0);
}

export const HDF5_MAGIC = "\x89HDF\r\n\x1a\n";

/**
 * HDF5 (.h5): Keras stores the model config as JSON text in the `model_config` attribute, which
 * HDF5 keeps uncompressed. We search the bytes for the JSON markers instead of parsing HDF5.
 */
export function checkHdf5(src: ByteSource, report: Reporter): void {
  const CHUNK = 1 << 20;
  const OVERLAP = 256;
  const patterns: Array<[RegExp, IssueSeverity, (m: RegExpExecArray) => string]> = [
    [
      /"class_name":\s*"Lambda"/g,
      "dangerous",
      () => "Keras Lambda layer (holds Python code that runs when the model loads)",
    ],
    [
      /"class_name":\s*"(TFOpLambda|SlicingOpLambda)"/g,
      "warn",
      (m) => `Keras ${m[1]} layer (calls a TensorFlow function by name)`,
    ],
    [/"module":\s*"([^"]{1,200})"/g, "warn", (m) => `Keras config imports module ${m[1]}`],
  ];
  const seen = new Set<string>();
  for (let start = 0; start < src.size; start += CHUNK) {
    const from = Math.max(0, start - OVERLAP);
    const text = latin1.decode(src.read(from, CHUNK + (start - from)));
    for (const [re, severity, message] of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const offset = from + m.index;
        if (re.source.startsWith('"module"') && KERAS_MODULE.test(m[1] ?? "")) continue;
        const text2 = message(m);
        if (seen.has(text2)) continue;
        seen.add(text2);
        let sev = severity;
        if (re.source.startsWith('"module"')) {
          sev = classifyGlobal(m[1] ?? "", "?").severity === "dangerous" ? "dangerous" : "warn";
        }
        report.issue(sev, `${text2} at byte ${offset}`, offset);
      }
    }
  }
}

// ---------------------------------------------------------------- ONNX

interface Field {
  field: number;
  wire: number;
  /** For length-delimited fields: [start, end). For varints: the value. */
  start: number;
  end: number;
}

/** Fields of one protobuf message in bytes [start, end). */
function* protoFields(src: ByteSource, start: number, end: number): Generator<Field> {
  let p = start;
  const varint = (): number => {
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      const b = src.byte(p);
      if (b === -1 || p >= end)
        throw new ScanError(
          `onnx: truncated: expected a varint at byte ${p}, found the end of the message`,
          p,
        );
      p++;
      v += (b & 0x7f) * mul;
      mul *= 128;
      if ((b & 0x80) === 0) return v;
    }
    throw new ScanError(`onnx: expected a varint of at most 10 bytes at byte ${p}, found a longer one`, p);
  };
  while (p < end) {
    const at = p;
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key % 8;
    if (field === 0) throw new ScanError(`onnx: expected a field number at byte ${at}, found 0`, at);
    if (wire === 0) {
      const v = varint();
      yield { field, wire, start: v, end: v };
    } else if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      if (p + n > end)
        throw new ScanError(
          `onnx: field ${field} at byte ${at}: expected ${n} bytes, found fewer before the end of its message`,
          at,
        );
      p += n;
    } else if (wire === 2) {
      const len = varint();
      if (p + len > end) {
        throw new ScanError(
          `onnx: field ${field} at byte ${at}: expected ${len} bytes, found ${end - p} before the end of its message`,
          at,
        );
      }
      yield { field, wire, start: p, end: p + len };
      p += len;
    } else {
      throw new ScanError(
        `onnx: field ${field} at byte ${at}: expected wire type 0, 1, 2 or 5, found ${wire}`,
        at,
      );
    }
  }
}

/** Message-typed fields to descend into, per message type (onnx.proto field numbers). */
const ONNX_CHILDREN: Record<string, Record<number, string>> = {
  model: { 7: "graph", 20: "training", 25: "function" },
  training: { 1: "graph", 2: "graph" },
  graph: { 1: "node", 5: "tensor", 15: "sparse" },
  function: { 7: "node" },
  node: { 5: "attribute" },
  attribute: { 5: "tensor", 6: "graph", 10: "tensor", 11: "graph", 22: "sparse", 23: "sparse" },
  sparse: { 1: "tensor", 2: "tensor" },
};

export interface ExternalData {
  tensor: string;
  location: string;
  offset: number;
}

/** Every TensorProto external_data `location`, anywhere in the model (subgraphs included). */
export function onnxExternalData(src: ByteSource): ExternalData[] {
  const found: ExternalData[] = [];
  const text = (f: Field): string => latin1.decode(src.read(f.start, f.end - f.start));
  const visit = (kind: string, start: number, end: number, depth: number): void => {
    if (depth > 64)
      throw new ScanError(
        `onnx: expected messages nested at most 64 deep, found deeper at byte ${start}`,
        start,
      );
    if (kind === "tensor") {
      let name = "";
      for (const f of protoFields(src, start, end)) {
        if (f.field === 8 && f.wire === 2)
          name = new TextDecoder().decode(src.read(f.start, Math.min(f.end - f.start, 512)));
        if (f.field === 13 && f.wire === 2) {
          let key = "";
          let value = "";
          for (const kv of protoFields(src, f.start, f.end)) {
            if (kv.wire !== 2) continue;
            if (kv.field === 1) key = text(kv);
            if (kv.field === 2) value = new TextDecoder().decode(src.read(kv.start, kv.end - kv.start));
          }
          if (key === "location") found.push({ tensor: name, location: value, offset: f.start });
        }
      }
      return;
    }
    const children = ONNX_CHILDREN[kind] ?? {};
    for (const f of protoFields(src, start, end)) {
      const child = children[f.field];
      if (child !== undefined && f.wire === 2) visit(child, f.start, f.end, depth + 1);
    }
  };
  const top = new Set<number>();
  for (const f of protoFields(src, 0, src.size)) top.add(f.field);
  for (const [field, what] of [
    [7, "graph"],
    [8, "opset_import"],
  ] as const) {
    if (!top.has(field)) {
      throw new ScanError(
        `onnx: expected a ModelProto with ${what} (field ${field}), found none (truncated or not ONNX?)`,
        src.size,
      );
    }
  }
  visit("model", 0, src.size, 0);
  return found;
}
