/**
 * Test builders: pickle byte streams written opcode by opcode, and a small ZIP writer. Tests build
 * malicious files with these (nothing is ever unpickled), and the corpus test writes containers.
 */
import { crc32, deflateRawSync } from "node:zlib";

type Part = string | number | number[] | Uint8Array;

/** Concatenate parts: strings are bytes (latin1), numbers single bytes. */
export function bytes(...parts: Part[]): Buffer {
  return Buffer.concat(
    parts.map((p) =>
      typeof p === "string"
        ? Buffer.from(p, "latin1")
        : typeof p === "number"
          ? Buffer.from([p])
          : Buffer.from(p),
    ),
  );
}

function le(value: number, width: number): Buffer {
  const b = Buffer.alloc(width);
  let v = value;
  for (let i = 0; i < width; i++) {
    b[i] = v % 256;
    v = Math.floor(v / 256);
  }
  return b;
}

export const u32 = (v: number): Buffer => le(v, 4);
export const u64 = (v: number): Buffer => le(v, 8);

/** SHORT_BINUNICODE (protocol 4). */
export const short = (s: string): Buffer => bytes(0x8c, Buffer.from(s).length, Buffer.from(s));
/** BINUNICODE (protocol 1+). */
export const uni = (s: string): Buffer => bytes("X", u32(Buffer.from(s).length), Buffer.from(s));
/** GLOBAL module name (all protocols). */
export const global = (module: string, name: string): Buffer => bytes(`c${module}\n${name}\n`);
/** STACK_GLOBAL from two SHORT_BINUNICODE strings. */
export const stackGlobal = (module: string, name: string): Buffer => bytes(short(module), short(name), 0x93);

export const PROTO = (n: number): Buffer => bytes(0x80, n);
export const STOP = ".";
export const REDUCE = "R";
export const TUPLE1 = 0x85;
export const TUPLE2 = 0x86;
export const MEMOIZE = 0x94;
export const MARK = "(";

/** `module.name(arg)` with protocol 2 opcodes. */
export function callPickle(module: string, name: string, arg: string, protocol = 2): Buffer {
  return bytes(PROTO(protocol), global(module, name), uni(arg), TUPLE1, REDUCE, STOP);
}

export interface ZipInput {
  name: string;
  data: Uint8Array | string;
  deflate?: boolean;
}

/** A ZIP archive (stored or deflated entries) as zipfile and torch.save write them. */
export function makeZip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data) : Buffer.from(e.data);
    const body = e.deflate ? deflateRawSync(data) : data;
    const name = Buffer.from(e.name);
    const method = e.deflate ? 8 : 0;
    const crc = crc32(data);
    // The fields local and central headers share: version, flags, method, time/date, crc, sizes, name length.
    const common = (version: Buffer[]): Buffer =>
      bytes(
        ...version,
        le(0, 2),
        le(method, 2),
        le(0, 4),
        u32(crc),
        u32(body.length),
        u32(data.length),
        le(name.length, 2),
      );
    const local = bytes(u32(0x04034b50), common([le(20, 2)]), le(0, 2), name);
    centrals.push(
      bytes(
        u32(0x02014b50),
        common([le(20, 2), le(20, 2)]),
        le(0, 2),
        le(0, 2),
        le(0, 2),
        le(0, 2),
        u32(0),
        u32(offset),
        name,
      ),
    );
    locals.push(local, body);
    offset += local.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = bytes(
    u32(0x06054b50),
    le(0, 2),
    le(0, 2),
    le(entries.length, 2),
    le(entries.length, 2),
    u32(cd.length),
    u32(offset),
    le(0, 2),
  );
  return Buffer.concat([...locals, cd, eocd]);
}

/** Protobuf encoding, enough for ONNX test models. */
export function varint(n: number): Buffer {
  const out: number[] = [];
  let v = n;
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) b |= 0x80;
    out.push(b);
  } while (v > 0);
  return Buffer.from(out);
}
export const pbBytes = (field: number, data: Uint8Array | string): Buffer => {
  const d = typeof data === "string" ? Buffer.from(data) : Buffer.from(data);
  return bytes(varint(field * 8 + 2), varint(d.length), d);
};
export const pbInt = (field: number, value: number): Buffer => bytes(varint(field * 8), varint(value));

/** An ONNX ModelProto with one initializer per given external-data location (null: inline data). */
export function onnxModel(locations: Array<string | null>, nested = false): Buffer {
  const tensors = locations.map((location, i) =>
    location === null
      ? pbBytes(5, bytes(pbInt(1, 2), pbInt(2, 1), pbBytes(8, `w${i}`), pbBytes(9, Buffer.alloc(8))))
      : pbBytes(
          5,
          bytes(
            pbInt(1, 2),
            pbInt(2, 1),
            pbBytes(8, `w${i}`),
            pbBytes(13, bytes(pbBytes(1, "location"), pbBytes(2, location))),
            pbBytes(13, bytes(pbBytes(1, "offset"), pbBytes(2, "0"))),
            pbInt(14, 1),
          ),
        ),
  );
  let graph = bytes(pbBytes(2, "g"), ...tensors);
  if (nested) {
    // The tensors sit in an If node's then_branch subgraph (attribute g).
    const attribute = bytes(pbBytes(1, "then_branch"), pbBytes(6, graph), pbInt(20, 5));
    const node = bytes(pbBytes(4, "If"), pbBytes(5, attribute));
    graph = bytes(pbBytes(2, "outer"), pbBytes(1, node));
  }
  return bytes(
    pbInt(1, 9),
    pbBytes(2, "test"),
    pbBytes(7, graph),
    pbBytes(8, bytes(pbBytes(1, ""), pbInt(2, 19))),
  );
}
