/**
 * A pickle opcode walker for protocols 0-5. It never executes anything: it decodes every opcode
 * of CPython's pickletools, keeps a symbolic stack and memo (strings, numbers, containers, globals,
 * "an object made by calling X") and reports every global the stream would import. STACK_GLOBAL
 * operands are resolved from the string constants pushed or memoized before it; when they are not
 * constants the import is unknowable and reported as dangerous.
 *
 * joblib files are pickles with raw array bytes interleaved: after a NumpyArrayWrapper's BUILD the
 * loader reads the array from the file itself. The walker evaluates the wrapper's state (shape,
 * dtype, alignment) to skip exactly those bytes, or scans the nested pickle of an object array.
 *
 * Work is linear in the stream: every opcode consumes at least one byte, lengths are checked
 * against the bytes that remain before anything is read, containers keep at most MAX_ITEMS items.
 */
import type { IssueSeverity } from "./types.js";
import { ScanError, type ByteSource } from "./source.js";

export interface PickleSink {
  global(module: string, name: string, opcode: string, offset: number): void;
  issue(severity: IssueSeverity, message: string, offset: number): void;
}

export interface PickleWalkResult {
  /** Offset just after STOP. */
  end: number;
  /** Highest PROTO seen (0 when there is none). */
  protocol: number;
  /** Whether a joblib NumpyArrayWrapper was seen (the file is a joblib dump). */
  joblib: boolean;
}

/** Items kept per container: enough for argument tuples, state dicts and shapes (numpy allows 64 dims). */
const MAX_ITEMS = 64;
const MAX_STRING = 4096;
const MEMO_DENSE_LIMIT = 1 << 24;
const MAX_NESTING = 8;

type Value =
  | { k: "str"; s: string }
  | { k: "int"; n: number }
  | { k: "none" }
  | { k: "opaque"; what: string }
  | { k: "global"; module: string; name: string }
  | { k: "seq"; kind: "tuple" | "list" | "set"; items: Value[]; truncated: boolean }
  | { k: "dict"; entries: Array<[Value, Value]>; truncated: boolean }
  | {
      k: "obj";
      cls: Value;
      args: Value | undefined;
      state: Value | undefined;
      /** Instance attributes set by BUILD without __setstate__ (kept for joblib wrappers). */
      attrs?: Map<string, Value>;
    };

const NONE: Value = { k: "none" };
const opaque = (what: string): Value => ({ k: "opaque", what });

function describe(v: Value | undefined): string {
  if (v === undefined) return "nothing";
  switch (v.k) {
    case "str":
      return `string ${JSON.stringify(v.s.length > 40 ? `${v.s.slice(0, 40)}…` : v.s)}`;
    case "int":
      return `integer ${v.n}`;
    case "none":
      return "None";
    case "opaque":
      return v.what;
    case "global":
      return `global ${v.module}.${v.name}`;
    case "seq":
      return v.kind;
    case "dict":
      return "dict";
    case "obj":
      return `result of calling ${v.cls.k === "global" ? `${v.cls.module}.${v.cls.name}` : "an object"}`;
  }
}

/** ISO-8859-1, byte for byte (TextDecoder("latin1") is windows-1252). */
const latin1 = {
  decode: (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1"),
};
const utf8 = new TextDecoder("utf-8");

/** Python's escape syntax in protocol 0 STRING arguments ('…' or "…"). */
function decodePythonString(raw: string): string | undefined {
  const quote = raw[0];
  if (raw.length < 2 || (quote !== "'" && quote !== '"') || raw[raw.length - 1] !== quote) return undefined;
  const body = raw.slice(1, -1);
  return body.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/gs, (_m, esc: string) => {
    if (esc[0] === "x") return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (/^[0-7]/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
    const simple: Record<string, string> = {
      n: "\n",
      t: "\t",
      r: "\r",
      "\\": "\\",
      "'": "'",
      '"': '"',
      "0": "\0",
    };
    return simple[esc] ?? `\\${esc}`;
  });
}

/** raw-unicode-escape (protocol 0 UNICODE). */
function decodeRawUnicode(raw: string): string {
  return raw.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, u4?: string, u8?: string) =>
    String.fromCodePoint(parseInt((u4 ?? u8) as string, 16)),
  );
}

function bigLength(bytes: Uint8Array): number {
  // 8-byte little-endian unsigned; anything above 2^53 is simply "too long".
  let n = 0;
  for (let i = 7; i >= 0; i--) n = n * 256 + (bytes[i] as number);
  return n;
}

/** The class an object was made from: NEWOBJ/INST/OBJ's class, or copyreg._reconstructor's first arg. */
function classOf(v: Value | undefined): { module: string; name: string } | undefined {
  if (v?.k !== "obj") return undefined;
  if (v.cls.k !== "global") return undefined;
  if ((v.cls.module === "copyreg" || v.cls.module === "copy_reg") && v.cls.name === "_reconstructor") {
    const first = v.args?.k === "seq" ? v.args.items[0] : undefined;
    return first?.k === "global" ? first : undefined;
  }
  return v.cls;
}

/** joblib < 0.10 wrappers: the array lives in a separate file named by the `filename` attribute. */
const COMPAT_WRAPPERS = new Set([
  "joblib.numpy_pickle_compat.NDArrayWrapper",
  "joblib.numpy_pickle_compat.ZNDArrayWrapper",
  "sklearn.externals.joblib.numpy_pickle.NDArrayWrapper",
  "sklearn.externals.joblib.numpy_pickle.ZNDArrayWrapper",
]);

const WRAPPER_MODULES = new Set(["joblib.numpy_pickle", "sklearn.externals.joblib.numpy_pickle"]);

interface DtypeInfo {
  itemsize: number;
  hasObject: boolean;
}

const FIXED_KINDS = new Set(["b", "i", "u", "f", "c", "M", "m"]);

/**
 * The item size and object-ness of a pickled numpy.dtype('f8', False, True) with its BUILD state
 * (version, byteorder, subarray, names, fields, elsize, alignment, flags[, metadata]), computed as
 * NumPy does: flexible kinds (S, U, V) take elsize from the state. Returns a reason string when it
 * cannot be known exactly (the caller then refuses to guess where the array data ends).
 */
function dtypeInfo(v: Value | undefined, depth = 0): DtypeInfo | string {
  if (v?.k !== "obj" || v.cls.k !== "global" || v.cls.module !== "numpy" || v.cls.name !== "dtype") {
    return `expected a numpy.dtype, found ${describe(v)}`;
  }
  if (depth > 4) return "dtype nested more than 4 levels";
  const first = v.args?.k === "seq" ? v.args.items[0] : undefined;
  const match = first?.k === "str" ? /^[<>|=]?([a-zA-Z?])(\d*)$/.exec(first.s) : null;
  if (!match) return `expected a dtype string such as 'f8', found ${describe(first)}`;
  const kind = match[1] as string;
  const digits = match[2] === "" ? undefined : Number(match[2]);
  const state = v.state?.k === "seq" ? v.state.items : [];
  const elsizeValue = state[5];
  const elsize = elsizeValue?.k === "int" && elsizeValue.n > 0 ? elsizeValue.n : undefined;
  let itemsize: number | undefined;
  let hasObject = false;
  if (kind === "O") {
    itemsize = digits ?? 8;
    hasObject = true;
  } else if (kind === "?") {
    itemsize = 1;
  } else if (FIXED_KINDS.has(kind)) {
    itemsize = digits;
  } else if (kind === "S" || kind === "a" || kind === "V") {
    itemsize = elsize ?? digits;
  } else if (kind === "U") {
    itemsize = elsize ?? (digits === undefined ? undefined : digits * 4);
  }
  if (itemsize === undefined) return `cannot tell the item size of dtype '${(first as { s: string }).s}'`;
  // Fields ({name: (dtype, offset[, title])}) and a subarray ((dtype, shape)) may hold objects.
  const nested: Value[] = [];
  const subarray = state[2];
  if (subarray?.k === "seq" && subarray.items[0]) nested.push(subarray.items[0]);
  const fields = state[4];
  if (fields?.k === "dict") {
    if (fields.truncated) return "too many dtype fields to check";
    for (const [, field] of fields.entries)
      if (field.k === "seq" && field.items[0]) nested.push(field.items[0]);
  }
  for (const sub of nested) {
    const info = dtypeInfo(sub, depth + 1);
    if (typeof info === "string") return info;
    hasObject ||= info.hasObject;
  }
  const flags = state[7];
  if (flags?.k === "int" && ((flags.n & 1) === 1) !== hasObject) {
    return `dtype flags ${flags.n} disagree with its fields about holding objects`;
  }
  return { itemsize, hasObject };
}

class Walker {
  private pos: number;
  private stack: Value[] = [];
  private readonly metastack: Value[][] = [];
  /** The memo: dense keys (what picklers write) in an array, anything else in a map. */
  private readonly memoDense: Array<Value | undefined> = [];
  private readonly memoSparse = new Map<number, Value>();
  private memoSize = 0;
  protocol = 0;
  joblib = false;

  constructor(
    private readonly src: ByteSource,
    start: number,
    private readonly sink: PickleSink,
    private readonly nesting: number,
    /** Read joblib's array data after NumpyArrayWrapper BUILDs (joblib.load), or not (pickle.load). */
    private readonly joblibArrays: boolean,
  ) {
    this.pos = start;
  }

  private fail(message: string, offset = this.pos): never {
    throw new ScanError(message, offset);
  }

  private need(n: number, what: string): void {
    if (!Number.isSafeInteger(n) || n < 0)
      this.fail(`${what} at byte ${this.pos}: expected a length, found ${n}`);
    if (this.pos + n > this.src.size) {
      this.fail(
        `truncated pickle: expected ${n} byte${n === 1 ? "" : "s"} of ${what} at byte ${this.pos}, found ${this.src.size - this.pos} before the end of the data`,
      );
    }
  }

  private bytes(n: number, what: string): Uint8Array {
    this.need(n, what);
    const out = this.src.read(this.pos, n);
    this.pos += n;
    return out;
  }

  private uint(n: 1 | 2 | 4, what: string): number {
    this.need(n, what);
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + this.src.byte(this.pos + i);
    this.pos += n;
    return v;
  }

  private int32(what: string): number {
    const v = this.uint(4, what);
    return v >= 0x80000000 ? v - 0x100000000 : v;
  }

  /** Text up to the next newline (protocol 0 arguments). */
  private line(what: string, decoder: { decode(input: Uint8Array): string } = latin1): string {
    const start = this.pos;
    let end = start;
    for (;;) {
      const b = this.src.byte(end);
      if (b === -1)
        this.fail(`truncated pickle: expected a newline ending ${what}, found the end of the data`, start);
      if (b === 0x0a) break;
      end++;
    }
    this.pos = end + 1;
    this.lastLineLength = end - start;
    return decoder.decode(this.src.read(start, Math.min(end - start, MAX_STRING)));
  }

  /** Length of the last line read (line() keeps only its first MAX_STRING bytes). */
  private lastLineLength = 0;

  private text(n: number, what: string, decoder: { decode(input: Uint8Array): string }): Value {
    if (n > MAX_STRING) {
      this.need(n, what);
      this.pos += n;
      return opaque(`${what} of ${n} bytes`);
    }
    return { k: "str", s: decoder.decode(this.bytes(n, what)) };
  }

  private skip(n: number, what: string): Value {
    this.need(n, what);
    this.pos += n;
    return opaque(what);
  }

  private push(v: Value): void {
    this.stack.push(v);
  }

  private pop(op: string, at: number): Value {
    const v = this.stack.pop();
    if (v === undefined)
      this.fail(`${op} at byte ${at}: expected a value on the stack, found it empty (stack underflow)`, at);
    return v;
  }

  private top(op: string, at: number): Value {
    const v = this.stack[this.stack.length - 1];
    if (v === undefined)
      this.fail(`${op} at byte ${at}: expected a value on the stack, found it empty (stack underflow)`, at);
    return v;
  }

  private popMark(op: string, at: number): Value[] {
    const items = this.stack;
    const previous = this.metastack.pop();
    if (previous === undefined) this.fail(`${op} at byte ${at}: expected a MARK before it, found none`, at);
    this.stack = previous;
    return items;
  }

  private seq(kind: "tuple" | "list" | "set", items: Value[]): Value {
    return { k: "seq", kind, items: items.slice(0, MAX_ITEMS), truncated: items.length > MAX_ITEMS };
  }

  private addItems(target: Value, items: Value[], op: string, at: number): void {
    if (target.k === "seq") {
      for (const item of items) {
        if (target.items.length < MAX_ITEMS) target.items.push(item);
        else target.truncated = true;
      }
    } else if (target.k !== "obj" && target.k !== "opaque" && target.k !== "global") {
      this.fail(`${op} at byte ${at}: expected a list or set below the items, found ${describe(target)}`, at);
    }
  }

  private setItems(target: Value, items: Value[], op: string, at: number): void {
    if (items.length % 2 !== 0)
      this.fail(`${op} at byte ${at}: expected key/value pairs, found an odd number of items`, at);
    if (target.k === "dict") {
      for (let i = 0; i < items.length; i += 2) {
        if (target.entries.length < MAX_ITEMS)
          target.entries.push([items[i] as Value, items[i + 1] as Value]);
        else target.truncated = true;
      }
    } else if (target.k !== "obj" && target.k !== "opaque" && target.k !== "global") {
      this.fail(`${op} at byte ${at}: expected a dict below the items, found ${describe(target)}`, at);
    }
  }

  private global(module: string, name: string, op: string, at: number): Value {
    this.sink.global(module, name, op, at);
    return { k: "global", module, name };
  }

  private memoGet(key: number, op: string, at: number): Value {
    const v = key < MEMO_DENSE_LIMIT ? this.memoDense[key] : this.memoSparse.get(key);
    if (v === undefined)
      this.fail(`${op} at byte ${at}: expected memo key ${key} to be stored, found no such key`, at);
    return v;
  }

  private memoPut(key: number, op: string, at: number): void {
    if (!Number.isSafeInteger(key) || key < 0)
      this.fail(`${op} at byte ${at}: expected a memo key, found ${key}`, at);
    const value = this.top(op, at);
    if (key < MEMO_DENSE_LIMIT) {
      if (this.memoDense[key] === undefined) this.memoSize++;
      this.memoDense[key] = value;
    } else {
      if (!this.memoSparse.has(key)) this.memoSize++;
      this.memoSparse.set(key, value);
    }
  }

  /** Integers as Python's int(text, 0) reads them: signs, underscores, 0x/0o/0b prefixes, spaces. */
  private parseIntLine(text: string, op: string, at: number): number {
    const t = text.trim().replace(/L$/, "").replace(/_/g, "");
    const match = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|\d+)$/.exec(t);
    if (!match) this.fail(`${op} at byte ${at}: expected an integer, found ${JSON.stringify(text)}`, at);
    const digits = match[2] as string;
    const value = /^0[oO]/.test(digits)
      ? parseInt(digits.slice(2), 8)
      : /^0[bB]/.test(digits)
        ? parseInt(digits.slice(2), 2)
        : Number(digits);
    return match[1] === "-" ? -value : value;
  }

  /**
   * BUILD without __setstate__: `state` is a dict, or (dict, slot dict); attributes accumulate over
   * repeated BUILDs as obj.__dict__.update does.
   */
  private applyAttributes(target: Value & { k: "obj" }, state: Value, at: number): void {
    const parts =
      state.k === "seq" && state.kind === "tuple" && state.items.length === 2 ? state.items : [state];
    const attrs = target.attrs ?? new Map<string, Value>();
    for (const part of parts) {
      if (part.k === "none") continue;
      if (part.k !== "dict" || part.truncated) {
        this.fail(`BUILD at byte ${at}: expected the wrapper's state as a dict, found ${describe(part)}`, at);
      }
      for (const [key, value] of part.entries) {
        if (key.k !== "str")
          this.fail(`BUILD at byte ${at}: expected attribute names, found ${describe(key)}`, at);
        attrs.set(key.s, value);
      }
    }
    target.attrs = attrs;
  }

  /** Old joblib loads `os.path.join(pickle_dir, filename)` with numpy: it must stay beside the pickle. */
  private checkCompatFilename(wrapper: Value & { k: "obj" }, at: number): void {
    const filename = wrapper.attrs?.get("filename");
    if (filename === undefined) return;
    if (filename.k !== "str") {
      this.sink.issue(
        "dangerous",
        `joblib NDArrayWrapper built at byte ${at}: expected its filename as a string, found ${describe(filename)}`,
        at,
      );
      return;
    }
    const parts = filename.s.split(/[\\/]/);
    if (/^([\\/]|[a-zA-Z]:)/.test(filename.s) || parts.includes("..")) {
      this.sink.issue(
        "dangerous",
        `joblib NDArrayWrapper built at byte ${at}: array file ${JSON.stringify(filename.s)} is outside the model's directory; loading reads it`,
        at,
      );
    }
  }

  /** joblib: the array bytes a NumpyArrayWrapper's loader reads right after its BUILD. */
  private skipWrapperData(wrapper: Value & { k: "obj" }, at: number): void {
    const attrs = wrapper.attrs ?? new Map<string, Value>();
    const where = `joblib NumpyArrayWrapper built at byte ${at}`;
    const dtype = dtypeInfo(attrs.get("dtype"));
    if (typeof dtype === "string") this.fail(`${where}: ${dtype}; cannot locate the array data`, at);
    if (dtype.hasObject) {
      // An object array is written with pickle.dump right here: scan that pickle too.
      if (this.nesting >= MAX_NESTING)
        this.fail(`expected pickles nested at most ${MAX_NESTING} deep, found deeper`);
      const nested = new Walker(this.src, this.pos, this.sink, this.nesting + 1, this.joblibArrays).run();
      this.pos = nested.end;
      return;
    }
    const shape = attrs.get("shape");
    if (shape?.k !== "seq" || shape.truncated || shape.items.some((d) => d.k !== "int" || d.n < 0)) {
      this.fail(
        `${where}: expected its shape as a tuple of non-negative integers, found ${describe(shape)}`,
        at,
      );
    }
    let count = 1;
    for (const d of shape.items) count *= (d as { n: number }).n;
    // joblib reads a padding length byte and the padding whenever the attribute is not None.
    const alignment = attrs.get("numpy_array_alignment_bytes");
    if (alignment !== undefined && alignment.k !== "none") {
      const padding = this.uint(1, "joblib array padding length");
      this.skip(padding, "joblib array padding");
    }
    this.skip(count * dtype.itemsize, `joblib array data (${count} items of ${dtype.itemsize} bytes)`);
  }

  /** Numbers, constants, strings and bytes. Returns false for an opcode it does not handle. */
  private scalarOp(op: string, code: number, at: number): boolean {
    switch (op) {
      // --- integers, floats, constants
      case "I": {
        const text = this.line("INT");
        if (text === "00" || text === "01") this.push(opaque("bool"));
        else this.push({ k: "int", n: this.parseIntLine(text, "INT", at) });
        break;
      }
      case "J":
        this.push({ k: "int", n: this.int32("BININT") });
        break;
      case "K":
        this.push({ k: "int", n: this.uint(1, "BININT1") });
        break;
      case "M":
        this.push({ k: "int", n: this.uint(2, "BININT2") });
        break;
      case "L":
        this.push({ k: "int", n: this.parseIntLine(this.line("LONG"), "LONG", at) });
        break;
      case "\x8a": {
        const n = this.uint(1, "LONG1 length");
        const b = this.bytes(n, "LONG1 digits");
        let v = 0;
        for (let i = b.length - 1; i >= 0; i--) v = v * 256 + (b[i] as number);
        if (n > 0 && (b[n - 1] as number) >= 0x80) v -= 256 ** n;
        this.push({ k: "int", n: v });
        break;
      }
      case "\x8b": {
        const n = this.int32("LONG4 length");
        if (n < 0) this.fail(`LONG4 at byte ${at}: expected a length, found ${n}`, at);
        this.push(this.skip(n, "LONG4 digits"));
        break;
      }
      case "F":
        this.line("FLOAT");
        this.push(opaque("float"));
        break;
      case "G":
        this.push(this.skip(8, "BINFLOAT"));
        break;
      case "N":
        this.push(NONE);
        break;
      case "\x88":
      case "\x89":
        this.push(opaque("bool"));
        break;
      // --- strings and bytes
      case "S": {
        const raw = this.line("STRING");
        if (this.lastLineLength > MAX_STRING && (raw[0] === "'" || raw[0] === '"')) {
          this.push(opaque(`string of ${this.lastLineLength} bytes`));
          break;
        }
        const s = decodePythonString(raw.trimEnd());
        if (s === undefined)
          this.fail(
            `STRING at byte ${at}: expected a quoted string, found ${JSON.stringify(raw.slice(0, 40))}`,
            at,
          );
        this.push({ k: "str", s });
        break;
      }
      case "T": {
        const n = this.int32("BINSTRING length");
        if (n < 0) this.fail(`BINSTRING at byte ${at}: expected a length, found ${n}`, at);
        this.push(this.text(n, "BINSTRING", latin1));
        break;
      }
      case "U":
        this.push(this.text(this.uint(1, "SHORT_BINSTRING length"), "SHORT_BINSTRING", latin1));
        break;
      case "B":
        this.push(this.skip(this.uint(4, "BINBYTES length"), "bytes"));
        break;
      case "C":
        this.push(this.skip(this.uint(1, "SHORT_BINBYTES length"), "bytes"));
        break;
      case "\x8e":
        this.push(this.skip(bigLength(this.bytes(8, "BINBYTES8 length")), "bytes"));
        break;
      case "\x96":
        this.push(this.skip(bigLength(this.bytes(8, "BYTEARRAY8 length")), "bytearray"));
        break;
      case "\x97":
        this.sink.issue(
          "info",
          `NEXT_BUFFER at byte ${at}: the loader must supply an out-of-band buffer`,
          at,
        );
        this.push(opaque("out-of-band buffer"));
        break;
      case "\x98":
        this.top("READONLY_BUFFER", at);
        break;
      case "V":
        this.push({ k: "str", s: decodeRawUnicode(this.line("UNICODE")) });
        break;
      case "\x8c":
        this.push(this.text(this.uint(1, "SHORT_BINUNICODE length"), "SHORT_BINUNICODE", utf8));
        break;
      case "X":
        this.push(this.text(this.uint(4, "BINUNICODE length"), "BINUNICODE", utf8));
        break;
      case "\x8d":
        this.push(this.text(bigLength(this.bytes(8, "BINUNICODE8 length")), "BINUNICODE8", utf8));
        break;
      default:
        return false;
    }
    return true;
  }

  /** Containers, stack manipulation and the memo. Returns false for an opcode it does not handle. */
  private containerOp(op: string, code: number, at: number): boolean {
    switch (op) {
      // --- containers
      case "]":
        this.push({ k: "seq", kind: "list", items: [], truncated: false });
        break;
      case ")":
        this.push({ k: "seq", kind: "tuple", items: [], truncated: false });
        break;
      case "}":
        this.push({ k: "dict", entries: [], truncated: false });
        break;
      case "\x8f":
        this.push({ k: "seq", kind: "set", items: [], truncated: false });
        break;
      case "l":
        this.push(this.seq("list", this.popMark("LIST", at)));
        break;
      case "t":
        this.push(this.seq("tuple", this.popMark("TUPLE", at)));
        break;
      case "\x91":
        this.push(this.seq("set", this.popMark("FROZENSET", at)));
        break;
      case "\x85":
      case "\x86":
      case "\x87": {
        const n = code - 0x84;
        const items: Value[] = [];
        for (let i = 0; i < n; i++) items.unshift(this.pop(`TUPLE${n}`, at));
        this.push(this.seq("tuple", items));
        break;
      }
      case "d": {
        const items = this.popMark("DICT", at);
        const dict: Value = { k: "dict", entries: [], truncated: false };
        this.setItems(dict, items, "DICT", at);
        this.push(dict);
        break;
      }
      case "a": {
        const item = this.pop("APPEND", at);
        this.addItems(this.top("APPEND", at), [item], "APPEND", at);
        break;
      }
      case "e": {
        const items = this.popMark("APPENDS", at);
        this.addItems(this.top("APPENDS", at), items, "APPENDS", at);
        break;
      }
      case "\x90": {
        const items = this.popMark("ADDITEMS", at);
        this.addItems(this.top("ADDITEMS", at), items, "ADDITEMS", at);
        break;
      }
      case "s": {
        const value = this.pop("SETITEM", at);
        const key = this.pop("SETITEM", at);
        this.setItems(this.top("SETITEM", at), [key, value], "SETITEM", at);
        break;
      }
      case "u": {
        const items = this.popMark("SETITEMS", at);
        this.setItems(this.top("SETITEMS", at), items, "SETITEMS", at);
        break;
      }
      // --- stack manipulation
      case "0":
        // CPython pops the MARK instead when the stack above it is empty.
        if (this.stack.length === 0 && this.metastack.length > 0) this.popMark("POP", at);
        else this.pop("POP", at);
        break;
      case "2":
        this.push(this.top("DUP", at));
        break;
      case "(":
        this.metastack.push(this.stack);
        this.stack = [];
        break;
      case "1":
        this.popMark("POP_MARK", at);
        break;
      // --- memo
      case "g":
        this.push(this.memoGet(this.parseIntLine(this.line("GET"), "GET", at), "GET", at));
        break;
      case "h":
        this.push(this.memoGet(this.uint(1, "BINGET index"), "BINGET", at));
        break;
      case "j":
        this.push(this.memoGet(this.uint(4, "LONG_BINGET index"), "LONG_BINGET", at));
        break;
      case "p":
        this.memoPut(this.parseIntLine(this.line("PUT"), "PUT", at), "PUT", at);
        break;
      case "q":
        this.memoPut(this.uint(1, "BINPUT index"), "BINPUT", at);
        break;
      case "r":
        this.memoPut(this.uint(4, "LONG_BINPUT index"), "LONG_BINPUT", at);
        break;
      case "\x94":
        this.memoPut(this.memoSize, "MEMOIZE", at);
        break;
      default:
        return false;
    }
    return true;
  }

  /** Imports, calls and object construction. Returns false for an opcode it does not handle. */
  private objectOp(op: string, code: number, at: number): boolean {
    switch (op) {
      // --- imports
      case "c": {
        const module = this.line("GLOBAL module", utf8);
        const name = this.line("GLOBAL name", utf8);
        this.push(this.global(module, name, "GLOBAL", at));
        break;
      }
      case "\x93": {
        const name = this.pop("STACK_GLOBAL", at);
        const module = this.pop("STACK_GLOBAL", at);
        if (module.k === "str" && name.k === "str") {
          this.push(this.global(module.s, name.s, "STACK_GLOBAL", at));
        } else {
          this.sink.issue(
            "dangerous",
            `STACK_GLOBAL at byte ${at}: expected a module and a name pushed as string constants, found ${describe(module)} and ${describe(name)}; the import cannot be known without running the pickle`,
            at,
          );
          this.push({ k: "global", module: "?", name: "?" });
        }
        break;
      }
      case "\x82":
      case "\x83":
      case "\x84": {
        const width = code === 0x82 ? 1 : code === 0x83 ? 2 : 4;
        const ext = this.uint(width as 1 | 2 | 4, "extension code");
        this.sink.issue(
          "dangerous",
          `EXT${width} at byte ${at}: imports the global registered under extension code ${ext} in the loading process (copyreg), which the file does not name`,
          at,
        );
        this.push({ k: "global", module: "?", name: `extension ${ext}` });
        break;
      }
      case "i": {
        const module = this.line("INST module", utf8);
        const name = this.line("INST name", utf8);
        const args = this.popMark("INST", at);
        const cls = this.global(module, name, "INST", at);
        this.push({ k: "obj", cls, args: this.seq("tuple", args), state: undefined });
        break;
      }
      case "o": {
        const items = this.popMark("OBJ", at);
        const cls = items.shift();
        if (cls === undefined)
          this.fail(`OBJ at byte ${at}: expected a class after the MARK, found nothing`, at);
        this.push({ k: "obj", cls, args: this.seq("tuple", items), state: undefined });
        break;
      }
      // --- calls
      case "R": {
        const args = this.pop("REDUCE", at);
        const fn = this.pop("REDUCE", at);
        if (fn.k !== "global") {
          this.sink.issue("warn", `REDUCE at byte ${at}: calls ${describe(fn)}, not an imported global`, at);
        }
        this.push({ k: "obj", cls: fn, args, state: undefined });
        break;
      }
      case "\x81": {
        const args = this.pop("NEWOBJ", at);
        const cls = this.pop("NEWOBJ", at);
        this.push({ k: "obj", cls, args, state: undefined });
        break;
      }
      case "\x92": {
        this.pop("NEWOBJ_EX", at);
        const args = this.pop("NEWOBJ_EX", at);
        const cls = this.pop("NEWOBJ_EX", at);
        this.push({ k: "obj", cls, args, state: undefined });
        break;
      }
      case "b": {
        const state = this.pop("BUILD", at);
        const target = this.top("BUILD", at);
        const cls = classOf(target);
        if (target.k !== "obj") break;
        if (cls !== undefined && WRAPPER_MODULES.has(cls.module) && cls.name === "NumpyArrayWrapper") {
          this.joblib = true;
          this.applyAttributes(target, state, at);
          // joblib's unpickler replaces the wrapper on the stack with the array it reads.
          if (this.joblibArrays) {
            this.skipWrapperData(target, at);
            this.stack[this.stack.length - 1] = opaque("array read by joblib");
          }
        } else if (cls !== undefined && COMPAT_WRAPPERS.has(`${cls.module}.${cls.name}`)) {
          this.applyAttributes(target, state, at);
          this.checkCompatFilename(target, at);
        } else {
          target.state = state;
        }
        break;
      }
      case "P":
        this.line("PERSID");
        this.push(opaque("persistent object"));
        break;
      case "Q":
        this.pop("BINPERSID", at);
        this.push(opaque("persistent object"));
        break;
      default:
        return false;
    }
    return true;
  }

  run(): PickleWalkResult {
    const src = this.src;
    if (this.pos >= src.size) this.fail("expected a pickle, found no bytes");
    for (;;) {
      const at = this.pos;
      const code = src.byte(at);
      if (code === -1)
        this.fail(`truncated pickle: expected an opcode (the stream has no STOP), found the end of the data`);
      this.pos++;
      const op = String.fromCharCode(code);
      switch (op) {
        // --- protocol and framing
        case "\x80": {
          const proto = this.uint(1, "PROTO version");
          if (proto > 5) this.fail(`PROTO at byte ${at}: expected protocol 0-5, found ${proto}`, at);
          this.protocol = Math.max(this.protocol, proto);
          break;
        }
        case "\x95": {
          const len = bigLength(this.bytes(8, "FRAME length"));
          if (at + 9 + len > src.size) {
            this.fail(
              `FRAME at byte ${at}: expected ${len} bytes of frame, found ${src.size - at - 9} before the end of the data`,
              at,
            );
          }
          break;
        }
        case ".": {
          const result = this.stack.pop();
          if (result === undefined)
            this.fail(`STOP at byte ${at}: expected the pickled value on the stack, found it empty`, at);
          return { end: this.pos, protocol: this.protocol, joblib: this.joblib };
        }
        default:
          if (this.scalarOp(op, code, at) || this.containerOp(op, code, at) || this.objectOp(op, code, at))
            break;
          this.fail(
            `expected a pickle opcode at byte ${at}, found 0x${code.toString(16).padStart(2, "0")}`,
            at,
          );
      }
    }
  }
}

/** Walk one pickle starting at `start`; throws ScanError (with the byte offset) on bad data. */
export function walkPickle(
  src: ByteSource,
  start: number,
  sink: PickleSink,
  options: { joblibArrays?: boolean } = {},
): PickleWalkResult {
  return new Walker(src, start, sink, 0, options.joblibArrays ?? true).run();
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.]{0,200}$/;

export interface SweptImport {
  module: string;
  name: string;
  opcode: "GLOBAL" | "INST" | "STACK_GLOBAL";
  offset: number;
}

/**
 * After a walk breaks, look through the bytes that follow for what still reads as an import:
 * `c`/`i` with two identifier lines, or two identifier strings shortly before a STACK_GLOBAL.
 * A looser loader (or a discrepancy with CPython) could get that far, so the caller reports the
 * dangerous ones. Linear in the bytes swept.
 */
export function sweepImports(src: ByteSource, start: number, end: number): SweptImport[] {
  const found: SweptImport[] = [];
  const strings: Array<{ value: string; start: number; end: number }> = [];
  const lineAt = (p: number): { text: string; next: number } | undefined => {
    let q = p;
    while (q < end && q - p <= 201 && src.byte(q) !== 0x0a) q++;
    if (q >= end || src.byte(q) !== 0x0a) return undefined;
    return { text: latin1.decode(src.read(p, q - p)), next: q + 1 };
  };
  for (let p = start; p < end; p++) {
    const b = src.byte(p);
    if (b === 0x63 || b === 0x69) {
      const module = lineAt(p + 1);
      const name = module && lineAt(module.next);
      if (module && name && IDENTIFIER.test(module.text) && IDENTIFIER.test(name.text)) {
        found.push({
          module: module.text,
          name: name.text,
          opcode: b === 0x63 ? "GLOBAL" : "INST",
          offset: p,
        });
      }
    }
    let len = -1;
    let header = 0;
    if (b === 0x8c || b === 0x55) {
      len = src.byte(p + 1);
      header = 2;
    } else if (b === 0x58 && p + 5 <= end) {
      const l = src.read(p + 1, 4);
      len =
        (l[0] as number) + (l[1] as number) * 256 + (l[2] as number) * 65536 + (l[3] as number) * 16777216;
      header = 5;
    }
    if (len > 0 && len <= 201 && p + header + len <= end) {
      const value = latin1.decode(src.read(p + header, len));
      if (IDENTIFIER.test(value)) strings.push({ value, start: p, end: p + header + len });
    }
    if (b === 0x93) {
      const before = strings.filter((s) => s.end <= p && p - s.end <= 64).slice(-2);
      const [module, name] = before;
      if (module !== undefined && name !== undefined) {
        found.push({ module: module.value, name: name.value, opcode: "STACK_GLOBAL", offset: p });
      }
    }
    if (strings.length > 64) strings.splice(0, strings.length - 8);
  }
  return found;
}
