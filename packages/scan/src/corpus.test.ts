/**
 * The scanner's corpus: real files made by scikit-learn, joblib and NumPy (Debian's
 * python3-sklearn, generated at test time by test-support/make_corpus.py), plus containers and
 * payloads built here. Each file's verdict is asserted.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pythonMissing } from "@mlops/testkit";
import { scanPath, type FileReport, type ScanReport } from "./index.js";
import { PROTO, STOP, bytes, callPickle, global, makeZip, u32, u64, uni } from "../test-support/builders.js";

/** Debian's python3 with python3-sklearn; MLOPS_SCAN_PYTHON points elsewhere (or nowhere, to see the skip). */
const PYTHON = process.env.MLOPS_SCAN_PYTHON ?? "/usr/bin/python3";
const SCRIPT = fileURLToPath(new URL("../test-support/make_corpus.py", import.meta.url));

function pythonStatus(): string | undefined {
  const missing = pythonMissing(PYTHON, ["sklearn", "joblib", "numpy"]);
  return missing ? `${missing}: install python3-sklearn` : undefined;
}

const missing = pythonStatus();
if (missing) console.warn(`skipping the Python-made corpus: ${missing}`);

interface ManifestEntry {
  file: string;
  expect: FileReport["verdict"];
  note: string;
  /** For benign pickles: the globals CPython's unpickler looked up, as "module.name". */
  globals?: string[];
}

describe.skipIf(missing !== undefined)("corpus made by scikit-learn, joblib and NumPy", () => {
  let dir: string;
  let manifest: {
    python: string;
    numpy: string;
    joblib: string;
    optional: { onnx?: string; h5py?: string };
    files: ManifestEntry[];
  };
  let report: ScanReport;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "mlops-scan-corpus-"));
    const made = spawnSync(PYTHON, [SCRIPT, dir], { encoding: "utf8" });
    if (made.status !== 0) throw new Error(`make_corpus.py failed (${made.status}): ${made.stderr}`);
    manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
    report = await scanPath(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives every file its expected verdict", () => {
    const byPath = new Map(report.files.map((f) => [f.path, f]));
    const mismatches = manifest.files
      .map((m) => ({ ...m, got: byPath.get(m.file)?.verdict, format: byPath.get(m.file)?.format }))
      .filter((m) => m.got !== m.expect);
    expect(mismatches).toEqual([]);
    expect(manifest.files.length).toBeGreaterThanOrEqual(35);
    expect(report.verdict).toBe("dangerous");
  });

  it("lists exactly the globals CPython's unpickler looks up, for every benign pickle (a differential test)", () => {
    const checked = manifest.files.filter((m) => m.globals !== undefined);
    expect(checked.length).toBeGreaterThan(250);
    const differences = checked
      .map((m) => {
        const file = report.files.find((f) => f.path === m.file) as FileReport;
        const ours = [...new Set(file.globals.map((g) => `${g.module}.${g.name}`))].sort();
        return { file: m.file, ours, cpython: m.globals };
      })
      .filter((d) => JSON.stringify(d.ours) !== JSON.stringify(d.cpython));
    expect(differences).toEqual([]);
  });

  it("recognises each format", () => {
    const format = (name: string): string | undefined => report.files.find((f) => f.path === name)?.format;
    expect(format("forest.p0.pkl")).toBe("pickle");
    expect(format("pipeline.joblib")).toBe("joblib");
    expect(format("forest.p0.joblib")).toBe("joblib");
    expect(format("forest.zlib.joblib")).toBe("joblib");
    expect(format("forest.gz.joblib")).toBe("joblib");
    expect(format("forest.xz.joblib")).toBe("compressed");
    expect(format("weights.npy")).toBe("numpy");
    expect(format("labels.npy")).toBe("numpy");
    expect(format("arrays.npz")).toBe("numpy-archive");
    expect(format("state-dict.pt")).toBe("pytorch");
    expect(format("onnx-weights.bin") ?? "unknown").toBe("unknown");
  });

  it("checks real ONNX models (python3-onnx) and Keras-layout HDF5 files (python3-h5py) when those are installed", (ctx) => {
    const optional = manifest.optional;
    if (!optional.onnx && !optional.h5py) {
      console.warn("no ONNX/HDF5 corpus files: install python3-onnx and python3-h5py");
      ctx.skip();
    }
    const file = (name: string): FileReport => report.files.find((f) => f.path === name) as FileReport;
    if (optional.onnx) {
      expect(file("local.onnx").format).toBe("onnx");
      expect(file("subgraph.onnx").issues[0]?.message).toMatch(
        /tensor "w0": external data location "..\/secret.bin" climbs out of the model directory/,
      );
    }
    if (optional.h5py) {
      expect(file("dense.h5").format).toBe("keras-h5");
      expect(file("lambda-big.h5").issues.map((i) => i.severity)).toContain("dangerous");
    }
  });

  it("lists the globals of a fitted scikit-learn model, all allowlisted", () => {
    const forest = report.files.find((f) => f.path === "forest.p4.pkl") as FileReport;
    const names = forest.globals.map((g) => `${g.module}.${g.name}`);
    expect(names).toContain("sklearn.ensemble._forest.RandomForestClassifier");
    expect(names).toContain("sklearn.tree._tree.Tree");
    expect(names.some((n) => /^numpy\.(_)?core\.multiarray\._reconstruct$/.test(n))).toBe(true);
    expect(forest.globals.every((g) => g.severity === "safe")).toBe(true);
  });

  it("finds os.system as posix.system in every protocol, with its opcode and offset", () => {
    for (let protocol = 0; protocol <= 5; protocol++) {
      const file = report.files.find((f) => f.path === `evil-system.p${protocol}.pkl`) as FileReport;
      const bad = file.globals.filter((g) => g.severity === "dangerous");
      expect(bad.map((g) => `${g.module}.${g.name}`)).toEqual(["posix.system"]);
      expect(bad[0]?.opcode).toBe(protocol >= 4 ? "STACK_GLOBAL" : "GLOBAL");
    }
  });

  it("finds the payload behind joblib's raw array bytes and inside an object array's nested pickle", () => {
    for (const name of ["evil.joblib", "evil-object-array.joblib", "evil.zlib.joblib"]) {
      const file = report.files.find((f) => f.path === name) as FileReport;
      expect(file.globals.filter((g) => g.severity === "dangerous").map((g) => g.name)).toEqual(["system"]);
      expect(file.issues.filter((i) => i.severity === "error")).toEqual([]);
    }
  });

  it("says why an xz-compressed joblib cannot be scanned", () => {
    const file = report.files.find((f) => f.path === "forest.xz.joblib") as FileReport;
    expect(file.issues[0]?.message).toMatch(
      /xz-compressed data cannot be scanned .* save it uncompressed or with zlib\/gzip/,
    );
  });

  it("locates the payload of a PyTorch archive in its data.pkl entry", () => {
    const file = report.files.find((f) => f.path === "evil.pt") as FileReport;
    expect(file.globals.find((g) => g.severity === "dangerous")).toMatchObject({
      entry: "model/data.pkl",
      name: "system",
    });
  });

  it("reports a located error for every truncation of a real file, and never crashes", async () => {
    const tdir = mkdtempSync(path.join(tmpdir(), "mlops-scan-trunc-"));
    try {
      for (const name of [
        "pipeline.joblib",
        "forest.p2.pkl",
        "forest.p5.pkl",
        "labels.npy",
        "state-dict.pt",
      ]) {
        const data = readFileSync(path.join(dir, name));
        for (const cut of [
          1,
          2,
          10,
          Math.floor(data.length / 3),
          Math.floor(data.length / 2),
          data.length - 1,
        ]) {
          const target = path.join(tdir, name);
          writeFileSync(target, data.subarray(0, cut));
          const result = await scanPath(target);
          const file = result.files[0] as FileReport;
          expect(file.verdict, `${name} cut at ${cut}`).toBe("error");
          const error = file.issues.find((i) => i.severity === "error");
          expect(error?.message, `${name} cut at ${cut}`).toMatch(/expected|truncated|cannot/);
          expect(error?.offset ?? -1, `${name} cut at ${cut}`).toBeGreaterThanOrEqual(0);
        }
      }
    } finally {
      rmSync(tdir, { recursive: true, force: true });
    }
  });
});

describe("containers and formats built in the test", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "mlops-scan-built-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, data: Uint8Array | string): string => {
    const target = path.join(dir, name);
    writeFileSync(target, data);
    return target;
  };
  const scanOne = async (name: string, data: Uint8Array | string): Promise<FileReport> =>
    (await scanPath(write(name, data))).files[0] as FileReport;

  it("finds a payload in a deflated PyTorch archive entry", async () => {
    const zip = makeZip([
      { name: "archive/data.pkl", data: callPickle("subprocess", "check_output", "id"), deflate: true },
      { name: "archive/data/0", data: bytes(PROTO(2), Buffer.alloc(16)) },
      { name: "archive/version", data: "3\n" },
    ]);
    const file = await scanOne("model.pth", zip);
    expect(file.format).toBe("pytorch");
    expect(file.verdict).toBe("dangerous");
    expect(file.globals[0]).toMatchObject({ module: "subprocess", entry: "archive/data.pkl" });
  });

  it("scans a pickle in a zip in a zip", async () => {
    const inner = makeZip([{ name: "payload.pkl", data: callPickle("os", "system", "id") }]);
    const file = await scanOne("bundle.zip", makeZip([{ name: "inner.zip", data: inner, deflate: true }]));
    expect(file.verdict).toBe("dangerous");
    expect(file.globals[0]?.entry).toBe("inner.zip!/payload.pkl");
  });

  /** A joblib-style NumpyArrayWrapper with the given state items (pickle bytes between MARK and SETITEMS). */
  const wrapperPickle = (stateItems: Buffer, build = bytes("}", "(", stateItems, "u")): Buffer =>
    bytes(global("joblib.numpy_pickle", "NumpyArrayWrapper"), ")", 0x81, build, "b");
  const f8 = bytes(global("numpy", "dtype"), uni("f8"), 0x89, 0x88, 0x87, "R");
  const shape2 = bytes(uni("shape"), "K", 2, 0x85);

  it("reads a hand-built joblib file both ways: joblib skips the array bytes, pickle.load walks them", async () => {
    const wrapper = wrapperPickle(
      bytes(uni("subclass"), global("numpy", "ndarray"), shape2, uni("dtype"), f8),
    );
    const decoy = Buffer.from("cos\nsystem\n(tR.\0"); // the 16 bytes of "array data"
    const payload = bytes(global("builtins", "exec"), uni("print(1)"), 0x85, "R", 0x86, STOP);
    const file = await scanOne("model.joblib", bytes(PROTO(2), wrapper, decoy, payload));
    expect(file.format).toBe("joblib");
    expect(file.globals.map((g) => `${g.module}.${g.name}:${g.severity}:${g.opcode}`)).toEqual([
      "joblib.numpy_pickle.NumpyArrayWrapper:safe:GLOBAL",
      "numpy.ndarray:safe:GLOBAL",
      "numpy.dtype:safe:GLOBAL",
      "builtins.exec:dangerous:GLOBAL", // what joblib.load runs after the array
      "os.system:dangerous:GLOBAL (read by plain pickle.load)", // what pickle.load runs instead
    ]);
  });

  it("computes joblib array sizes as NumPy and joblib do, and refuses to guess otherwise", async () => {
    const scanWrapper = async (stateItems: Buffer, after: Buffer, build?: Buffer): Promise<FileReport> =>
      scanOne("w.joblib", bytes(PROTO(2), wrapperPickle(stateItems, build), after, "N", STOP));
    // 'U3' is 3 characters of 4 bytes: 2 x 12 = 24 bytes of data.
    const u3 = bytes(global("numpy", "dtype"), uni("U3"), 0x89, 0x88, 0x87, "R");
    const u3File = await scanWrapper(bytes(shape2, uni("dtype"), u3), Buffer.alloc(24));
    expect(u3File.issues.filter((i) => i.severity === "error")).toEqual([]);
    // Any alignment value but None means a padding byte and padding follow.
    const aligned = await scanWrapper(
      bytes(shape2, uni("dtype"), f8, uni("numpy_array_alignment_bytes"), 0x88),
      bytes(3, Buffer.alloc(3), Buffer.alloc(16)),
    );
    expect(aligned.issues.filter((i) => i.severity === "error")).toEqual([]);
    // State given as (None, slot dict) is applied like a dict.
    const slots = await scanWrapper(
      Buffer.alloc(0),
      Buffer.alloc(16),
      bytes("N", "}", "(", shape2, uni("dtype"), f8, "u", 0x86),
    );
    expect(slots.issues.filter((i) => i.severity === "error")).toEqual([]);
    // 'f' without a size is refused rather than guessed.
    const bare = bytes(global("numpy", "dtype"), uni("f"), 0x89, 0x88, 0x87, "R");
    const guess = await scanWrapper(bytes(shape2, uni("dtype"), bare), Buffer.alloc(8));
    expect(guess.verdict).toBe("error");
    expect(guess.issues.find((i) => i.severity === "error")?.message).toMatch(
      /joblib NumpyArrayWrapper built at byte \d+: cannot tell the item size of dtype 'f'; cannot locate the array data/,
    );
    // A dtype that claims to hold objects in its flags but has no object fields is refused.
    const liar = bytes(
      global("numpy", "dtype"),
      uni("f8"),
      0x89,
      0x88,
      0x87,
      "R",
      "(",
      "K",
      3,
      uni("<"),
      "N",
      "N",
      "N",
      "J",
      Buffer.from([0xff, 0xff, 0xff, 0xff]),
      "J",
      Buffer.from([0xff, 0xff, 0xff, 0xff]),
      "K",
      0x3f,
      "t",
      "b",
    );
    const flagged = await scanWrapper(bytes(shape2, uni("dtype"), liar), Buffer.alloc(16));
    expect(flagged.issues.find((i) => i.severity === "error")?.message).toMatch(/dtype flags 63 disagree/);
  });

  it("flags Lambda layers and foreign modules in a .keras config, passes a plain one", async () => {
    const config = (layers: unknown[]): string =>
      JSON.stringify({ module: "keras", class_name: "Sequential", config: { name: "s", layers } });
    const dense = {
      module: "keras.layers",
      class_name: "Dense",
      config: { name: "d", units: 2 },
      registered_name: null,
    };
    const lambda = {
      module: "keras.layers",
      class_name: "Lambda",
      config: { name: "hook", function: { class_name: "__lambda__", config: { code: "4wEAAAAA" } } },
    };
    const keras = (layers: unknown[]): Buffer =>
      makeZip([
        { name: "metadata.json", data: '{"keras_version": "3.6.0"}' },
        { name: "config.json", data: config(layers), deflate: true },
        { name: "model.weights.h5", data: bytes("\x89HDF\r\n\x1a\n") },
      ]);
    expect((await scanOne("plain.keras", keras([dense]))).verdict).toBe("safe");
    const bad = await scanOne("lambda.keras", keras([dense, lambda]));
    expect(bad.format).toBe("keras");
    expect(bad.verdict).toBe("dangerous");
    expect(bad.issues.map((i) => i.message)).toContainEqual(
      expect.stringMatching(/Lambda layer "hook" at \$\.config\.layers\[1\]/),
    );
    const foreign = await scanOne("os.keras", keras([{ module: "os", class_name: "system", config: {} }]));
    expect(foreign.verdict).toBe("dangerous");
    const bare = makeZip([{ name: "config.json", data: config([lambda]) }]);
    expect((await scanOne("bare.keras", bare)).verdict).toBe("dangerous");
    const custom = await scanOne(
      "custom.keras",
      keras([{ module: "my_layers", class_name: "Gate", config: {}, registered_name: "Custom>Gate" }]),
    );
    expect(custom.verdict).toBe("warn");
  });

  it("flags a Lambda layer in an .h5 model_config by its JSON bytes", async () => {
    const attr = JSON.stringify({
      class_name: "Sequential",
      config: { layers: [{ class_name: "Lambda", config: {} }] },
    }).replace(/":/g, '": ');
    const h5 = bytes("\x89HDF\r\n\x1a\n", Buffer.alloc(100), "model_config", attr, Buffer.alloc(50));
    const file = await scanOne("model.h5", h5);
    expect(file.format).toBe("keras-h5");
    expect(file.verdict).toBe("dangerous");
    expect(file.issues[0]?.offset).toBe(
      8 + 100 + "model_config".length + attr.indexOf('"class_name": "Lambda"'),
    );
    const clean = bytes(
      "\x89HDF\r\n\x1a\n",
      Buffer.alloc(100),
      '{"class_name": "Dense", "module": "keras.layers"}',
    );
    expect((await scanOne("clean.h5", clean)).verdict).toBe("safe");
  });

  it("passes safetensors with a valid header and locates a bad one", async () => {
    const header = Buffer.from(
      JSON.stringify({ w: { dtype: "F32", shape: [2], data_offsets: [0, 8] }, __metadata__: { a: "b" } }),
    );
    const good = bytes(u64(header.length), header, Buffer.alloc(8));
    const ok = await scanOne("model.safetensors", good);
    expect([ok.format, ok.verdict]).toEqual(["safetensors", "safe"]);
    const lying = bytes(u64(10_000), header);
    const bad = await scanOne("bad.safetensors", lying);
    expect(bad.verdict).toBe("error");
    expect(bad.issues[0]?.message).toMatch(
      /header length is 10000 bytes, expected at most the \d+ bytes that follow/,
    );
    const outOfRange = bytes(u64(header.length), header, Buffer.alloc(4));
    expect((await scanOne("short.safetensors", outOfRange)).issues[0]?.message).toMatch(
      /data_offsets \[0,8\]/,
    );
  });

  it("flags ONNX external data that escapes the model directory, also inside subgraphs", async () => {
    const { onnxModel } = await import("../test-support/builders.js");
    writeFileSync(path.join(dir, "weights.bin"), Buffer.alloc(8));
    expect((await scanOne("inline.onnx", onnxModel([null]))).verdict).toBe("safe");
    expect((await scanOne("local.onnx", onnxModel(["weights.bin"]))).verdict).toBe("safe");
    expect((await scanOne("missing.onnx", onnxModel(["nope.bin"]))).verdict).toBe("warn");
    const up = await scanOne("up.onnx", onnxModel(["../../etc/passwd"]));
    expect(up.verdict).toBe("dangerous");
    expect(up.issues[0]?.message).toMatch(
      /tensor "w0": external data location "..\/..\/etc\/passwd" climbs out/,
    );
    expect((await scanOne("abs.onnx", onnxModel(["/etc/passwd"]))).verdict).toBe("dangerous");
    expect((await scanOne("win.onnx", onnxModel(["C:\\secrets.bin"]))).verdict).toBe("dangerous");
    expect((await scanOne("nested.onnx", onnxModel([null, "sub/../../x"], true))).verdict).toBe("dangerous");
    const truncated = onnxModel(["weights.bin"]).subarray(0, 30);
    const bad = await scanOne("cut.onnx", truncated);
    expect(bad.verdict).toBe("error");
    expect(bad.issues[0]?.message).toMatch(
      /^onnx: field \d+ at byte \d+: expected \d+ bytes, found \d+ before the end of its message/,
    );
  });

  it("passes JSON and says where invalid JSON breaks", async () => {
    expect((await scanOne("config.json", '{"a": 1}')).verdict).toBe("safe");
    const keras = JSON.stringify({
      class_name: "Sequential",
      config: { layers: [{ class_name: "Lambda", config: {} }] },
    });
    const fromJson = await scanOne("model.json", keras);
    expect(fromJson.verdict).toBe("dangerous");
    expect(fromJson.issues[0]?.message).toMatch(/^model.json: Lambda layer at \$\.config\.layers\[0\]/);
    const bad = await scanOne("broken.json", '{"a": ');
    expect(bad.verdict).toBe("error");
    expect(bad.issues[0]?.message).toMatch(/expected JSON, found invalid JSON/);
  });

  it("refuses a zlib bomb beyond the decompression limit with a clear error", async () => {
    const { deflateSync } = await import("node:zlib");
    const bomb = deflateSync(Buffer.alloc(5 * 1024 * 1024));
    const target = write("bomb.joblib", bomb);
    const result = await scanPath(target, { maxDecompressedBytes: 1024 * 1024 });
    expect(result.verdict).toBe("error");
    expect(result.files[0]?.issues[0]?.message).toMatch(
      /zlib: decompressed data exceeds the scan limit of 1048576 bytes/,
    );
  });

  it("bounds what one file may decompress in total, across all its zip entries", async () => {
    const zeros = Buffer.alloc(4 << 20);
    const entries = Array.from({ length: 10 }, (_, i) => ({ name: `x${i}.pkl`, data: zeros, deflate: true }));
    const result = await scanPath(write("many.zip", makeZip(entries)), { maxDecompressedBytes: 10 << 20 });
    const errors = result.files[0]?.issues.filter((i) => /per-file scan limit/.test(i.message)) ?? [];
    expect(errors.map((e) => e.entry)).toEqual([
      "x2.pkl",
      "x3.pkl",
      "x4.pkl",
      "x5.pkl",
      "x6.pkl",
      "x7.pkl",
      "x8.pkl",
      "x9.pkl",
    ]);
    expect(errors[0]?.message).toMatch(
      /^zip entry x2.pkl: expected at most 2097152 bytes uncompressed \(what remains of the per-file scan limit\), found 4194304/,
    );
  });

  it("reads only the header of a large compressed .npz array, and still scans object arrays in it", async () => {
    const header = "{'descr': '<f8', 'fortran_order': False, 'shape': (1048576,), }".padEnd(117, " ") + "\n";
    const big = bytes("\x93NUMPY", 1, 0, header.length, 0, header, Buffer.alloc(8 << 20));
    const objHeader = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }".padEnd(117, " ") + "\n";
    const obj = bytes("\x93NUMPY", 1, 0, objHeader.length, 0, objHeader, callPickle("os", "system", "id"));
    const npz = makeZip([
      { name: "big.npy", data: big, deflate: true },
      { name: "obj.npy", data: obj, deflate: true },
    ]);
    const result = await scanPath(write("arrays.npz", npz), { maxDecompressedBytes: 1 << 20 });
    const file = result.files[0] as FileReport;
    expect(file.verdict).toBe("dangerous");
    expect(file.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(file.globals[0]).toMatchObject({ module: "os", name: "system", entry: "obj.npy" });
  });

  it("reports a zip whose central directory lies about its size", async () => {
    const zip = makeZip([{ name: "a/data.pkl", data: callPickle("os", "system", "x") }]);
    zip.writeUInt32LE(0xfffff0, zip.length - 10); // central directory size
    const file = await scanOne("broken.pt", zip);
    expect(file.verdict).toBe("error");
    expect(file.issues[0]?.message).toMatch(
      /expected the central directory .* inside the file, found the end of the file/,
    );
  });

  it("does not read text files as pickles, but does read an extensionless protocol 0 payload", async () => {
    expect((await scanOne("README.md", "cat\ndog\n")).format).toBe("unknown");
    expect((await scanOne("model", "cos\nsystem\n(S'id'\ntR.")).verdict).toBe("dangerous");
    expect((await scanOne("notes", "hello world, just text")).verdict).toBe("safe");
  });

  it("an empty .pkl is an error", async () => {
    const file = await scanOne("empty.pkl", "");
    expect(file.verdict).toBe("error");
    expect(file.issues[0]?.message).toMatch(/empty file/);
  });

  it("reads a NumPy header whose duplicate 'descr' keys hide an object dtype as Python does (the last wins)", async () => {
    const header =
      "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'descr': '|O', }".padEnd(117, " ") + "\n";
    const npy = bytes("\x93NUMPY", 1, 0, header.length, 0, header, callPickle("os", "system", "id"));
    const file = await scanOne("dup.npy", npy);
    expect(file.verdict).toBe("dangerous");
  });

  it("a NumPy header that announces more data than the file has is located", async () => {
    const header = "{'descr': '<f8', 'fortran_order': False, 'shape': (10,), }".padEnd(117, " ") + "\n";
    const npy = bytes("\x93NUMPY", 1, 0, header.length, 0, header, Buffer.alloc(16));
    const file = await scanOne("short.npy", npy);
    expect(file.issues[0]?.message).toMatch(
      /truncated array data: expected 80 bytes \(dtype <f8\), found 16/,
    );
    expect(u32(0).length).toBe(4);
  });
});
